import { z } from 'zod';
import { expectedRevisionSchema, uuidParam } from '../common.js';

export const operationalPlanStatusSchema = z.enum(['drafting', 'in_committee', 'under_review', 'validated', 'transmitted', 'closed']);
export type OperationalPlanStatus = z.infer<typeof operationalPlanStatusSchema>;

export const operationalObjectiveInputSchema = z.object({
  code: z.string().trim().min(1).max(40),
  strategicObjectiveNumber: z.number().int().min(1),
  statement: z.string().trim().min(1).max(2000),
  indicator: z.string().trim().min(1).max(1000),
  target: z.string().trim().min(1).max(1000),
  ownerEntityCode: z.string().trim().min(1),
  means: z.string().trim().min(1).max(4000),
  deadline: z.iso.date(),
});

/** Adding an objective changes the plan, so it names the plan's revision. */
export const operationalObjectiveCreateSchema = operationalObjectiveInputSchema.extend({
  expectedRevision: expectedRevisionSchema,
});
export type OperationalObjectiveCreate = z.infer<typeof operationalObjectiveCreateSchema>;

const patchableObjectiveFields = ['strategicObjectiveNumber', 'statement', 'indicator', 'target', 'ownerEntityCode', 'means', 'deadline'] as const;

/** Names the objective's own revision. */
export const operationalObjectivePatchSchema = operationalObjectiveInputSchema.omit({ code: true }).partial().extend({
  expectedRevision: expectedRevisionSchema,
}).refine((p) => patchableObjectiveFields.some((f) => p[f] !== undefined), {
  message: `name at least one of ${patchableObjectiveFields.join(', ')} to change`,
  path: ['statement'],
});
export type OperationalObjectivePatch = z.infer<typeof operationalObjectivePatchSchema>;

export const operationalObjectiveSchema = operationalObjectiveInputSchema.extend({
  revision: z.number().int(),
  /** what was achieved, recorded once the plan is in force; not part of a frozen version */
  result: z.string().nullable(),
  /** the result of the objective this one was carried over from (rule 6: builds on the previous year's results) */
  previousResult: z.string().nullable(),
  /** the plan year and code of the objective this one was carried over from */
  carriedFrom: z.object({ year: z.number().int(), code: z.string() }).nullable(),
});
export type OperationalObjective = z.infer<typeof operationalObjectiveSchema>;

/** Records (or clears, null) what an objective achieved; names the objective's revision. */
export const objectiveResultSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  result: z.string().trim().min(1).max(4000).nullable(),
});
export type ObjectiveResult = z.infer<typeof objectiveResultSchema>;

export const partySchema = z.enum(['spf', 'minister_cell', 'state_secretary_cell']);
export type Party = z.infer<typeof partySchema>;

export const projectInputSchema = z.object({
  /** chosen by the caller to make the request idempotent: the same id and content again returns the project */
  id: uuidParam.optional(),
  title: z.string().trim().min(1).max(500),
  ownerEntityCode: z.string().trim().min(1),
  requestedByParty: partySchema,
  reason: z.string().trim().min(1).max(4000),
  requestedOn: z.iso.date(),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;
export const projectWithdrawalSchema = projectInputSchema.pick({ requestedByParty: true, reason: true, requestedOn: true });
export type ProjectWithdrawal = z.infer<typeof projectWithdrawalSchema>;

export const projectSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerEntityCode: z.string(),
  status: z.enum(['active', 'withdrawn']),
  /** within the plan's year; null for a project added at a party's request without one */
  deadline: z.string().nullable(),
  /** the code of the plan's operational objective the project serves; null when it names none */
  objectiveCode: z.string().nullable(),
  revision: z.number().int(),
  history: z.array(z.object({
    action: z.enum(['add', 'withdraw']),
    requestedByParty: partySchema,
    requestedBy: z.string(),
    reason: z.string(),
    requestedOn: z.string(),
    recordedAt: z.string(),
  })),
});
export type Project = z.infer<typeof projectSchema>;

/**
 * A project drafted with the plan (rule 6: the plan sets the deadlines of projects): its title, the
 * operational objective it serves, its deadline within the year, its owner entity. Written while
 * the plan is in drafting, by the drafter of that entity or the President's office.
 */
export const draftedProjectInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  objectiveCode: z.string().trim().min(1).max(40),
  deadline: z.iso.date(),
  ownerEntityCode: z.string().trim().min(1),
});
/** Adding a project changes the plan, so it names the plan's revision. */
export const draftedProjectCreateSchema = draftedProjectInputSchema.extend({ expectedRevision: expectedRevisionSchema });
export type DraftedProjectCreate = z.infer<typeof draftedProjectCreateSchema>;

const patchableProjectFields = ['title', 'objectiveCode', 'deadline'] as const;
/** Names the project's own revision; the owner entity stays (a project moves by being removed and added). */
export const draftedProjectPatchSchema = draftedProjectInputSchema.pick({ title: true, objectiveCode: true, deadline: true }).partial().extend({
  expectedRevision: expectedRevisionSchema,
}).refine((p) => patchableProjectFields.some((f) => p[f] !== undefined), {
  message: `name at least one of ${patchableProjectFields.join(', ')} to change`,
  path: ['title'],
});
export type DraftedProjectPatch = z.infer<typeof draftedProjectPatchSchema>;
/** Removing a drafted project names its revision (in the query: a DELETE has no body). */
export const draftedProjectRemovalSchema = z.object({ expectedRevision: z.coerce.number().int().min(1) });
export type DraftedProjectRemoval = z.infer<typeof draftedProjectRemovalSchema>;

export const operationalPlanInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  strategicPlanId: z.uuid(),
});

/** A plan without its objectives and projects, as lists show it. */
export const operationalPlanSummarySchema = z.object({
  id: z.string(),
  organisationCode: z.string(),
  strategicPlanId: z.string(),
  year: z.number().int(),
  status: operationalPlanStatusSchema,
  /** null while the state runs on provisional twelfths */
  budgetAdoptedOn: z.string().nullable(),
  /** one calendar month after the adoption (Europe/Brussels); null until it is recorded */
  dueDate: z.string().nullable(),
  awaitingBudgetAdoption: z.boolean(),
  inForce: z.object({ from: z.string(), to: z.string() }),
  transmittedAt: z.string().nullable(),
  transmittedVersion: z.number().int().nullable(),
  revision: z.number().int(),
});
export type OperationalPlanSummary = z.infer<typeof operationalPlanSummarySchema>;

export const operationalPlanSchema = operationalPlanSummarySchema.extend({
  objectives: z.array(operationalObjectiveSchema),
  projects: z.array(projectSchema),
});
export type OperationalPlan = z.infer<typeof operationalPlanSchema>;

export const budgetAdoptionSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  /** the date of the Chamber's vote; null withdraws a wrongly recorded one */
  budgetAdoptedOn: z.iso.date().nullable(),
});
export type BudgetAdoption = z.infer<typeof budgetAdoptionSchema>;

export const operationalStatusChangeSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  status: operationalPlanStatusSchema,
  /** with status `transmitted`: the frozen version sent */
  version: z.number().int().min(1).optional(),
});
export type OperationalStatusChange = z.infer<typeof operationalStatusChangeSchema>;

/** Starts a draft from an earlier year's plan; names the (target) plan's revision. */
export const carryOverSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  /** an operational plan of the same organisation and an earlier year */
  fromPlanId: uuidParam,
});
export type CarryOver = z.infer<typeof carryOverSchema>;

export const carryOverResultSchema = z.object({
  plan: operationalPlanSchema,
  /** codes of the objectives copied by this call (none when they were all copied before) */
  copied: z.array(z.string()),
  /** objectives of the earlier plan that could not be copied, and why */
  skipped: z.array(z.object({ code: z.string(), reason: z.string() })),
});
export type CarryOverResult = z.infer<typeof carryOverResultSchema>;
