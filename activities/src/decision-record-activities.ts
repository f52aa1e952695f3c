import type { DecisionRecordInput } from '@jalon/contracts';
import type { PlansClient } from '@jalon/plans-client';

/** The decision record in the plans service: the lasting trace of who decided what. */
export function createDecisionRecordActivities(plans: PlansClient) {
  return {
    /**
     * Writes one accepted act (and its audit row, naming the person). Idempotent: the plans service
     * keeps the first write of a key and answers a retry with it. Only the ids go back into the
     * workflow's history, which has the rest already.
     */
    async recordDecision(input: DecisionRecordInput) {
      const { created, records } = await plans.recordDecision(input);
      return { created, ids: records.map((r) => r.id) };
    },
  };
}
