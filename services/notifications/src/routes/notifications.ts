import {
  notificationBatchRequestSchema, notificationBatchSchema, notificationParamsSchema, notificationQuerySchema, notificationRequestSchema,
  NOTIFICATION_BATCH_MAX, notificationSchema, pageOf, pageQuerySchema, type NotificationBatch, type NotificationRequest,
} from '@jalon/contracts';
import type { ServiceName } from '@jalon/auth';
import { errorBodySchema, HttpError, notFound } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { BodyKeyring } from '../body-keys.js';
import { assertMaySend, callingService, notificationsAccess } from '../access.js';
import { assertAttachmentsSendable, QUEUE_BODY_LIMIT } from '../attachment-policy.js';
import type { Database } from '../database.js';
import { assertLinksUnder, type PublicBase } from '../link-policy.js';
import { getNotification, listNotifications, queueNotification, queueNotifications, toNotification } from '../repositories/outbox.js';

export interface NotificationRoutesOptions {
  db: Kysely<Database>;
  mailDomain: string;
  /** seals the bodies of queued e-mails (OUTBOX_KEYS) */
  bodyKeys: BodyKeyring;
  /** the portal's public address: every link an e-mail carries must lead under it */
  publicBase: PublicBase;
  /** called after a new e-mail is queued, so the sender need not wait for its next poll */
  onQueued?: (() => void) | undefined;
}

const refusals = { 401: errorBodySchema, 403: errorBodySchema };

/** What refuses an e-mail before anything is queued, alone or in a batch: a template its caller may not send, a link elsewhere, an attachment too large. */
function assertSendable(requestedBy: ServiceName, request: NotificationRequest, publicBase: PublicBase): void {
  assertMaySend(requestedBy, request.template);
  assertLinksUnder(request.params, publicBase);
  assertAttachmentsSendable(request);
}

export const notificationRoutes: FastifyPluginAsyncZod<NotificationRoutesOptions> = async (app, { db, mailDomain, bodyKeys, publicBase, onQueued }) => {
  app.post('/notifications', {
    // Attachments (a plan's PDF) make bodies larger than the service's default limit.
    bodyLimit: QUEUE_BODY_LIMIT,
    schema: {
      tags: ['notifications'],
      summary: 'Queue an e-mail, rendered in the recipient\'s language. 201 with the new notification; 200 with the existing one '
        + 'when the calling service used the idempotency key before (nothing is queued again, whatever the request says). '
        + 'The worker and the portal only, each for its own templates; every link must lead under PUBLIC_BASE_URL. '
        + 'Attachments (base64) at most 10 MB each, else 413 `notification.attachment_too_large`.',
      body: notificationRequestSchema,
      response: { 200: notificationSchema, 201: notificationSchema, 400: errorBodySchema, 413: errorBodySchema, ...refusals },
    },
    config: { access: notificationsAccess.queue },
  }, async (req, reply) => {
    const requestedBy = callingService(req.caller);
    assertSendable(requestedBy, req.body, publicBase);
    const { row, created } = await queueNotification(db, req.body, { requestedBy, mailDomain, bodyKeys });
    if (created) onQueued?.();
    return reply.code(created ? 201 : 200).send(toNotification(row));
  });

  app.post('/notifications/batch', {
    schema: {
      tags: ['notifications'],
      summary: 'Queue many e-mails at once (a cycle\'s drafting e-mails), each as POST /notifications would, in one statement. '
        + 'The answer gives each one\'s outcome in the request\'s order: queued (created false when its idempotency key was used before, '
        + 'and the first e-mail stands), or refused for good with the status and reason POST /notifications would give it alone; '
        + `the others are queued all the same. At most ${NOTIFICATION_BATCH_MAX} e-mails, without attachments.`,
      body: notificationBatchRequestSchema,
      response: { 200: notificationBatchSchema, 400: errorBodySchema, ...refusals },
    },
    config: { access: notificationsAccess.queue },
  }, async (req) => {
    const requestedBy = callingService(req.caller);
    const refusalOf = (request: NotificationRequest) => {
      try {
        assertSendable(requestedBy, request, publicBase);
        return null;
      } catch (error) {
        if (error instanceof HttpError && error.statusCode >= 400 && error.statusCode < 500) return { outcome: 'refused' as const, statusCode: error.statusCode, message: error.message };
        throw error;
      }
    };
    const refused = req.body.notifications.map(refusalOf);
    const sendable = req.body.notifications.filter((_, i) => refused[i] === null);
    const queued = sendable.length > 0 ? await queueNotifications(db, sendable, { requestedBy, mailDomain, bodyKeys }) : [];
    if (queued.some((q) => q.created)) onQueued?.();
    let next = 0;
    const results: NotificationBatch['results'] = refused.map((refusal) => {
      if (refusal) return refusal;
      const { row, created } = queued[next++]!;
      return { outcome: 'queued', created, notification: toNotification(row) };
    });
    req.log.info({ queued: queued.filter((q) => q.created).length, already: queued.filter((q) => !q.created).length, refused: refused.filter(Boolean).length }, 'batch of e-mails');
    return { results };
  });

  app.get('/notifications/:id', {
    schema: {
      tags: ['notifications'], summary: 'Delivery status of one e-mail',
      params: notificationParamsSchema, response: { 200: notificationSchema, 400: errorBodySchema, 404: errorBodySchema, ...refusals },
    },
    config: { access: notificationsAccess.status },
  }, async (req) => {
    const notification = await getNotification(db, req.params.id);
    if (!notification) throw notFound(`Notification ${req.params.id}`);
    return notification;
  });

  app.get('/notifications', {
    schema: {
      tags: ['notifications'],
      summary: 'Delivery status of e-mails, newest first; filter by the caller\'s own idempotency key, status or recipient address',
      querystring: pageQuerySchema.extend(notificationQuerySchema.shape),
      response: { 200: pageOf(notificationSchema), 400: errorBodySchema, ...refusals },
    },
    config: { access: notificationsAccess.list },
  }, (req) => {
    const { limit, offset, ...filter } = req.query;
    return listNotifications(db, callingService(req.caller), filter, { limit, offset });
  });
};
