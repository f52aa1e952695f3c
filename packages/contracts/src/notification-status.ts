import { z } from 'zod';
import { uuidParam } from './common.js';
import { recipientSchema, templateNameSchema } from './notifications.js';

/* The notifications service's answers about e-mails it queued: their delivery status, and how to ask for them. */

export const notificationStatusSchema = z.enum(['pending', 'sending', 'sent', 'retrying', 'failed']);
export type NotificationStatus = z.infer<typeof notificationStatusSchema>;

/**
 * Delivery status of one e-mail. Parameters and bodies are not shown: they carry personal links.
 */
export const notificationSchema = z.object({
  id: z.uuid(),
  /** the key as its caller sent it; it is unique among that caller's requests */
  idempotencyKey: z.string(),
  /** the service that queued the e-mail (`notifications` for its own reports of failed deliveries) */
  requestedBy: z.string(),
  messageId: z.string(),
  kind: z.string(),
  template: templateNameSchema,
  recipient: recipientSchema,
  subject: z.string(),
  status: notificationStatusSchema,
  attempts: z.number().int(),
  /** when the next attempt is due; null once sent or failed */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  smtpResponse: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  /** when the President's office was told that this e-mail could not be delivered */
  failureReportedAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationParamsSchema = z.object({ id: uuidParam });

export const notificationQuerySchema = z.object({
  /** a key of the calling service's own requests */
  idempotencyKey: z.string().min(1).optional(),
  status: notificationStatusSchema.optional(),
  /** the recipient's e-mail address, in any case */
  recipient: z.string().min(1).optional(),
});

/**
 * What became of each e-mail of POST /notifications/batch, in the request's order: queued (created
 * false: its key was used before, and the first e-mail stands), or refused for good as
 * POST /notifications would refuse it alone (a template the caller may not send, a link elsewhere).
 */
export const notificationBatchSchema = z.object({
  results: z.array(z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('queued'), created: z.boolean(), notification: notificationSchema }),
    z.object({ outcome: z.literal('refused'), statusCode: z.number().int().min(400).max(499), message: z.string() }),
  ])),
});
export type NotificationBatch = z.infer<typeof notificationBatchSchema>;
