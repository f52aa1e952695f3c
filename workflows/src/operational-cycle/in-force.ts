import { allHandlersFinished, condition, continueAsNew, patched, workflowInfo } from '@temporalio/workflow';
import { endOfInForcePeriod } from '@jalon/domain/pure';
import type { CycleState } from '@jalon/contracts';
import { act } from '../shared/activities.js';
import { nowIso } from '../shared/people.js';
import type { Cycle } from './cycle.js';
import { inForceWithProgress } from './progress.js';
import type { operationalCycle } from './workflow.js';

const DEFAULT_CONTINUE_AS_NEW_AFTER = 10_000;

/**
 * In force from 1 January to 31 December (Brussels); projects still come and go meanwhile. A long
 * history continues as new with the cycle's state; at the year's end the cycle and the plan close.
 */
export async function inForceUntilYearEnd(cycle: Cycle): Promise<CycleState> {
  // Cycles in force since progress checkpoints follow the year (issue 16); those before replay as they ran.
  if (patched('progress-checkpoints')) return inForceWithProgress(cycle);
  const { state, input } = cycle;
  const yearEnd = endOfInForcePeriod(input.year).getTime();
  const limit = input.continueAsNewAfterEvents ?? DEFAULT_CONTINUE_AS_NEW_AFTER;
  const mustContinue = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > limit;
  await condition(() => mustContinue() || Date.now() >= yearEnd, Math.max(yearEnd - Date.now(), 1));
  if (Date.now() < yearEnd) {
    await condition(allHandlersFinished);
    state.continuedAsNew += 1;
    await continueAsNew<typeof operationalCycle>({ ...input, resume: state });
  }
  await act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'closed' });
  state.stage = 'closed';
  state.closedAt = nowIso();
  await condition(allHandlersFinished);
  return state;
}
