import { createHash } from 'node:crypto';
import {
  authoritySchema, entitySchema, operationalPlanStatusSchema, organisationSchema, planVersionSummarySchema, roleHolderSchema, strategicPlanSchema,
  strategicPlanSummarySchema, type CycleOptions, type OperationalPlanStatus,
} from '@jalon/contracts';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { callService, withFreshRevision } from './http.js';

const ACTOR = 'jalon-workflow';

/* Only the fields the cycle reads: the plans service may add others without breaking a running cycle. */
const objectiveView = z.object({ code: z.string(), strategicObjectiveNumber: z.number(), statement: z.string(), indicator: z.string(), target: z.string(), ownerEntityCode: z.string(), means: z.string(), deadline: z.string() });
const projectView = z.object({ id: z.string(), title: z.string(), ownerEntityCode: z.string(), status: z.enum(['active', 'withdrawn']), history: z.array(z.object({ action: z.string(), reason: z.string() })) });
const planView = z.object({
  id: z.string(), year: z.number(), status: operationalPlanStatusSchema, revision: z.number(), strategicPlanId: z.string(),
  budgetAdoptedOn: z.string().nullable(), dueDate: z.string().nullable(),
  objectives: z.array(objectiveView), projects: z.array(projectView),
});
const planPage = z.object({ items: z.array(z.object({ id: z.string(), year: z.number(), status: operationalPlanStatusSchema })) });
const party = z.enum(['spf', 'minister_cell', 'state_secretary_cell']);

/** Activities of the yearly cycle, through the plans service's API only. Each is safe to retry. */
export function createOperationalPlanActivities(plansUrl: string) {
  const url = (path: string) => `${plansUrl}${path}`;
  const getPlan = (planId: string) => callService('plans', url(`/operational-plans/${planId}`), {}, planView);

  return {
    /** The year's plan, created in drafting or found when it exists (a retry finds it). */
    async ensureOperationalPlan(input: { organisationCode: string; year: number; strategicPlanId: string }) {
      const plan = await callService('plans', url(`/organisations/${input.organisationCode}/operational-plans`), {
        method: 'POST', actor: ACTOR, body: { year: input.year, strategicPlanId: input.strategicPlanId },
      }, planView);
      return { id: plan.id, status: plan.status, budgetAdoptedOn: plan.budgetAdoptedOn, dueDate: plan.dueDate };
    },

    /** Rule 6: the draft starts from last year's objectives and results; a second run copies nothing. */
    async carryOverPreviousYear(input: { planId: string; organisationCode: string; year: number }) {
      const plans = await callService('plans', url(`/organisations/${input.organisationCode}/operational-plans?limit=100`), {}, planPage);
      const previous = plans.items.find((p) => p.year === input.year - 1);
      return withFreshRevision(async () => {
        const target = await getPlan(input.planId);
        if (!previous || target.status !== 'drafting') return { fromPlanId: previous?.id ?? null, copied: [] as string[] };
        const result = await callService('plans', url(`/operational-plans/${input.planId}/carry-over`), {
          method: 'POST', actor: ACTOR, body: { expectedRevision: target.revision, fromPlanId: previous.id },
        }, z.object({ copied: z.array(z.string()) }));
        return { fromPlanId: previous.id, copied: result.copied };
      });
    },

    /**
     * Who drafts what: every entity that owns an objective of the strategic plan, the objectives it
     * owns, and its drafters on that day.
     */
    async draftingAssignments(input: { organisationCode: string; strategicPlanId: string; on: string }) {
      const [plan, entities] = await Promise.all([
        callService('plans', url(`/strategic-plans/${input.strategicPlanId}`), {}, strategicPlanSchema),
        callService('plans', url(`/organisations/${input.organisationCode}/entities`), {}, z.array(entitySchema)),
      ]);
      const owners = new Map<string, Array<{ number: number; title: string }>>();
      for (const objective of plan.objectives) {
        for (const code of objective.ownerEntityCodes) {
          if (code === 'ALL') continue;
          owners.set(code, [...(owners.get(code) ?? []), { number: objective.number, title: objective.title }]);
        }
      }
      const assignments = [];
      for (const entity of entities.filter((e) => owners.has(e.code))) {
        const query = new URLSearchParams({ role: 'drafter', on: input.on, entityCode: entity.code });
        const drafters = await callService('plans', url(`/organisations/${input.organisationCode}/role-holders?${query}`), {}, z.array(roleHolderSchema));
        assignments.push({
          entityCode: entity.code,
          entityName: { fr: entity.name.fr, nl: entity.name.nl },
          strategicObjectives: owners.get(entity.code)!,
          drafters: drafters.map((d) => ({ personId: d.personId, name: d.name, email: d.email, language: d.language })),
        });
      }
      return assignments;
    },

    async entityName(input: { organisationCode: string; entityCode: string }) {
      const entities = await callService('plans', url(`/organisations/${input.organisationCode}/entities`), {}, z.array(entitySchema));
      const entity = entities.find((e) => e.code === input.entityCode);
      return entity ? { fr: entity.name.fr, nl: entity.name.nl } : { fr: input.entityCode, nl: input.entityCode };
    },

    /** Freezing unchanged content returns the same version (idempotent). */
    async freezeOperationalPlanVersion(input: { planId: string }) {
      const version = await callService('plans', url(`/operational-plans/${input.planId}/versions`), { method: 'POST', actor: ACTOR }, planVersionSummarySchema);
      return { number: version.number, sha256: version.sha256 };
    },

    /** Idempotent: a retry after the first call succeeded finds the plan already there. */
    async setOperationalPlanStatus(input: { planId: string; status: OperationalPlanStatus; version?: number }) {
      return withFreshRevision(async () => {
        const current = await getPlan(input.planId);
        if (current.status === input.status) return { status: current.status, revision: current.revision };
        const updated = await callService('plans', url(`/operational-plans/${input.planId}/status`), {
          method: 'POST', actor: ACTOR, body: { expectedRevision: current.revision, status: input.status, ...(input.version !== undefined ? { version: input.version } : {}) },
        }, planView);
        return { status: updated.status, revision: updated.revision };
      });
    },

    /**
     * The operational objectives within an authority's competence (those linked to a strategic
     * objective it reviews), each with a hash of its content, so an approval holds for that text only.
     */
    async operationalPlanForReview(input: { planId: string; authorityCode: string }) {
      const plan = await getPlan(input.planId);
      const strategic = await callService('plans', url(`/strategic-plans/${plan.strategicPlanId}`), {}, strategicPlanSchema);
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
        const current = await getPlan(input.planId);
        if (current.budgetAdoptedOn === input.adoptedOn) return { budgetAdoptedOn: current.budgetAdoptedOn, dueDate: current.dueDate };
        const updated = await callService('plans', url(`/operational-plans/${input.planId}/budget-adoption`), {
          method: 'PUT', actor: ACTOR, body: { expectedRevision: current.revision, budgetAdoptedOn: input.adoptedOn },
        }, planView);
        return { budgetAdoptedOn: updated.budgetAdoptedOn, dueDate: updated.dueDate };
      });
    },

    /** The project's id is chosen by the workflow: a retried call finds the project instead of adding it twice. */
    async addOperationalProject(input: {
      planId: string; id: string; title: string; ownerEntityCode: string; requestedByParty: z.infer<typeof party>; reason: string; requestedOn: string; actor: string;
    }) {
      const { planId, actor, ...body } = input;
      const project = await callService('plans', url(`/operational-plans/${planId}/projects`), { method: 'POST', actor, body }, projectView);
      return { id: project.id, title: project.title, ownerEntityCode: project.ownerEntityCode, status: project.status };
    },

    /** A retry after the withdrawal went through finds it withdrawn with this reason, and stops there. */
    async withdrawOperationalProject(input: { planId: string; projectId: string; requestedByParty: z.infer<typeof party>; reason: string; requestedOn: string; actor: string }) {
      const plan = await getPlan(input.planId);
      const project = plan.projects.find((p) => p.id === input.projectId);
      if (!project) {
        throw ApplicationFailure.create({ type: 'plans.404', nonRetryable: true, message: `The operational plan ${plan.year} has no project ${input.projectId}.` });
      }
      const last = project.history.at(-1);
      if (project.status === 'withdrawn' && last?.action === 'withdraw' && last.reason === input.reason) {
        return { id: project.id, title: project.title, ownerEntityCode: project.ownerEntityCode, status: project.status };
      }
      const { planId, projectId, actor, ...body } = input;
      const updated = await callService('plans', url(`/operational-plans/${planId}/projects/${projectId}/withdraw`), { method: 'POST', actor, body }, projectView);
      return { id: updated.id, title: updated.title, ownerEntityCode: updated.ownerEntityCode, status: updated.status };
    },

    /** What a yearly cycle needs, from the plans service's data: the signed strategic plan, the authorities. */
    async prepareCycleLaunch(input: { organisationCode: string; year: number; options?: CycleOptions | undefined }) {
      return prepareCycleLaunch(plansUrl, input.organisationCode, input.year, input.options);
    },
  };
}

export class CycleLaunchRefused extends Error {}

/**
 * Builds the input of a yearly cycle: the organisation's signed strategic plan whose period covers
 * the year (else the latest signed one), its Minister and the authorities that review a scope. Used
 * by the launch API and by the yearly Schedule, so both launch the same cycle.
 */
export async function prepareCycleLaunch(plansUrl: string, organisationCode: string, year: number, options?: CycleOptions) {
  const [organisation, plans, authorities] = await Promise.all([
    callService('plans', `${plansUrl}/organisations/${organisationCode}`, {}, organisationSchema),
    callService('plans', `${plansUrl}/organisations/${organisationCode}/strategic-plans?limit=100`, {}, z.object({ items: z.array(strategicPlanSummarySchema) })),
    callService('plans', `${plansUrl}/organisations/${organisationCode}/authorities`, {}, z.array(authoritySchema)),
  ]);
  const signed = plans.items.filter((p) => p.status === 'signed');
  const plan = signed.find((p) => p.period.from <= year && year <= p.period.to) ?? signed[0];
  if (!plan) {
    throw ApplicationFailure.create({
      type: 'cycle.no_signed_plan', nonRetryable: true,
      message: `${organisationCode} has no signed strategic plan: an operational plan carries out a signed one. Have the Minister sign the strategic plan first.`,
    });
  }
  const signing = authorities.find((a) => a.signs);
  if (!signing) {
    throw ApplicationFailure.create({ type: 'cycle.no_minister', nonRetryable: true, message: `${organisationCode} has no authority that signs its plans; configure its Minister first.` });
  }
  return {
    organisationCode,
    year,
    strategicPlanId: plan.id,
    planTitle: {
      fr: `Plan opérationnel ${year} – ${organisation.name.fr}`,
      nl: `Operationeel plan ${year} – ${organisation.name.nl}`,
    },
    strategicPlanTitle: { fr: plan.title.fr, nl: plan.title.nl },
    committeeRule: { kind: 'all' as const },
    signingAuthorityCode: signing.code,
    reviewingAuthorityCodes: authorities.filter((a) => !a.signs).map((a) => a.code),
    ...(options ? {
      reminderOffsetsDays: options.reminderOffsetsDays,
      ...(options.calendar ? { calendar: options.calendar } : {}),
      ...(options.escalation ? { escalation: options.escalation } : {}),
    } : {}),
  };
}
