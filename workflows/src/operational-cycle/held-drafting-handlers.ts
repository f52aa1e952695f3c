import { setHandler } from '@temporalio/workflow';
import type { RecordedDecision } from '../approval-round/messages.js';
import { recordRoundDecision } from '../approval-round/record.js';
import { validateDecision } from '../approval-round/validate.js';
import { nowIso } from '../shared/people.js';
import type { Cycle } from './cycle.js';
import { taskDone } from './held-drafting.js';
import { decideDraftingTask, draftingTaskState, heldDraftingRounds } from './messages.js';

/**
 * "J'ai terminé" on a drafting task the cycle holds, and what pages read of those tasks: the same
 * answers, refusals and state as the task's own round gave, so links and pages work unchanged. The
 * validator refuses, leaving no trace in the history, what the round would have refused.
 */
export function registerHeldDraftingHandlers(cycle: Cycle): void {
  setHandler(decideDraftingTask, async ({ entityCode, ...input }) => {
    const held = cycle.heldTasks.get(entityCode)!;
    const decision: RecordedDecision = { ...input, decidedAt: nowIso() };
    held.decisions.push(decision);
    // The person's answer is on record, in the plans service, before they are told it is taken.
    if (held.round.record) await recordRoundDecision(held.round, held.round.record, decision);
    taskDone(cycle, held, decision);
    return held.book.state();
  }, {
    validator: ({ entityCode, ...input }) => {
      const held = cycle.heldTasks.get(entityCode);
      if (!held) throw new Error('There is no drafting task for this entity in this cycle.');
      const { round, book } = held;
      validateDecision(round, held.seats, input, held.decisions, round.items.filter((item) => book.itemOutcome(item) === 'open'), book.closed());
    },
  });
  setHandler(draftingTaskState, (entityCode) => cycle.heldTasks.get(entityCode)?.book.state() ?? null);
  setHandler(heldDraftingRounds, () => [...cycle.heldTasks.values()].filter((h) => h.task.status === 'open').map((h) => h.book.state()));
}
