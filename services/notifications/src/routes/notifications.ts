import {
  notificationParamsSchema, notificationQuerySchema, notificationRequestSchema, notificationSchema, pageOf, pageQuerySchema,
} from '@jalon/contracts';
import { errorBodySchema, notFound } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { getNotification, listNotifications, queueNotification, toNotification } from '../repositories/outbox.js';

export interface NotificationRoutesOptions {
  db: Kysely<Database>;
  mailDomain: string;
  /** called after a new e-mail is queued, so the sender need not wait for its next poll */
  onQueued?: (() => void) | undefined;
}

export const notificationRoutes: FastifyPluginAsyncZod<NotificationRoutesOptions> = async (app, { db, mailDomain, onQueued }) => {
  app.post('/notifications', {
    schema: {
      tags: ['notifications'],
      summary: 'Queue an e-mail, rendered in the recipient\'s language. 201 with the new notification; 200 with the existing one '
        + 'when the idempotency key was used before (nothing is queued again, whatever the request says).',
      body: notificationRequestSchema,
      response: { 200: notificationSchema, 201: notificationSchema, 400: errorBodySchema },
    },
  }, async (req, reply) => {
    const { row, created } = await queueNotification(db, req.body, mailDomain);
    if (created) onQueued?.();
    return reply.code(created ? 201 : 200).send(toNotification(row));
  });

  app.get('/notifications/:id', {
    schema: {
      tags: ['notifications'], summary: 'Delivery status of one e-mail',
      params: notificationParamsSchema, response: { 200: notificationSchema, 400: errorBodySchema, 404: errorBodySchema },
    },
  }, async (req) => {
    const notification = await getNotification(db, req.params.id);
    if (!notification) throw notFound(`Notification ${req.params.id}`);
    return notification;
  });

  app.get('/notifications', {
    schema: {
      tags: ['notifications'], summary: 'Delivery status of e-mails, newest first; filter by idempotency key, status or recipient address',
      querystring: pageQuerySchema.extend(notificationQuerySchema.shape), response: { 200: pageOf(notificationSchema), 400: errorBodySchema },
    },
  }, (req) => {
    const { limit, offset, ...filter } = req.query;
    return listNotifications(db, filter, { limit, offset });
  });
};
