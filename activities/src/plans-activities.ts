import { createHash } from 'node:crypto';
import {
  planVersionSummarySchema, roleHolderSchema, strategicPlanSchema, strategicPlanSummarySchema,
  type StrategicPlanStatus,
} from '@jalon/contracts';
import { z } from 'zod';
import { callService } from './http.js';

const ACTOR = 'jalon-workflow';

/** Activities that read and change plan data, through the plans service's API only. */
export function createPlansActivities(plansUrl: string) {
  const url = (path: string) => `${plansUrl}${path}`;
  return {
    /** Freezes the plan's content; freezing unchanged content returns the same version (idempotent). */
    async freezeStrategicPlanVersion(input: { planId: string }) {
      return callService('plans', url(`/strategic-plans/${input.planId}/versions`), { method: 'POST', actor: ACTOR }, planVersionSummarySchema);
    },

    /**
     * What a reviewing authority sees: the objectives in its scope with a hash of each one's
     * content, so that an approval stays attached to the exact text it was given on.
     */
    async strategicPlanForReview(input: { planId: string; authorityCode: string }) {
      const plan = await callService('plans', url(`/strategic-plans/${input.planId}`), {}, strategicPlanSchema);
      const inScope = plan.objectives.filter((o) => o.reviewedBy.includes(input.authorityCode));
      return {
        title: plan.title,
        objectives: inScope.map((o) => ({
          number: o.number,
          title: o.title,
          sha256: createHash('sha256').update(JSON.stringify([o.title, o.text, o.ownerEntityCodes, o.ambitions.map((a) => [a.text, a.ownerEntityCodes])])).digest('hex'),
        })),
      };
    },

    /**
     * Moves the plan to a status. Idempotent: a retry after the first call succeeded finds the plan
     * already there and does nothing.
     */
    async setStrategicPlanStatus(input: { planId: string; status: StrategicPlanStatus; signature?: { signedBy: string; signedAt: string; version: number } }) {
      const current = await callService('plans', url(`/strategic-plans/${input.planId}`), {}, strategicPlanSummarySchema.passthrough());
      if (current.status === input.status) return { status: current.status, revision: current.revision };
      const updated = await callService('plans', url(`/strategic-plans/${input.planId}/status`), {
        method: 'POST', actor: ACTOR, body: { expectedRevision: current.revision, status: input.status, ...(input.signature ? { signature: input.signature } : {}) },
      }, strategicPlanSummarySchema);
      return { status: updated.status, revision: updated.revision };
    },

    /** Who holds a role on a date, deputies included: the people a step asks. */
    async roleHolders(input: { organisationCode: string; role: string; on: string; authorityCode?: string }) {
      const query = new URLSearchParams({ role: input.role, on: input.on, ...(input.authorityCode ? { authorityCode: input.authorityCode } : {}) });
      return callService('plans', url(`/organisations/${input.organisationCode}/role-holders?${query}`), {}, z.array(roleHolderSchema));
    },
  };
}
