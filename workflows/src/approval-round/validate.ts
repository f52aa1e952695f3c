import { decisionOf, lacksChangeComment } from '@jalon/domain/pure';
import type { ApprovalRoundInput, DecisionInput, RecordedDecision } from './messages.js';
import type { RoundSeats } from './seats.js';

/** Throws, with a message the person can act on, when a decision must not be accepted. */
export function validateDecision(
  round: ApprovalRoundInput, seats: RoundSeats, d: DecisionInput, decisions: RecordedDecision[], openItems: string[], closed: boolean,
): void {
  if (closed) throw new Error('This review step is closed; your decision was not recorded.');
  if (!round.members.some((m) => m.personId === d.personId)) throw new Error('You are not asked to decide in this review step.');
  if (decisionOf(decisions, d.personId, round.planVersion)) throw new Error('You have already decided in this review step.');
  // The holder and the deputy share a seat: the first decision recorded fills it for both.
  const forYou = seats.decidedFor(decisions)[d.personId];
  if (forYou) throw new Error(`${forYou.name} already decided for your seat in this review step (${forYou.decidedAt}); your decision was not recorded.`);
  if (d.planVersion !== round.planVersion) {
    throw new Error(`This link is for version ${d.planVersion} of the plan; version ${round.planVersion} is now under review. Use the latest e-mail.`);
  }
  const seen = new Set<string>();
  for (const x of d.decisions) {
    if (!round.items.includes(x.item)) throw new Error(`"${x.item}" is not part of this review step.`);
    // An item another member already sent back is closed: deciding on it would change nothing.
    if (!openItems.includes(x.item)) throw new Error(`"${x.item}" is already decided in this step; leave it out.`);
    if (seen.has(x.item)) throw new Error(`"${x.item}" is decided twice in the same answer.`);
    seen.add(x.item);
    if (lacksChangeComment(x)) throw new Error(`Say what must change in "${x.item}" when you request changes.`);
  }
  const missing = openItems.filter((item) => !seen.has(item));
  if (missing.length > 0) throw new Error(`Decide on every item of this step; missing: ${missing.join(', ')}.`);
}
