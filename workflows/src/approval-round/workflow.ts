import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import { roundBook } from './book.js';
import {
  cancelRound, decide, remindPending, roundState,
  type ApprovalRoundInput, type DecisionInput, type RecordedDecision, type RoundResult,
} from './messages.js';
import { askMembers, followUpUntilClosed } from './notices.js';
import { recordRoundDecision } from './record.js';
import { DEPUTY_SEAT_PATCH, roundSeats } from './seats.js';
import { validateDecision } from './validate.js';

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

  const { itemOutcome, closed, state } = roundBook(input, seats, decisions, () => cancelled);

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
