import { z } from 'zod';
import { languageSchema } from '../common.js';
import { authorityKindSchema, entityKindSchema } from './organisation.js';
import { organisationSettingsChangeSchema } from './organisation-settings.js';
import { organisationTextSchema } from './organisation-text.js';

/** What an organisation administrator sends to build and change an organisation, its entities and authorities. */

const someChange = <T extends z.ZodObject>(schema: T, example: string) =>
  schema.refine((change) => Object.keys(change).length > 0, { message: `name at least one field to change, e.g. ${example}` });

export const organisationCodeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes, e.g. spf-finances');
export const entityCodeSchema = z.string().regex(/^[A-Z0-9_]{1,40}$/, 'upper-case letters, digits and underscores, e.g. DG_TAX')
  .refine((code) => code !== 'ALL', 'ALL is reserved for objectives owned by every entity ("Tous")');
export const authorityCodeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes, e.g. minister-finance');
const shortName = z.string().trim().min(1, 'must not be empty').max(60, 'at most 60 characters');
const languages = z.array(languageSchema).min(1, 'name at least one language').refine((l) => new Set(l).size === l.length, 'name each language once');

export const organisationInputSchema = z.strictObject({
  code: organisationCodeSchema,
  name: organisationTextSchema,
  shortName,
  languages: languages.default(['fr', 'nl']),
  /** settings other than their defaults (see organisationSettingsSchema) */
  settings: organisationSettingsChangeSchema.optional(),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export const organisationChangeSchema = someChange(z.strictObject({ name: organisationTextSchema, shortName, languages }).partial(), '{ "shortName": "Finances" }');
export type OrganisationChange = z.infer<typeof organisationChangeSchema>;

const entityFields = {
  abbreviation: z.string().trim().min(1).max(40).nullable(),
  kind: entityKindSchema,
  name: organisationTextSchema,
  /** the entity it belongs to (a service inside a directorate-general), or none */
  parentCode: entityCodeSchema.nullable(),
  /** a body the organisation hosts but whose work its plans do not bind */
  independent: z.boolean(),
};

export const entityInputSchema = z.strictObject({
  code: entityCodeSchema, ...entityFields,
  abbreviation: entityFields.abbreviation.default(null), parentCode: entityFields.parentCode.default(null), independent: entityFields.independent.default(false),
});
export type EntityInput = z.infer<typeof entityInputSchema>;

export const entityChangeSchema = someChange(z.strictObject(entityFields).partial(), '{ "kind": "service" }');
export type EntityChange = z.infer<typeof entityChangeSchema>;

const numbers = (what: string) => z.array(z.int().min(1)).refine((n) => new Set(n).size === n.length, `name each ${what} once`);

export const authorityScopeInputSchema = z.strictObject({
  /** the strategic objectives it reviews */
  objectiveNumbers: numbers('objective').default([]),
  /** the entities whose work it reviews */
  entityCodes: z.array(entityCodeSchema).refine((c) => new Set(c).size === c.length, 'name each entity once').default([]),
  /** the budget envelopes it answers for */
  budgetEnvelopes: numbers('envelope').default([]),
});

const authorityFields = {
  kind: authorityKindSchema,
  title: organisationTextSchema,
  holderName: z.string().trim().min(1, 'must not be empty').max(200),
  /** the plan runs from this authority's signature; the others review the parts in their scope */
  signs: z.boolean(),
  scope: authorityScopeInputSchema,
};

export const authorityInputSchema = z.strictObject({ code: authorityCodeSchema, ...authorityFields, scope: authorityScopeInputSchema.default({ objectiveNumbers: [], entityCodes: [], budgetEnvelopes: [] }) });
export type AuthorityInput = z.infer<typeof authorityInputSchema>;

export const authorityChangeSchema = someChange(z.strictObject(authorityFields).partial(), '{ "holderName": "…" }');
export type AuthorityChange = z.infer<typeof authorityChangeSchema>;
