import { z } from 'zod';
import { bilingual, code, objectiveNumber, organisationRecordsShape, text } from './organisation.records.js';

export { entityKindSchema } from './organisation.records.js';
import { chaptersSchema } from './reference-plan.chapters.schema.js';
import { budgetSchema, staffSchema } from './reference-plan.figures.schema.js';

/**
 * Shape of a reference strategic plan: the organisation, its entities, the authorities that
 * supervise it and the content of one strategic plan. The SPF Interior 2022–2024 plan is the
 * first instance; another federal public service must fit the same shape, so plan-specific
 * counts (5 priorities, 22 objectives, 12 risk domains) are asserted by tests, not here.
 * The schema only enforces what any plan needs: well-formed records and references that resolve.
 */

/**
 * Owner tag "(Tous)" in the plan means every entity. It is stored as this literal rather than
 * expanded to the entity list, so that the fixture stays faithful to the text and an entity
 * added later is still covered.
 */
export const ALL_ENTITIES = 'ALL' as const;

const year = z.number().int().min(1990).max(2100);
const ownerCode = z.union([code, z.literal(ALL_ENTITIES)]);

const frOnly = z.strictObject({ fr: text });

const strategicPlanSchema = z.strictObject({
  period: z.strictObject({ from: year, to: year }),
  title: bilingual,
  validity: z.strictObject({
    startsAt: z.enum(['minister_signature']),
    duration: z.enum(['legislature']),
    text,
  }),
  replaces: z.strictObject({
    kind: z.enum(['administration_contract']),
    /** Year and month only: the source gives no day. */
    date: z.string().regex(/^\d{4}-\d{2}$/),
    description: text,
    text,
  }),
  prioritiesIntro: text,
  transversalObjectives: z.strictObject({
    status: z.enum(['pending_addendum', 'defined']),
    coordinator: text,
    text,
  }),
});

const prioritySchema = z.strictObject({
  number: z.number().int().positive(),
  title: text,
  text,
});

const ambitionSchema = z.strictObject({
  text,
  /** Tags exactly as written, e.g. ['DGSP'], ['Tous'], ['DGIAC', 'DGISD', 'NCCN']. */
  ownerTags: z.array(text).min(1),
  /** The tag prefix verbatim, which keeps nuances such as "(Tous) en particulier (DGISD)". */
  ownerTagsRaw: text,
  /** Resolved codes; "Tous" resolves to ALL_ENTITIES. */
  ownerEntityCodes: z.array(ownerCode).min(1),
});

const objectiveSectionSchema = z.strictObject({
  title: text,
  ownerTags: z.array(text).min(1),
  ownerEntityCodes: z.array(ownerCode).min(1),
  text,
});

export const objectiveDomainSchema = z.enum([
  'security',
  'registration_identification',
  'elections',
  'foreigners',
]);

const objectiveSchema = z.strictObject({
  number: objectiveNumber,
  title: text,
  /** Paragraphs separated by a blank line; list items on their own line starting with "- ". */
  text,
  category: z.enum(['governance', 'core_mission']),
  domain: objectiveDomainSchema.nullable(),
  /** Owner tags stated at objective level (core-mission objectives only). */
  ownerTags: z.array(text).optional(),
  ownerEntityCodes: z.array(ownerCode).min(1),
  /**
   * Governance objectives name owners only per ambition; their objective-level owners are the
   * union of the ambition owners, and this flag keeps that derivation visible.
   */
  ownersSource: z.enum(['stated', 'derived_from_ambitions']),
  ambitions: z.array(ambitionSchema),
  /** Sub-headings that carry their own owners (objective 16). */
  sections: z.array(objectiveSectionSchema).optional(),
  note: text.optional(),
});

const missionDomainSchema = z.strictObject({
  code: objectiveDomainSchema,
  number: z.number().int().positive(),
  title: text,
  objectiveNumbers: z.array(objectiveNumber).min(1),
});

const numberedItemSchema = z.strictObject({ number: z.number().int().positive(), text });

const swotSchema = z.strictObject({
  strengths: z.array(numberedItemSchema),
  weaknesses: z.array(numberedItemSchema),
  opportunities: z.array(numberedItemSchema),
  threats: z.array(numberedItemSchema),
});

const riskDomainSchema = z.strictObject({
  number: z.number().int().positive(),
  title: text,
  /** Wording of annex 2; the parallel *Numbers arrays point into the SWOT of 3.3. */
  weaknesses: z.array(text).optional(),
  weaknessNumbers: z.array(z.number().int().positive()).optional(),
  threats: z.array(text).optional(),
  threatNumbers: z.array(z.number().int().positive()).optional(),
  objectiveNumbers: z.array(objectiveNumber).min(1),
  /** Free text found in the objectives column of annex 2. */
  objectivesNote: text.optional(),
});

export const communicationChannelSchema = z.enum(['email', 'intranet', 'meeting', 'website']);

const communicationItemSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]+$/),
  audience: z.enum(['internal', 'political', 'unions', 'finance_inspectorate', 'external']),
  /** Value of the "Cible" column as written. */
  audienceRaw: text,
  targetGroup: frOnly,
  /** The source leaves some dates as the placeholder "**-**-****". */
  when: z.enum(['after_signature', 'date_to_be_set']),
  whenRaw: text,
  messageKind: z.enum(['main', 'secondary']).nullable(),
  message: text,
  channels: z.array(communicationChannelSchema).min(1),
  channelText: text,
  material: text,
  note: text.optional(),
});

const communicationPlanSchema = z.strictObject({
  carriedBy: z.strictObject({ text, entityCodes: z.array(code) }),
  items: z.array(communicationItemSchema).min(1),
});

/** A reference plan's records, before their cross-references are checked (reference-plan.references.ts). */
export const baseSchema = z.strictObject({
  source: z.strictObject({ document: text, language: z.literal('fr'), notes: z.array(text) }),
  ...organisationRecordsShape,
  strategicPlan: strategicPlanSchema,
  chapters: chaptersSchema,
  priorities: z.array(prioritySchema).min(1),
  objectives: z.array(objectiveSchema).min(1),
  domains: z.array(missionDomainSchema),
  swot: swotSchema,
  riskDomains: z.array(riskDomainSchema),
  staff: staffSchema,
  budget: budgetSchema,
  communicationPlan: communicationPlanSchema,
});

export type BasePlan = z.infer<typeof baseSchema>;
