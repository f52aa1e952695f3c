import type { DecisionAct, Role } from '@jalon/contracts';
import { recordHumanAct } from '../shared/decision-record.js';
import type { LifecycleState, StrategicPlanInput } from './messages.js';

/**
 * A person's act on the strategic plan as a whole (submitting the draft, signing), written to the
 * decision record with the version it concerns: the one frozen for review or signature, none
 * before the first is frozen.
 */
export function recordStrategicAct(
  input: StrategicPlanInput, state: LifecycleState, personId: string, act: DecisionAct, role: Role, outcome: string, details?: Record<string, unknown>,
): Promise<void> {
  return recordHumanAct({
    act, planKind: 'strategic', planId: input.planId, personId, role,
    // A submission precedes the freeze of what it submits: it names no version.
    version: act === 'plan_submitted' ? null : state.version, step: state.stage, stepName: null,
    items: [{ item: 'plan', outcome, comment: null }], ...(details ? { details } : {}),
  });
}
