import { z } from 'zod';
import { languageSchema } from './common.js';
import { readerTextSchema } from './notifications.js';
import { roleSchema } from './plans/organisation.js';

/*
 * The HTTP contract of the portal's decision links: the approval round's activities ask the portal
 * for one personal link per member, put it in the e-mail, and the member decides on the page it opens.
 */

const shortText = z.string().trim().min(1).max(200);

/** Something the person decides on: 'plan' for a whole plan, an objective number in a scoped review. */
export const linkItemSchema = z.object({
  key: z.string().trim().min(1).max(100),
  title: readerTextSchema,
});
export type LinkItem = z.infer<typeof linkItemSchema>;

/** An objective the page lists as in scope, e.g. { code: '21', title: … }. */
export const linkObjectiveSchema = z.object({
  code: z.string().trim().min(1).max(50),
  title: readerTextSchema,
});

/**
 * What the page shows around the form. It is copied at issue time and shown as it is: the portal
 * does not read the plans service when a link is opened, so the page shows exactly what was sent.
 */
export const linkSummarySchema = z.object({
  planTitle: readerTextSchema,
  stepTitle: readerTextSchema,
  /** the objectives in this person's scope (all of them for the committee) */
  objectives: z.array(linkObjectiveSchema).max(500).default([]),
  /** what changed since the version this person reviewed last; null on their first review */
  changesSinceLastReview: z.object({
    sinceVersion: z.number().int().min(1),
    changes: z.array(readerTextSchema).max(500),
  }).nullable().default(null),
  /** when the step is due, shown on the page: a calendar date or an instant with its offset */
  due: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  /** 'task': a step that is done rather than approved (drafting, consolidation); the page offers "done" */
  mode: z.enum(['review', 'task']).optional(),
});
export type LinkSummary = z.infer<typeof linkSummarySchema>;

export const issueLinkRequestSchema = z.object({
  /** the round's business id; with the person and the version it names the link */
  roundId: shortText.max(500),
  /** the round workflow's id, where the decision is sent */
  workflowId: shortText.max(500),
  step: shortText,
  person: z.object({
    id: shortText,
    name: shortText,
    /** the language of every page this person sees */
    language: languageSchema,
  }),
  planId: shortText,
  planVersion: z.number().int().min(1),
  planSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex'),
  items: z.array(linkItemSchema).min(1).max(100)
    .refine((items) => new Set(items.map((i) => i.key)).size === items.length, 'item keys must be unique'),
  summary: linkSummarySchema,
  /**
   * The earliest the link may expire. The portal keeps it open at least until then and while its
   * round is open, up to a year after its last e-mail: closing the round is what ends a link.
   */
  expiresAt: z.iso.datetime({ offset: true }),
  /**
   * The idempotency key of the e-mail the link goes in. The same key always gives the same token
   * (derived, never stored), so a retried activity puts a working link in the e-mail the outbox
   * kept; each e-mail of the round (request, reminders) has a token of its own, all valid until the
   * round closes. Without it, each issue adds a fresh random token.
   */
  issueKey: z.string().trim().min(1).max(500).optional(),
  /**
   * The roles, in this organisation, that entitle the person to decide with this link. Checked with
   * the plans service when the link is opened and on the day the decision is made: a person who no
   * longer holds any of them (role removed, delegation ended) finds the link superseded.
   */
  holder: z.object({ organisationCode: shortText, roles: z.array(roleSchema).min(1).max(6) }).optional(),
});
export type IssueLinkRequest = z.infer<typeof issueLinkRequestSchema>;

export const issuedLinkSchema = z.object({
  /** the personal link for the e-mail; it is returned once and stored nowhere */
  url: z.url(),
  linkId: z.uuid(),
  expiresAt: z.string(),
});
export type IssuedLink = z.infer<typeof issuedLinkSchema>;

/** 409 from POST /links: the link was already used, or a newer version's link exists. */
export const linkConflictSchema = z.object({
  statusCode: z.literal(409),
  error: z.string(),
  message: z.string(),
  state: z.enum(['used', 'superseded']),
});

/**
 * The most links one POST /links/batch issues: a cycle's drafting round (11 e-mails for the reference
 * organisation, one per drafter) fits in one call; larger rounds are sent in several.
 */
export const LINK_BATCH_MAX = 50;

/**
 * POST /links/batch: the links of many e-mails in one call and one transaction, each issued as
 * POST /links would. Each names its e-mail (issueKey): a retried batch gets the same tokens back.
 */
export const issueLinksRequestSchema = z.object({
  links: z.array(issueLinkRequestSchema.required({ issueKey: true })).min(1).max(LINK_BATCH_MAX),
});
export type IssueLinksRequest = z.infer<typeof issueLinksRequestSchema>;

/** Why no link is issued, as POST /links answers with 409 and POST /links/batch reports it in the link's place. */
export const linkConflictReasonSchema = linkConflictSchema.pick({ message: true, state: true }).extend({
  /** link.used, link.superseded (a newer version's link exists) or link.role_ended */
  code: z.string(),
});
export type LinkConflictReason = z.infer<typeof linkConflictReasonSchema>;

/** What became of each link of a batch, in the request's order: issued, or refused as POST /links answers 409. */
export const issuedLinksSchema = z.object({
  results: z.array(z.discriminatedUnion('outcome', [
    issuedLinkSchema.extend({ outcome: z.literal('issued') }),
    linkConflictReasonSchema.extend({ outcome: z.literal('conflict') }),
  ])),
});
export type IssuedLinks = z.infer<typeof issuedLinksSchema>;
