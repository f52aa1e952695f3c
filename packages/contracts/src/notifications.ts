import { z } from 'zod';
import { MAX_DAYS_LATE } from '@jalon/domain';
import { languageSchema, uuidParam } from './common.js';
import { attachmentsSchema } from './notification-attachments.js';

/*
 * The HTTP contract of the notifications service. Template parameters live here, not in the service,
 * so that the activities that queue e-mails are type-checked against what the templates need.
 */

/**
 * A text the reader should see in their own language. A plain string is shown as it is to every
 * reader (a name, or a text that exists in one language only, such as the reference plan's French).
 */
const localized = (max: number) => z.union([
  z.string().trim().min(1).max(max),
  z.object({
    fr: z.string().trim().min(1).max(max),
    nl: z.string().trim().min(1).max(max),
    de: z.string().trim().min(1).max(max).optional(),
    en: z.string().trim().min(1).max(max).optional(),
  }),
]);
export const readerTextSchema = localized(2000);
export type ReaderText = z.infer<typeof readerTextSchema>;

/**
 * A deadline: a calendar date (YYYY-MM-DD, as the domain computes due dates) is shown as a date;
 * an instant with its offset is shown as a date and time in Brussels.
 */
export const deadlineSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const link = z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).max(2000);
const summary = z.string().trim().min(1).max(4000);
/** the calendar year of an operational plan: it is in force from 1 January to 31 December of that year */
const year = z.number().int().min(2000).max(2100);
const personName = z.string().trim().min(1).max(200);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash: 64 lower-case hexadecimal digits');

export const reviewRequestParamsSchema = z.object({
  planTitle: readerTextSchema,
  stepName: readerTextSchema,
  /**
   * Absent while the budget is not adopted (provisional twelfths): the deadline counts from the
   * Chamber's vote, and the e-mail says so rather than invent a date.
   */
  due: deadlineSchema.optional(),
  /** the reader's personal link to the step; it signs them in, so it is not shared */
  link,
  /** what changed since the version the reader saw last; absent on a first round */
  changesSummary: summary.optional(),
});

/** calendar days past the deadline; the domain bounds it, as it bounds the dates people record */
const daysLateSchema = z.number().int().min(1).max(MAX_DAYS_LATE);

export const reminderParamsSchema = z.object({
  planTitle: readerTextSchema,
  stepName: readerTextSchema,
  due: deadlineSchema,
  /** set once the deadline has passed (a late member reminded with an escalation), by the workflow's clock */
  daysLate: daysLateSchema.optional(),
  link,
});

export const escalationParamsSchema = z.object({
  planTitle: readerTextSchema,
  stepName: readerTextSchema,
  /** who holds the late step: people or entities by name, or a body (the committee, whoever consolidates) in each language */
  holderName: localized(200),
  due: deadlineSchema,
  daysLate: daysLateSchema,
  link: link.optional(),
});

/** An owner entity asked for its progress at a checkpoint, or for its year-end results; each objective with what to measure. */
export const progressRequestParamsSchema = z.object({
  planTitle: readerTextSchema,
  stepName: readerTextSchema,
  /** 'checkpoint': indicator value, status and comment; 'year_end': the year's result, its status and an explanation */
  moment: z.enum(['checkpoint', 'year_end']),
  objectives: z.array(z.object({ code: z.string().trim().min(1).max(50), statement: readerTextSchema, indicator: readerTextSchema, target: readerTextSchema }))
    .min(1).max(200),
  due: deadlineSchema,
  link,
});

export const communicationParamsSchema = z.object({
  planTitle: readerTextSchema,
  /** the target group of the plan's communication plan, e.g. "staff", "middle management" */
  targetGroup: readerTextSchema,
  /** the message of the communication plan; blank lines separate paragraphs */
  message: localized(20_000),
  link: link.optional(),
});

/*
 * The operational plan's e-mails. Their planTitle is the signed strategic plan the operational plan
 * implements; the operational plan itself is named by its year.
 */

export const draftingTaskParamsSchema = z.object({
  planTitle: readerTextSchema,
  /** the drafting entity whose objectives are asked for, e.g. "DGSP", "Office des Étrangers" */
  entityName: readerTextSchema,
  year,
  /** absent while the budget is not adopted, as in review_request */
  due: deadlineSchema.optional(),
  /** the reader's personal link to the task; it signs them in, so it is not shared */
  link,
  /** the strategic objectives the entity owns: each operational objective is linked to one of them */
  strategicObjectives: z.array(z.object({
    number: z.number().int().min(1),
    title: readerTextSchema,
  })).max(100).default([]),
});

export const problemRaisedParamsSchema = z.object({
  planTitle: readerTextSchema,
  year,
  /** who found the problem */
  raisedBy: personName,
  /** shown as written, line breaks kept */
  description: summary,
  raisedAt: deadlineSchema,
  link: link.optional(),
});

export const planTransmittedParamsSchema = z.object({
  planTitle: readerTextSchema,
  year,
  /** the version sent; with its hash, the reader can tell which document they were given */
  version: z.number().int().min(1),
  sha256,
  inForce: z.object({ from: z.iso.date(), to: z.iso.date() })
    // ISO dates compare as strings.
    .refine((p) => p.from <= p.to, { path: ['to'], message: 'must not be before from' }),
  /** 'whole' to the Minister, for information; 'competence' to an authority that receives only its part */
  scope: z.enum(['whole', 'competence']),
  /** the operational objectives sent; for 'competence', those within the reader's competence */
  objectives: z.array(z.object({
    code: z.string().trim().min(1).max(50),
    title: readerTextSchema,
  })).max(500).default([]),
  link: link.optional(),
  /**
   * The plan's PDF, attached to the e-mail: its file name and SHA-256 (the version's pdfSha256), and
   * the public page where the organisation publishes it with its canonical JSON. Absent from e-mails
   * queued before the PDF was attached.
   */
  document: z.object({
    fileName: z.string().trim().min(1).max(200),
    pdfSha256: sha256,
    publicationUrl: link,
  }).optional(),
}).refine((p) => p.scope === 'whole' || p.objectives.length > 0, {
  // A part without its objectives would not tell the reader what they were sent.
  path: ['objectives'], message: 'list the objectives of the part sent',
});

/** Either party may ask for a project to be added to or withdrawn from an operational plan. */
export const projectChangeRequesterSchema = z.enum(['spf', 'minister_cell', 'state_secretary_cell']);
export type ProjectChangeRequester = z.infer<typeof projectChangeRequesterSchema>;

export const projectChangedParamsSchema = z.object({
  planTitle: readerTextSchema,
  year,
  action: z.enum(['add', 'withdraw']),
  projectTitle: z.string().trim().min(1).max(500),
  ownerEntity: readerTextSchema,
  requestedByParty: projectChangeRequesterSchema,
  reason: summary,
  requestedOn: z.iso.date(),
  link: link.optional(),
});

/*
 * Signing in: Jalon has no passwords; a reader asks for a link by e-mail and follows it to sign in.
 */

export const signInParamsSchema = z.object({
  /** the one-time sign-in link; it signs the reader in, so it is not shared */
  link,
  /** when the link stops working; shown as a date and time in Brussels */
  expiresAt: z.iso.datetime({ offset: true }),
  /** when the link was asked for, so the reader can tell whether it was them */
  requestedAt: z.iso.datetime({ offset: true }),
});

export const deliveryFailedParamsSchema = z.object({
  notificationId: z.uuid(),
  messageId: z.string().min(1),
  kind: z.string().min(1),
  subject: z.string(),
  recipientEmail: z.string().min(1),
  recipientName: z.string().min(1),
  /** the mail server's answer, e.g. "550 5.1.1 mailbox unavailable" */
  smtpResponse: z.string().min(1),
  attempts: z.number().int().min(1),
  failedAt: z.iso.datetime({ offset: true }),
});

export const templateNameSchema = z.enum([
  'review_request', 'reminder', 'escalation', 'communication', 'delivery_failed',
  'drafting_task', 'problem_raised', 'plan_transmitted', 'project_changed', 'sign_in', 'progress_request',
]);
export type TemplateName = z.infer<typeof templateNameSchema>;

export const templateParamsSchemas = {
  review_request: reviewRequestParamsSchema,
  reminder: reminderParamsSchema,
  escalation: escalationParamsSchema,
  communication: communicationParamsSchema,
  delivery_failed: deliveryFailedParamsSchema,
  drafting_task: draftingTaskParamsSchema,
  problem_raised: problemRaisedParamsSchema,
  plan_transmitted: planTransmittedParamsSchema,
  project_changed: projectChangedParamsSchema,
  sign_in: signInParamsSchema,
  progress_request: progressRequestParamsSchema,
} as const satisfies Record<TemplateName, z.ZodType>;
export type TemplateParams<T extends TemplateName> = z.infer<(typeof templateParamsSchemas)[T]>;

export const recipientSchema = z.object({
  email: z.email({ message: 'must be an e-mail address' }).max(320),
  name: z.string().trim().min(1).max(200).refine((n) => !/[\r\n]/.test(n), 'must be on one line'),
  /** the reader's language: every e-mail is written in it, never in the sender's */
  language: languageSchema,
});
export type Recipient = z.infer<typeof recipientSchema>;

const requestBase = {
  /**
   * One e-mail per key, ever: `${workflowId}:${step}:${recipient}:${kind}`. A retried activity sends
   * the same key and gets the first request's notification back. Keys belong to the calling service:
   * another service's request with the same key is another e-mail, so no caller can pre-empt one.
   */
  idempotencyKey: z.string().trim().min(1).max(500),
  /** what the e-mail is for within its step, e.g. review_request, reminder-2; part of the key */
  kind: z.string().trim().min(1).max(100).regex(/^[a-z0-9][a-z0-9_.:-]*$/, 'use lower-case letters, digits and _ . : -'),
  recipient: recipientSchema,
  /** files the e-mail carries, kept sealed with its body in the outbox */
  attachments: attachmentsSchema.optional(),
};

/**
 * The template decides which params are required; a mismatch is reported at body.params.<field>.
 * Every link in the params must point under the portal's public address (PUBLIC_BASE_URL).
 */
export const notificationRequestSchema = z.discriminatedUnion('template', [
  z.object({ ...requestBase, template: z.literal('review_request'), params: reviewRequestParamsSchema }),
  z.object({ ...requestBase, template: z.literal('reminder'), params: reminderParamsSchema }),
  z.object({ ...requestBase, template: z.literal('escalation'), params: escalationParamsSchema }),
  z.object({ ...requestBase, template: z.literal('communication'), params: communicationParamsSchema }),
  z.object({ ...requestBase, template: z.literal('delivery_failed'), params: deliveryFailedParamsSchema }),
  z.object({ ...requestBase, template: z.literal('drafting_task'), params: draftingTaskParamsSchema }),
  z.object({ ...requestBase, template: z.literal('problem_raised'), params: problemRaisedParamsSchema }),
  z.object({ ...requestBase, template: z.literal('plan_transmitted'), params: planTransmittedParamsSchema }),
  z.object({ ...requestBase, template: z.literal('project_changed'), params: projectChangedParamsSchema }),
  z.object({ ...requestBase, template: z.literal('sign_in'), params: signInParamsSchema }),
  z.object({ ...requestBase, template: z.literal('progress_request'), params: progressRequestParamsSchema }),
]);
export type NotificationRequest = z.infer<typeof notificationRequestSchema>;

/** The most e-mails one POST /notifications/batch queues (a cycle's drafting e-mails, in one call). */
export const NOTIFICATION_BATCH_MAX = 50;

/**
 * POST /notifications/batch: many e-mails queued in one call and one statement, each as
 * POST /notifications would, with its own idempotency key. No attachments: a batch is for the
 * e-mails that carry a link, and stays under the service's ordinary body limit.
 */
export const notificationBatchRequestSchema = z.object({
  notifications: z.array(notificationRequestSchema.refine((n) => n.attachments === undefined, {
    message: 'a batch carries no attachments; send an e-mail with attachments alone (POST /notifications)', path: ['attachments'],
  })).min(1).max(NOTIFICATION_BATCH_MAX),
});
export type NotificationBatchRequest = z.infer<typeof notificationBatchRequestSchema>;
