import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { CycleState } from '@jalon/contracts';
import { act, plansCalls } from '../shared/activities.js';
import { nowIso, today } from '../shared/people.js';
import { Cycle } from './cycle.js';
import { draft } from './drafting.js';
import { followUpUntilTransmitted } from './follow-up.js';
import { registerHandlers } from './handlers.js';
import { inForceUntilYearEnd } from './in-force.js';
import { operationalCycleWorkflowId, type OperationalCycleInput, type ScheduledLaunchArgs } from './messages.js';
import { transmit } from './transmission.js';
import { validate } from './validation.js';

/**
 * One organisation's operational plan for one year, from launch to the year's end: drafting tasks
 * for the owner entities, consolidation by the President's office, the committee's round, the State
 * Secretary's review of his part, transmission to the Minister; around it, the due date that appears
 * when the Chamber adopts the budget, the reminders before it and the escalations after it.
 */
export async function operationalCycle(input: OperationalCycleInput): Promise<CycleState> {
  const cycle = new Cycle(input);
  const { state } = cycle;
  registerHandlers(cycle);

  if (!input.resume) {
    const plan = await plansCalls().ensureOperationalPlan({ organisationCode: input.organisationCode, year: input.year, strategicPlanId: input.strategicPlanId });
    state.operationalPlanId = plan.id;
    state.budget = plan.budgetAdoptedOn === null
      ? state.budget
      : { adoptedOn: plan.budgetAdoptedOn, dueDate: plan.dueDate, knownSince: nowIso(), recordedBy: null };
    // Next year's draft starts from this year's objectives and results (rule 6).
    await plansCalls().carryOverPreviousYear({ planId: plan.id, organisationCode: input.organisationCode, year: input.year });
    const followUp = followUpUntilTransmitted(cycle);
    await draft(cycle);
    await validate(cycle);
    await transmit(cycle);
    await followUp;
  }
  return inForceUntilYearEnd(cycle);
}

/**
 * Started by the yearly Schedule: the year comes from the date it runs (launched in the autumn for the
 * next year by default), and launching a year that already has its cycle finds that one.
 */
export async function scheduledCycleLaunch(args: ScheduledLaunchArgs): Promise<{ workflowId: string; year: number; started: boolean }> {
  const year = Number(today().slice(0, 4)) + args.yearOffset;
  const input = await act.prepareCycleLaunch({ organisationCode: args.organisationCode, year, options: args.options });
  const workflowId = operationalCycleWorkflowId(args.organisationCode, year);
  try {
    await startChild(operationalCycle, { workflowId, args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
    return { workflowId, year, started: true };
  } catch (error) {
    if ((error as { name?: string }).name === 'WorkflowExecutionAlreadyStartedError') return { workflowId, year, started: false };
    throw error;
  }
}
