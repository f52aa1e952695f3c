import { condition, setHandler, uuid4 } from '@temporalio/workflow';
import { operationalPlanDueDate } from '@jalon/domain/pure';
import type { Problem } from '@jalon/contracts';
import { act } from '../shared/activities.js';
import { nowIso, recipientOf } from '../shared/people.js';
import { recordCycleAct } from './acts.js';
import type { Cycle } from './cycle.js';
import { registerHeldDraftingHandlers } from './held-drafting-handlers.js';
import { closeDrafting, cycleState, raiseProblem, recordBudgetAdoption, recordConsultationOutcome } from './messages.js';
import { registerProjectHandlers } from './projects.js';

/**
 * What people record in the cycle while it runs, and the query pages read it with. Every Update's
 * validator refuses, leaving no trace in the history, what the cycle cannot take in its stage.
 */
export function registerHandlers(cycle: Cycle): void {
  const { state } = cycle;
  setHandler(cycleState, () => state);
  registerBudgetAdoption(cycle);

  setHandler(closeDrafting, async ({ personId }) => {
    // Every open task is closed before the first await: a drafter's answer arriving meanwhile finds it closed.
    const closing = state.drafting.filter((t) => t.status === 'open');
    for (const task of closing) {
      task.status = 'closed_by_president_office';
      task.doneBy = personId;
      task.doneAt = nowIso();
    }
    for (const task of closing) if (cycle.startedRounds.has(task.roundId)) await cycle.signalQuietly(task.roundId, 'closed by the President\'s office');
    if (closing.length > 0) {
      await recordCycleAct(cycle, {
        // The stage has moved on to consolidation by now: the act was made in drafting.
        act: 'drafting_closed', step: 'drafting', personId, role: 'president_office', items: closing.map((t) => ({ item: t.entityCode, outcome: 'closed', comment: null })),
      });
    }
    return state;
  }, {
    validator: (_by: { personId: string }) => {
      if (state.stage !== 'drafting') throw new Error('Drafting is already over; there is nothing to close.');
      if (state.drafting.length === 0) throw new Error('The drafting tasks are still being sent; try again in a moment.');
    },
  });

  registerProblemHandlers(cycle);
  registerProjectHandlers(cycle);
  registerHeldDraftingHandlers(cycle);
}

/** The President's office records, corrects or withdraws the budget adoption; the due date follows from it. */
function registerBudgetAdoption(cycle: Cycle): void {
  const { state } = cycle;
  // One adoption date at a time: a slow first call must not land after a correction made meanwhile.
  let recordingBudget = false;
  setHandler(recordBudgetAdoption, async (b) => {
    await condition(() => !recordingBudget);
    recordingBudget = true;
    let recorded;
    try {
      recorded = await act.recordOperationalBudgetAdoption({ planId: cycle.planId(), adoptedOn: b.adoptedOn });
    } finally {
      recordingBudget = false;
    }
    // The recorded date is the plans service's: a retried Update finds it already there.
    const dueDate = operationalPlanDueDate(recorded.budgetAdoptedOn);
    if (dueDate !== state.budget.dueDate) state.budget.knownSince = dueDate === null ? null : nowIso();
    state.budget = { ...state.budget, adoptedOn: recorded.budgetAdoptedOn, dueDate, recordedBy: b.personId };
    await recordCycleAct(cycle, {
      act: 'budget_adoption', personId: b.personId, role: 'president_office',
      items: [{ item: 'plan', outcome: recorded.budgetAdoptedOn === null ? 'withdrawn' : 'recorded', comment: null }], details: { adoptedOn: recorded.budgetAdoptedOn },
    });
    return state;
  }, {
    validator: (b) => {
      if (state.operationalPlanId === null) throw new Error('The cycle is still starting; try again in a moment.');
      if (cycle.transmitted()) throw new Error('The plan was already transmitted; its due date no longer matters. Correct the date in the plan data if the record must be right.');
      if (b.adoptedOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(b.adoptedOn)) throw new Error('The adoption date must be a date (YYYY-MM-DD).');
    },
  });
}

/** Rule 8: a problem found while drafting; both cells are told at once, and the consultation's outcome is kept. */
function registerProblemHandlers(cycle: Cycle): void {
  const { state, input } = cycle;
  setHandler(raiseProblem, async (p) => {
    const problem: Problem = {
      id: p.problemId ?? uuid4(), raisedBy: { personId: p.personId, name: p.name }, description: p.description, raisedAt: nowIso(), notified: [], outcome: null,
    };
    state.problems.push(problem);
    const cells = [...(await cycle.ministerCell()), ...(await cycle.stateSecretaryCells()).flat()];
    for (const cell of cells) {
      await act.sendNotification({
        idempotencyKey: `${cycle.workflowId}:problem:${problem.id}:${cell.email.toLowerCase()}`,
        kind: 'problem_raised', template: 'problem_raised', recipient: recipientOf(cell),
        params: { planTitle: input.strategicPlanTitle, year: input.year, raisedBy: p.name, description: p.description, raisedAt: problem.raisedAt },
      });
      problem.notified.push(cell.email);
    }
    await recordCycleAct(cycle, { act: 'problem_raised', personId: p.personId, role: null, items: [{ item: problem.id, outcome: 'raised', comment: p.description }] });
    return problem;
  }, {
    validator: (p) => {
      if (cycle.transmitted()) throw new Error('The plan was already transmitted; raise the matter with the cells directly, or add or withdraw a project.');
      if (!p.description.trim()) throw new Error('Describe the problem: the cells must know what to discuss.');
    },
  });

  setHandler(recordConsultationOutcome, async (o) => {
    const problem = state.problems.find((p) => p.id === o.problemId)!;
    problem.outcome = { text: o.outcome, recordedBy: o.personId, recordedAt: nowIso() };
    await recordCycleAct(cycle, { act: 'consultation_outcome', personId: o.personId, role: null, items: [{ item: problem.id, outcome: 'recorded', comment: o.outcome }] });
    return problem;
  }, {
    validator: (o) => {
      const problem = state.problems.find((p) => p.id === o.problemId);
      if (!problem) throw new Error(`There is no problem ${o.problemId} in this cycle; list them with the cycle's state.`);
      if (problem.outcome) throw new Error('The outcome of this consultation is already recorded.');
      if (!o.outcome.trim()) throw new Error('Say what the consultation concluded.');
    },
  });
}
