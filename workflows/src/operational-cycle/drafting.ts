import { condition, patched, startChild } from '@temporalio/workflow';
import type { DraftingTask, FrozenVersion } from '@jalon/contracts';
import { decisionLog } from '../approval-round/messages.js';
import { approvalRound } from '../approval-round/workflow.js';
import { plansCalls } from '../shared/activities.js';
import { roundPlacement } from '../shared/round-placement.js';
import { nowIso, today, toMember } from '../shared/people.js';
import type { Cycle } from './cycle.js';
import { draftingRoundInput, type Assignment, type Drafting } from './drafting-round.js';
import { DRAFTING_IN_CYCLE_PATCH, holdDrafting, markDone } from './held-drafting.js';

/**
 * Cycles since this patch draft the objectives owned by "(Tous)" (every entity), where the
 * organisation's setting sends them, and raise an alert for objectives nobody of their own drafts.
 */
const ALL_ENTITIES_PATCH = 'all-entities-objectives';

/**
 * Drafting: every entity that owns an objective of the signed strategic plan gets a task whose e-mail
 * carries a personal link; the stage ends when every task is done, closed by the President's office,
 * or failed. The cycle holds the tasks itself; cycles started before that gave each a child round.
 */
export async function draft(cycle: Cycle): Promise<void> {
  const { state, input } = cycle;
  state.stage = 'drafting';
  await cycle.freeze();
  // Cycles started before the "(Tous)" objectives were drafted replay without them, as they ran.
  const allEntitiesGoTo = patched(ALL_ENTITIES_PATCH) ? { allEntitiesGoTo: input.allEntitiesObjectivesGoTo ?? 'every_entity' } : {};
  const [assignments, presidentOffice] = await Promise.all([
    plansCalls().draftingAssignments({ organisationCode: input.organisationCode, strategicPlanId: input.strategicPlanId, on: today(), ...allEntitiesGoTo }),
    cycle.holdersOf('president_office'),
  ]);
  const version = state.version!;
  // Every task is listed before any is sent, so the cycle shows the whole drafting at once.
  const tasks = assignments.map((a): Drafting => {
    if (a.noDrafter) alertNoDrafter(cycle, a);
    // An entity without a drafter still owes its objectives: the President's office is asked instead.
    const asked = a.drafters.length > 0 ? a.drafters : presidentOffice;
    const task: DraftingTask = {
      entityCode: a.entityCode, entityName: a.entityName, roundId: `${cycle.workflowId}/drafting/${a.entityCode}`,
      askedPersonIds: asked.map((p) => p.personId), status: 'open', doneBy: null, doneAt: null, comment: null,
    };
    state.drafting.push(task);
    return { a, asked, task };
  });
  // All the rounds start in one workflow task: one by one, a launch day with many organisations
  // spent most of its time on these round trips (see the fan-out benchmark). Cycles started before
  // this change replay one by one, as they ran.
  // Only cycles launched to hold them: the patch marker alone would send every new cycle this way.
  if (input.draftingInCycle === true && patched(DRAFTING_IN_CYCLE_PATCH)) await holdDrafting(cycle, version, tasks);
  else if (patched('drafting-rounds-started-together')) await Promise.all(tasks.map((t) => startDraftingRound(cycle, version, t, true)));
  else for (const t of tasks) await startDraftingRound(cycle, version, t, false);
  await condition(() => state.drafting.every((t) => t.status !== 'open'));
}

/** Starts one entity's round; its outcome marks the task when it comes, without holding the others. */
async function startDraftingRound(cycle: Cycle, version: FrozenVersion, { a, asked, task }: Drafting, cancelIfClosedMeanwhile: boolean): Promise<void> {
  const { state, input } = cycle;
  // Closed by the President's office while the earlier ones were being sent: nobody is asked.
  if (task.status !== 'open') return;
  const args = draftingRoundInput(cycle, version, { a, asked, task });
  const { step, notices: { stepName } } = args;
  const child = await startChild(approvalRound, { workflowId: task.roundId, args: [args], ...roundPlacement() });
  cycle.startedRounds.add(task.roundId);
  // The drafting was closed while the round was starting: close-drafting could not signal it then.
  if (cancelIfClosedMeanwhile && statusOf(task) === 'closed_by_president_office') void cycle.signalQuietly(task.roundId, 'closed by the President\'s office');
  void child.result().then((r) => {
    state.decisions.push(...decisionLog({ step, members: asked.map(toMember), planVersion: version.number, planSha256: version.sha256 }, stepName, r));
    markDone(task, r.decisions[0]);
  }, (error: unknown) => {
    // A round that failed (or was terminated by an operator) must not hold the whole cycle:
    // the task is marked failed, for the President's office to follow up by hand.
    if (task.status === 'open') {
      task.status = 'failed';
      task.comment = error instanceof Error ? error.message : String(error);
    }
  });
}

/**
 * Objectives nobody of their own can be asked about (an entity without a drafter that day, or
 * "(Tous)" objectives that reached no entity): the President's office is asked, and told why.
 */
function alertNoDrafter(cycle: Cycle, a: Assignment): void {
  cycle.state.alerts.push({
    key: `no_drafter:${a.entityCode}`, kind: 'no_drafter', target: 'president_office', stage: 'drafting',
    holders: `${a.entityName.fr} / ${a.entityName.nl}`, dueDate: cycle.state.budget.dueDate ?? '', sentAt: nowIso(), daysBeforeDue: null, daysLate: null,
    recipients: [], problem: `no drafter for objectives ${a.strategicObjectives.map((o) => o.number).join(', ')}: the President's office is asked`,
  });
}

/** Read through a function: the status changes while the round starts, which TypeScript cannot see. */
const statusOf = (task: DraftingTask) => task.status;
