import {
  notificationParamsSchema, notificationQuerySchema, notificationRequestSchema, notificationSchema, pageOf, pageQuerySchema,
} from '@jalon/contracts';
import { errorBodySchema, notFound } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { BodyKeyring } from '../body-keys.js';
import { assertMaySend, callingService, notificationsAccess } from '../access.js';
import { assertAttachmentsSendable, QUEUE_BODY_LIMIT } from '../attachment-policy.js';
import type { Database } from '../database.js';
import { assertLinksUnder, type PublicBase } from '../link-policy.js';
import { getNotification, listNotifications, queueNotification, toNotification } from '../repositories/outbox.js';

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
    assertMaySend(requestedBy, req.body.template);
    assertLinksUnder(req.body.params, publicBase);
    assertAttachmentsSendable(req.body);
    const { row, created } = await queueNotification(db, req.body, { requestedBy, mailDomain, bodyKeys });
    if (created) onQueued?.();
    return reply.code(created ? 201 : 200).send(toNotification(row));
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
