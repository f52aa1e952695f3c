import { createHash } from 'node:crypto';
import type { AllEntitiesObjectivesGoTo, CycleOptions, LocalizedText, OperationalPlanStatus } from '@jalon/contracts';
import { prepareCycleLaunch, withFreshRevision, type PlansClient } from '@jalon/plans-client';
import { draftingAssignmentsOf } from './drafting-assignments.js';

/** Activities of the yearly cycle, through the plans service's API only. Each is safe to retry. */
export function createOperationalPlanActivities(plans: PlansClient) {
  return {
    /** The year's plan, created in drafting or found when it exists (a retry finds it). */
    async ensureOperationalPlan(input: { organisationCode: string; year: number; strategicPlanId: string }) {
      const plan = await plans.createOperationalPlan(input.organisationCode, { year: input.year, strategicPlanId: input.strategicPlanId });
      return { id: plan.id, status: plan.status, budgetAdoptedOn: plan.budgetAdoptedOn, dueDate: plan.dueDate };
    },

    /** Rule 6: the draft starts from last year's objectives and results; a second run copies nothing. */
    async carryOverPreviousYear(input: { planId: string; organisationCode: string; year: number }) {
      const page = await plans.listOperationalPlans(input.organisationCode, { limit: 100 });
      const previous = page.items.find((p) => p.year === input.year - 1);
      return withFreshRevision(async () => {
        const target = await plans.getOperationalPlan(input.planId);
        if (!previous || target.status !== 'drafting') return { fromPlanId: previous?.id ?? null, copied: [] as string[] };
        const result = await plans.carryOver(input.planId, { expectedRevision: target.revision, fromPlanId: previous.id });
        return { fromPlanId: previous.id, copied: result.copied };
      });
    },

    /**
     * Who drafts what: every entity that owns an objective of the strategic plan, the objectives it
     * owns, and its drafters on that day. With `allEntitiesGoTo` (cycles since "(Tous)" objectives
     * are drafted), the objectives owned by every entity go where the organisation says (see
     * draftingAssignmentsOf), and each assignment says whether it has nobody of its own to ask.
     */
    async draftingAssignments(input: { organisationCode: string; strategicPlanId: string; on: string; allEntitiesGoTo?: AllEntitiesObjectivesGoTo }) {
      const [plan, entities, drafters] = await Promise.all([
        plans.getStrategicPlan(input.strategicPlanId),
        plans.listEntities(input.organisationCode),
        plans.roleHolders(input.organisationCode, { role: 'drafter', on: input.on }),
      ]);
      return draftingAssignmentsOf(plan.objectives, entities, drafters, input.allEntitiesGoTo);
    },

    async entityName(input: { organisationCode: string; entityCode: string }): Promise<LocalizedText> {
      const entity = (await plans.listEntities(input.organisationCode)).find((e) => e.code === input.entityCode);
      return entity ? { fr: entity.name.fr, nl: entity.name.nl } : { fr: input.entityCode, nl: input.entityCode };
    },

    /** Freezing unchanged content returns the same version (idempotent). */
    async freezeOperationalPlanVersion(input: { planId: string }) {
      const version = await plans.freezeVersion('operational', input.planId);
      return { number: version.number, sha256: version.sha256 };
    },

    /** Idempotent: a retry after the first call succeeded finds the plan already there. */
    async setOperationalPlanStatus(input: { planId: string; status: OperationalPlanStatus; version?: number }) {
      return withFreshRevision(async () => {
        const current = await plans.getOperationalPlan(input.planId);
        if (current.status === input.status) return { status: current.status, revision: current.revision };
        const updated = await plans.setOperationalPlanStatus(input.planId, {
          expectedRevision: current.revision, status: input.status, ...(input.version !== undefined ? { version: input.version } : {}),
        });
        return { status: updated.status, revision: updated.revision };
      });
    },

    /**
     * The operational objectives within an authority's competence (those linked to a strategic
     * objective it reviews), each with a hash of its content, so an approval holds for that text only.
     */
    async operationalPlanForReview(input: { planId: string; authorityCode: string }) {
      const plan = await plans.getOperationalPlan(input.planId);
      const strategic = await plans.getStrategicPlan(plan.strategicPlanId);
      const inScope = new Set(strategic.objectives.filter((o) => o.reviewedBy.includes(input.authorityCode)).map((o) => o.number));
      return {
        objectives: plan.objectives.filter((o) => inScope.has(o.strategicObjectiveNumber)).map((o) => ({
          code: o.code,
          statement: o.statement,
          strategicObjectiveNumber: o.strategicObjectiveNumber,
          sha256: createHash('sha256').update(JSON.stringify([o.strategicObjectiveNumber, o.statement, o.indicator, o.target, o.ownerEntityCode, o.means, o.deadline])).digest('hex'),
        })),
      };
    },

    /** Records the Chamber's vote; the same date again changes nothing. Returns what the plan now says. */
    async recordOperationalBudgetAdoption(input: { planId: string; adoptedOn: string | null }) {
      return withFreshRevision(async () => {
        const current = await plans.getOperationalPlan(input.planId);
        if (current.budgetAdoptedOn === input.adoptedOn) return { budgetAdoptedOn: current.budgetAdoptedOn, dueDate: current.dueDate };
        const updated = await plans.recordBudgetAdoption(input.planId, { expectedRevision: current.revision, budgetAdoptedOn: input.adoptedOn });
        return { budgetAdoptedOn: updated.budgetAdoptedOn, dueDate: updated.dueDate };
      });
    },

    /** What a yearly cycle needs, from the plans service's data: the signed strategic plan, the authorities. */
    async prepareCycleLaunch(input: { organisationCode: string; year: number; options?: CycleOptions | undefined }) {
      return prepareCycleLaunch(plans, input.organisationCode, input.year, input.options);
    },
  };
}
