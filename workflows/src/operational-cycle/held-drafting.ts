import type { DraftingTask, FrozenVersion } from '@jalon/contracts';
import { roundBook, type RoundBook } from '../approval-round/book.js';
import { decisionLog, type ApprovalRoundInput, type RecordedDecision, type RoundNotices } from '../approval-round/messages.js';
import { decisionRequests } from '../approval-round/notices.js';
import { roundSeats, type RoundSeats } from '../approval-round/seats.js';
import { batchAct } from '../shared/activities.js';
import type { Cycle } from './cycle.js';
import { draftingRoundInput, type Drafting } from './drafting-round.js';

/**
 * Cycles since this patch hold their drafting tasks themselves (one workflow per organisation and
 * year) instead of starting a child round per entity, and queue the drafting e-mails in one
 * activity call. Cycles started before it replay with their child rounds, as they ran.
 */
export const DRAFTING_IN_CYCLE_PATCH = 'drafting-in-cycle';

/** A drafting task the cycle holds: its round as a child would have run it, and the decisions taken on it. */
export interface HeldTask {
  task: DraftingTask;
  round: ApprovalRoundInput & { notices: RoundNotices };
  seats: RoundSeats;
  decisions: RecordedDecision[];
  book: RoundBook;
}

/** A task closed by the President's office or failed ends its round as a cancelled one would. */
const cancelledOf = (task: DraftingTask) => (task.status === 'closed_by_president_office' || task.status === 'failed' ? task.status : undefined);

/**
 * Holds every task, then asks every entity in one batch: the first e-mail of each drafter, with a
 * personal link to the task in this workflow. The tasks are held before the batch is sent, so a
 * "done" arriving while it is still running finds its task.
 */
export async function holdDrafting(cycle: Cycle, version: FrozenVersion, tasks: Drafting[]): Promise<void> {
  const held = tasks.map((d): HeldTask => {
    const round = draftingRoundInput(cycle, version, d);
    const decisions: RecordedDecision[] = [];
    // Every held task counts a holder and their deputy as one seat (the rounds' 'deputy-seat' rule).
    const seats = roundSeats(round, true);
    const h = { task: d.task, round, seats, decisions, book: roundBook(round, seats, decisions, () => cancelledOf(d.task)) };
    cycle.heldTasks.set(d.a.entityCode, h);
    return h;
  });
  await askHeld(held.filter((h) => h.task.status === 'open'), 'review_request', 0);
}

/** Reminds whoever has not answered on the open held tasks, in one batch; the cycle's follow-up names the reminder. */
export async function remindHeld(cycle: Cycle, reminder: { key: string; due: string }): Promise<void> {
  const open = [...cycle.heldTasks.values()].filter((h) => h.task.status === 'open');
  await askHeld(open, 'reminder', reminder.key, reminder.due);
}

async function askHeld(held: HeldTask[], kind: 'review_request' | 'reminder', sequence: number | string, due?: string): Promise<void> {
  const requests = held.map((h) => {
    const pending = h.book.state().pending;
    const members = kind === 'review_request' ? h.round.members : h.round.members.filter((m) => pending.includes(m.personId));
    return { h, requests: decisionRequests(h.round, h.round.notices, members, kind, sequence, due) };
  });
  const all = requests.flatMap((r) => r.requests);
  if (all.length === 0) return;
  const outcomes = await batchAct.sendDecisionRequests(all);
  for (const { h, requests: mine } of requests) {
    const refused = outcomes.find((o) => o.status === 'refused' && mine.some((r) => r.idempotencyKey === o.idempotencyKey));
    // As a round that failed: the task must not hold the whole cycle; the President's office follows it up by hand.
    if (refused?.status === 'refused' && h.task.status === 'open') {
      h.task.status = 'failed';
      h.task.comment = refused.reason;
    }
  }
}

/** An accepted "done": the task is done by its first decision, which joins the plan's history. */
export function taskDone(cycle: Cycle, h: HeldTask, decision: RecordedDecision): void {
  cycle.state.decisions.push(...decisionLog(h.round, h.round.notices.stepName, { status: 'closed', approvedItems: [], changesRequested: [], decisions: [decision] }));
  markDone(h.task, decision);
}

/** The task's first decision makes it done, unless it was closed or failed meanwhile. */
export function markDone(task: DraftingTask, decision: RecordedDecision | undefined): void {
  if (task.status !== 'open' || !decision) return;
  task.status = 'done';
  task.doneBy = decision.personId;
  task.doneAt = decision.decidedAt;
  task.comment = decision.decisions[0]?.comment ?? null;
}
