import type { CycleView } from '@jalon/contracts';
import { brusselsDateOf, daysBetween, type CalendarDate } from '@jalon/domain';
import type { CycleState } from '@jalon/workflows';

/**
 * The cycle as people see it, from the workflow's state: the due date and how late it is, in
 * Brussels days. Who holds the step comes from the rounds, which the gateway asks.
 */
export function toView(workflowId: string, status: string, state: CycleState): CycleView {
  const due = state.budget.dueDate;
  const today = brusselsDateOf(new Date());
  const daysLate = due && !state.transmission && due < today ? daysBetween(due as CalendarDate, today) : 0;
  return {
    workflowId,
    organisationCode: state.organisationCode,
    year: state.year,
    status: status.toLowerCase(),
    stage: state.stage,
    operationalPlanId: state.operationalPlanId,
    budget: {
      adoptedOn: state.budget.adoptedOn, dueDate: due, awaitingBudgetAdoption: state.budget.adoptedOn === null, daysLate, recordedBy: state.budget.recordedBy,
    },
    holders: [],
    drafting: state.drafting.map(({ entityCode, entityName, status: s, doneBy, doneAt, comment }) => ({ entityCode, entityName, status: s, doneBy, doneAt, comment })),
    version: state.version,
    currentRoundId: state.currentRoundId,
    changesRequested: state.changesRequested,
    problems: state.problems,
    alerts: state.alerts,
    transmission: state.transmission,
    closedAt: state.closedAt,
    continuedAsNew: state.continuedAsNew,
    decisions: state.decisions ?? [],
    blockedOn: state.blockedOn ?? null,
  };
}
