import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import { decisionOf, evaluateRound, lacksChangeComment, type ApprovalDecision } from '@jalon/domain/pure';
import {
  cancelRound, decide, remindPending, roundState,
  type ApprovalRoundInput, type DecisionInput, type ItemOutcome, type RecordedDecision, type RoundResult, type RoundState,
} from './messages.js';
import { askMembers, followUpUntilClosed } from './notices.js';
import { recordRoundDecision } from './record.js';
import { DEPUTY_SEAT_PATCH, roundSeats, type RoundSeats } from './seats.js';

/**
 * One approval round: the members decide on each item of a frozen plan version under a rule (all,
 * quorum, first). Decisions arrive as Updates; the validator refuses, leaving no trace in the
 * history, a person outside the round, a second decision, a decision on another version, an item
 * not in the round, a request for changes without a comment, and anything once the round is closed.
 */
export async function approvalRound(input: ApprovalRoundInput): Promise<RoundResult> {
  // A deputy shares the holder's seat; rounds started before that count one seat per person.
  const seats = roundSeats(input, patched(DEPUTY_SEAT_PATCH));
  const decisions: RecordedDecision[] = [];
  let cancelled: string | undefined;

  const evaluate = (item: string) => {
    const forItem: ApprovalDecision[] = decisions.flatMap((d) =>
      d.decisions.filter((x) => x.item === item).map((x) => ({ memberId: seats.seatOf(d.personId), outcome: x.outcome })));
    return evaluateRound(seats.rule, seats.ids, forItem);
  };
  const itemOutcome = (item: string): ItemOutcome => evaluate(item).state;
  const closed = () => cancelled !== undefined || input.items.every((item) => itemOutcome(item) !== 'open');

  const state = (): RoundState => {
    const items = Object.fromEntries(input.items.map((item) => {
      const e = evaluate(item);
      return [item, { outcome: e.state, pending: e.state === 'open' ? seats.peopleIn(e.pending) : [] }];
    }));
    const pending = input.members.map((m) => m.personId).filter((id) => Object.values(items).some((i) => i.pending.includes(id)));
    return {
      roundId: input.roundId,
      step: input.step,
      planVersion: input.planVersion,
      status: cancelled !== undefined ? 'cancelled' : closed() ? 'closed' : 'open',
      items,
      decisions: [...decisions],
      pending,
      memberNames: Object.fromEntries(input.members.map((m) => [m.personId, m.name])),
      ...(seats.seated ? { decidedFor: seats.decidedFor(decisions) } : {}),
    };
  };

  setHandler(roundState, state);
  setHandler(cancelRound, (reason) => { cancelled ??= reason; });
  setHandler(decide, async (input_: DecisionInput) => {
    const decision: RecordedDecision = { ...input_, decidedAt: new Date().toISOString() };
    decisions.push(decision);
    // The person's answer is on record, in the plans service, before they are told it is taken.
    if (input.record) await recordRoundDecision(input, input.record, decision);
    return state();
  }, { validator: (d) => validateDecision(input, seats, d, decisions, input.items.filter((item) => itemOutcome(item) === 'open'), closed()) });

  const notices = input.notices;
  const reminders: Array<{ key: string; due: string }> = [];
  setHandler(remindPending, (r) => { reminders.push(r); });
  if (notices) {
    await askMembers(input, notices, input.members, 'review_request', 0);
    const pendingMembers = () => input.members.filter((m) => state().pending.includes(m.personId));
    if (notices.followUp === 'parent') {
      // The parent knows the due date (it can move); the round knows who has not answered.
      for (;;) {
        await condition(() => closed() || reminders.length > 0);
        if (closed()) break;
        const reminder = reminders.shift()!;
        await askMembers(input, notices, pendingMembers(), 'reminder', reminder.key, reminder.due);
      }
    } else {
      await followUpUntilClosed(input, notices, pendingMembers, (ms) => condition(closed, Math.max(ms, 1)));
    }
  }
  await condition(closed);
  await condition(allHandlersFinished);

  const approvedItems = input.items.filter((item) => itemOutcome(item) === 'approved');
  const changesRequested = input.items.filter((item) => itemOutcome(item) === 'changes_requested').map((item) => ({
    item,
    comments: decisions.flatMap((d) => d.decisions
      .filter((x) => x.item === item && x.outcome === 'request_changes')
      .map((x) => ({ personId: d.personId, comment: x.comment ?? '' }))),
  }));
  return { status: cancelled !== undefined ? 'cancelled' : 'closed', approvedItems, changesRequested, decisions };
}

/** Throws, with a message the person can act on, when a decision must not be accepted. */
function validateDecision(
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
