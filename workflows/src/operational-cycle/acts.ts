import type { DecisionRecordInput, Role } from '@jalon/contracts';
import { recordHumanAct, writesDecisionRecord, type HumanAct } from '../shared/decision-record.js';
import type { Cycle } from './cycle.js';

/**
 * A person's act in the yearly cycle (budget adoption, closing the drafting, a problem and its
 * consultation, a project added or withdrawn), written to the decision record as the cycle
 * accepts it, on the operational plan, in the stage it was made in. Cycles started before the
 * decision record write it from their next new workflow task on.
 */
export async function recordCycleAct(
  cycle: Cycle, a: { act: HumanAct['act']; personId: string; role: Role | null; items: DecisionRecordInput['items']; details?: Record<string, unknown>; step?: string },
): Promise<void> {
  // A problem can be raised while the cycle is still creating its plan: there is no plan to file it on yet.
  if (cycle.state.operationalPlanId === null || !writesDecisionRecord()) return;
  await recordHumanAct({
    planKind: 'operational', planId: cycle.planId(), version: cycle.state.version, step: cycle.state.stage, stepName: null, ...a,
  });
}
