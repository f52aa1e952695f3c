import { languageSchema, organisationSettingsSchema, personInputSchema } from '@jalon/contracts';
import { z } from 'zod';

/**
 * The organisation part of a reference plan, and the whole of an organisation file
 * (`npm run load-organisation`): the organisation, its entities, the authorities that supervise it,
 * and optionally its languages, settings and first people. One shape for both, so that an
 * organisation described for the loader is described as the reference describes the SPF Interior.
 */

export const text = z.string().trim().min(1);
export const code = z.string().regex(/^[A-Z0-9_]+$/, 'entity codes are upper-case identifiers');
export const objectiveNumber = z.number().int().positive();
export const bilingual = z.strictObject({ fr: text, nl: text });
/** Names an organisation gives itself and its parts: German where it works in German. */
const names = z.strictObject({ fr: text, nl: text, de: text.optional() });

export const entityKindSchema = z.enum([
  'directorate_general',
  'staff_directorate',
  'service',
  'cell',
  'other',
]);

export const entityRecordSchema = z.strictObject({
  code,
  /** Abbreviation as the plan writes it in owner tags; null when the plan never abbreviates. */
  abbreviation: text.nullable(),
  kind: entityKindSchema,
  /** When `nlVerified` is false the Dutch slot repeats the French name on purpose. */
  name: names,
  nlVerified: z.boolean(),
  parentCode: code.nullable(),
  /** Other spellings found in the plan, used to resolve owner tags and table labels. */
  aliases: z.array(text).optional(),
  /** Hosted or related bodies that the plan does not bind (CGRA, CCE, language commission…). */
  independent: z.boolean().optional(),
  note: text.optional(),
});

export const authorityRecordSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['minister', 'state_secretary']),
  title: names,
  holderName: text,
  /** The plan runs from the signature of the authority that signs; the others review. */
  signs: z.boolean(),
  scope: z.strictObject({
    objectiveNumbers: z.array(objectiveNumber),
    entityCodes: z.array(code),
    budgetEnvelopes: z.array(z.number().int().positive()),
  }),
});

export const organisationRecordsShape = {
  organisation: z.strictObject({
    code: z.string().regex(/^[a-z0-9-]+$/),
    name: names,
    shortName: text,
    president: z.strictObject({ holderName: text, title: bilingual, entityCode: code }),
    /** the languages it works in; French and Dutch when not said */
    languages: z.array(languageSchema).min(1).optional(),
    /** settings other than their defaults, applied when the organisation is created */
    settings: organisationSettingsSchema.partial().optional(),
  }),
  entities: z.array(entityRecordSchema).min(1),
  authorities: z.array(authorityRecordSchema).min(1),
  /** its first people, e.g. its administrator; a person whose e-mail is known already is left as they are */
  people: z.array(personInputSchema).optional(),
};
