import { createService, pingDatabase } from '@jalon/service-kit';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { SmtpTransport } from './smtp-transport.js';

export interface NotificationsAppOptions {
  db: Kysely<any>;
  smtp: SmtpTransport;
  logger?: FastifyServerOptions['logger'];
}

export async function buildNotificationsApp({ db, smtp, logger }: NotificationsAppOptions) {
  return createService({
    name: 'notifications',
    title: 'Jalon notifications',
    description: 'E-mails to the people of the cycle: outbox, SMTP delivery and delivery status.',
    health: [
      { name: 'postgres', check: () => pingDatabase(db) },
      { name: 'smtp', check: async () => { await smtp.verify(); } },
    ],
    ...(logger !== undefined ? { logger } : {}),
  });
}
