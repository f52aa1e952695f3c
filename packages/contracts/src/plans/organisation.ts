import { approvalRuleSchema } from '@jalon/domain';
import { z } from 'zod';
import { languageSchema } from '../common.js';
import { organisationSettingsSchema } from './organisation-settings.js';
import { organisationTextSchema } from './organisation-text.js';

export * from './organisation-settings.js';
export * from './organisation-text.js';

export const organisationSchema = z.object({
  code: z.string(),
  name: organisationTextSchema,
  shortName: z.string(),
  /** the languages the organisation works in, its first the one it writes in by default */
  languages: z.array(languageSchema),
  settings: organisationSettingsSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const entityKindSchema = z.enum(['directorate_general', 'staff_directorate', 'service', 'cell', 'other']);

export const entitySchema = z.object({
  code: z.string(),
  abbreviation: z.string().nullable(),
  kind: entityKindSchema,
  name: organisationTextSchema,
  parentCode: z.string().nullable(),
  independent: z.boolean(),
});

export const authorityScopeSchema = z.object({
  objectiveNumbers: z.array(z.number().int()),
  entityCodes: z.array(z.string()),
  budgetEnvelopes: z.array(z.number().int()),
});

export const authorityKindSchema = z.enum(['minister', 'state_secretary']);

export const authoritySchema = z.object({
  code: z.string(),
  kind: authorityKindSchema,
  title: organisationTextSchema,
  holderName: z.string(),
  signs: z.boolean(),
  scope: authorityScopeSchema,
});

/**
 * The roles a person holds in an organisation. `org_admin` manages people, their roles and
 * delegations (and nothing of the plans); every other role is a part in the planning cycle.
 */
/**
 * `communicator`: carries the communication plan (7.3) with the President's office (the reference names
 * "la Cellule Corporate et le service Infocom"): publishes the signed and transmitted versions.
 */
export const roleSchema = z.enum(['president_office', 'committee_member', 'drafter', 'minister_cell', 'state_secretary_cell', 'org_admin', 'communicator']);
export type Role = z.infer<typeof roleSchema>;
/** Who carries the communication plan (7.3) and so publishes the signed and transmitted versions. */
export const publisherRoles: readonly Role[] = ['president_office', 'communicator'];

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
