import type { ServiceTokenVerifier } from '@jalon/auth';
import { createService, pingDatabase } from '@jalon/service-kit';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { BodyKeyring } from './body-keys.js';
import type { Database } from './database.js';
import { publicBaseOf } from './link-policy.js';
import { notificationRoutes } from './routes/notifications.js';
import type { SmtpTransport } from './smtp-transport.js';

export interface NotificationsAppOptions {
  db: Kysely<Database>;
  smtp: SmtpTransport;
  /** the right-hand side of every Message-ID (MAIL_DOMAIN) */
  mailDomain: string;
  /** seals the bodies kept in the outbox (OUTBOX_KEYS) */
  bodyKeys: BodyKeyring;
  /** the portal's public address (PUBLIC_BASE_URL): the only place e-mailed links may lead */
  publicBaseUrl: string;
  /** checks the tokens of the services that call this one */
  services: ServiceTokenVerifier;
  /** wakes the sender after a new e-mail is queued */
  onQueued?: (() => void) | undefined;
  logger?: FastifyServerOptions['logger'];
}

/** The notifications service as an application: its routes on a database and SMTP transport it is handed. */
export async function buildNotificationsApp({ db, smtp, mailDomain, bodyKeys, publicBaseUrl, services, onQueued, logger }: NotificationsAppOptions) {
  const app = await createService({
    name: 'notifications',
    title: 'Jalon notifications',
    description: 'E-mails to the people of the cycle, each in its reader\'s language: a transactional outbox (one e-mail per '
      + 'idempotency key of each calling service, with a stable Message-ID), SMTP delivery with retries, and delivery status. '
      + 'E-mails the mail server refuses are reported to the President\'s office. Only the worker and the portal call it, '
      + 'with a service token.',
    health: [
      { name: 'postgres', check: () => pingDatabase(db) },
      { name: 'smtp', check: async () => { await smtp.verify(); } },
    ],
    access: { services },
    ...(logger !== undefined ? { logger } : {}),
  });
  await app.register(notificationRoutes, { db, mailDomain, bodyKeys, publicBase: publicBaseOf(publicBaseUrl), onQueued });
  return app;
}
