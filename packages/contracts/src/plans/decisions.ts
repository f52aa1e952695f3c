import { z } from 'zod';
import { localizedTextSchema, uuidParam } from '../common.js';
import { roleSchema } from './organisation.js';
import { planKindSchema } from './versions.js';

/**
 * The decision record: every decision of an approval round and every act a person carries out
 * through a workflow, written by the workflows to the plans service as it is accepted. It outlives
 * Temporal's retention: pages and the API read who decided what from here.
 */

/** How the person acted: through the personal link of an e-mail, or signed in (pages, API). */
export const decisionChannelSchema = z.enum(['link', 'session']);
export type DecisionChannel = z.infer<typeof decisionChannelSchema>;

/** What was done: a round's decision, or a human act a cycle's workflow accepted. */
export const decisionActSchema = z.enum([
  'round_decision', 'plan_submitted', 'signature', 'budget_adoption', 'drafting_closed',
  'problem_raised', 'consultation_outcome', 'project_added', 'project_withdrawn',
]);
export type DecisionAct = z.infer<typeof decisionActSchema>;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hexadecimal');

/** One item decided in the act: the plan, an objective, a project, a problem… */
export const decidedItemSchema = z.object({
  item: z.string().min(1).max(200),
  /** approve, request_changes, done; recorded, withdrawn, signed, submitted, closed, raised, added… */
  outcome: z.string().min(1).max(60),
  comment: z.string().max(10_000).nullable(),
  /**
   * The objectives a comment on the whole plan concerns (numbers of a strategic plan, codes of an
   * operational one), each in the version decided on; optional, so older writers stay valid.
   */
  objectives: z.array(z.string().min(1).max(50)).max(200).optional(),
});
export type DecidedItem = z.infer<typeof decidedItemSchema>;

/** What the worker writes for one accepted act (a person's whole answer in a round is one act). */
export const decisionRecordInputSchema = z.object({
  /** the act's business key (workflow, round, person, version or update id): a retried write is a no-op */
  idempotencyKey: z.string().min(1).max(500),
  act: decisionActSchema,
  planKind: planKindSchema,
  planId: uuidParam,
  personId: z.string().min(1).max(200),
  /** the role the person acted in, when the act needs one */
  role: roleSchema.nullable(),
  /** the person whose role a deputy held that day (delegation), or null */
  onBehalfOf: z.string().min(1).max(200).nullable(),
  version: z.number().int().min(1).nullable(),
  sha256: sha256Schema.nullable(),
  /** Temporal's time of the act (workflow time), not the time it was written */
  actedAt: z.iso.datetime({ offset: true }),
  channel: decisionChannelSchema,
  workflowId: z.string().min(1).max(500),
  roundId: z.string().min(1).max(500).nullable(),
  step: z.string().min(1).max(100),
  stepName: localizedTextSchema.nullable(),
  items: z.array(decidedItemSchema).min(1).max(200),
  /** what else the act carried (an adoption date, a project's title…) */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type DecisionRecordInput = z.infer<typeof decisionRecordInputSchema>;

/** One item of one recorded act, as the record keeps it. */
export const decisionRecordSchema = decisionRecordInputSchema.omit({ items: true, idempotencyKey: true }).extend({
  id: z.number().int(),
  organisationCode: z.string(),
  /** the person's name today, when they are a registered person */
  personName: z.string().nullable(),
  item: z.string(),
  outcome: z.string(),
  comment: z.string().nullable(),
  /** the objectives the comment concerns; empty when it concerns the item as a whole */
  objectives: z.array(z.string()),
  recordedAt: z.string(),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

export const decisionRecordResultSchema = z.object({
  /** false when the act was already recorded: the first record is returned */
  created: z.boolean(),
  records: z.array(decisionRecordSchema),
});

/**
 * Where a recorded comment belongs: beside each objective its author named, or beside its item.
 * A record read without the field (written before it existed, or built by hand) names none.
 */
export const itemsConcerned = (record: Pick<DecisionRecord, 'item'> & { objectives?: readonly string[] | undefined }): string[] =>
  record.objectives && record.objectives.length > 0 ? [...record.objectives] : [record.item];
