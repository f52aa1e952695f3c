import { approvalRuleSchema } from '@jalon/domain';
import { z } from 'zod';
import { localizedTextSchema, languageSchema } from '../common.js';

/** Where objectives owned by "(Tous)" (every entity) are drafted: by each entity's drafter, or by the President's office. */
export const allEntitiesObjectivesGoToSchema = z.enum(['every_entity', 'president_office']);
export type AllEntitiesObjectivesGoTo = z.infer<typeof allEntitiesObjectivesGoToSchema>;

/**
 * What an organisation decides for itself. `emailSignIn`: its people outside the identity provider
 * (a minister's cell, for instance) may sign in with a link e-mailed to them, when the installation
 * allows it at all (the portal's EMAIL_SIGN_IN); off for a new organisation. `committeeRule`: how
 * the management committee decides (every member, a quorum, the first to answer), `reviewDays`:
 * the working days each review step of the strategic plan is given, `allEntitiesObjectivesGoTo`:
 * who drafts the objectives owned by "(Tous)"; each is read when a lifecycle or a year starts.
 */
export const organisationSettingsSchema = z.object({
  emailSignIn: z.boolean(),
  committeeRule: approvalRuleSchema.default({ kind: 'all' }),
  reviewDays: z.int().min(1).max(60).default(10),
  allEntitiesObjectivesGoTo: allEntitiesObjectivesGoToSchema.default('every_entity'),
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

/**
 * A change of settings: the ones named change, the others stay. Only `emailSignIn` is stored in
 * this branch (the others are read with their defaults until they are stored).
 */
export const organisationSettingsChangeSchema = organisationSettingsSchema.pick({ emailSignIn: true }).partial().strict()
  .refine((change) => Object.keys(change).length > 0, { message: 'name at least one setting to change, e.g. { "emailSignIn": true }' });

export const organisationSchema = z.object({ code: z.string(), name: localizedTextSchema, shortName: z.string(), settings: organisationSettingsSchema });
export type Organisation = z.infer<typeof organisationSchema>;

export const entitySchema = z.object({
  code: z.string(),
  abbreviation: z.string().nullable(),
  kind: z.enum(['directorate_general', 'staff_directorate', 'service', 'cell', 'other']),
  name: localizedTextSchema,
  parentCode: z.string().nullable(),
  independent: z.boolean(),
});

export const authorityScopeSchema = z.object({
  objectiveNumbers: z.array(z.number().int()),
  entityCodes: z.array(z.string()),
  budgetEnvelopes: z.array(z.number().int()),
});

export const authoritySchema = z.object({
  code: z.string(),
  kind: z.enum(['minister', 'state_secretary']),
  title: localizedTextSchema,
  holderName: z.string(),
  signs: z.boolean(),
  scope: authorityScopeSchema,
});

/**
 * The roles a person holds in an organisation. `org_admin` manages people, their roles and
 * delegations (and nothing of the plans); every other role is a part in the planning cycle.
 */
export const roleSchema = z.enum(['president_office', 'committee_member', 'drafter', 'minister_cell', 'state_secretary_cell', 'org_admin']);
export type Role = z.infer<typeof roleSchema>;

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  /** the entity a drafter writes for */
  entityCode: z.string().min(1).nullable().default(null),
  /** the authority whose cell the person belongs to */
  authorityCode: z.string().min(1).nullable().default(null),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const personInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  language: languageSchema,
  roles: z.array(roleAssignmentSchema).default([]),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const delegationInputSchema = z.object({
  role: roleSchema,
  deputyId: z.uuid(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  /** which of the person's assignments of `role` is delegated, when they hold it for more than one entity or authority */
  entityCode: z.string().min(1).nullable().optional(),
  authorityCode: z.string().min(1).nullable().optional(),
}).refine((d) => d.endsOn >= d.startsOn, { message: 'must not be before startsOn', path: ['endsOn'] });
export type DelegationInput = z.infer<typeof delegationInputSchema>;

export const personSchema = z.object({
  id: z.string(),
  organisationCode: z.string(),
  name: z.string(),
  email: z.string(),
  language: languageSchema,
  roles: z.array(z.object({
    id: z.string(),
    role: roleSchema,
    entityCode: z.string().nullable(),
    authorityCode: z.string().nullable(),
    delegations: z.array(z.object({ id: z.string(), deputyId: z.string(), startsOn: z.string(), endsOn: z.string() })),
  })),
  revision: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

export const peopleQuerySchema = z.object({
  /** only people who hold this role (directly; delegations are dated, see role-holders) */
  role: roleSchema.optional(),
});

export const roleHoldersQuerySchema = z.object({
  role: roleSchema,
  /** the day in question (Europe/Brussels) */
  on: z.iso.date(),
  entityCode: z.string().min(1).optional(),
  authorityCode: z.string().min(1).optional(),
});
export type RoleHoldersQuery = z.infer<typeof roleHoldersQuerySchema>;

/** Someone who holds a role on a given day, in their own right or as a deputy. */
export const roleHolderSchema = z.object({
  personId: z.string(),
  name: z.string(),
  email: z.string(),
  language: languageSchema,
  role: roleSchema,
  entityCode: z.string().nullable(),
  authorityCode: z.string().nullable(),
  /** set when the role is held through a delegation covering the day */
  asDeputyOf: z.object({
    personId: z.string(),
    name: z.string(),
    delegationId: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
  }).nullable(),
});
export type RoleHolder = z.infer<typeof roleHolderSchema>;
