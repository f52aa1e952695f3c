import { createService, loggerOptions, pingDatabase } from '@jalon/service-kit';
import { Client, type Connection } from '@temporalio/client';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { CycleGateway } from './cycles/cycle-gateway.js';
import { cycleRoutes } from './cycles/cycle-routes.js';
import { CycleSchedules } from './cycles/cycle-schedules.js';
import { RoleCheck } from './cycles/roles.js';
import { cycleScheduleRoutes } from './cycles/schedule-routes.js';
import type { Database } from './database.js';
import { LinkDecisions } from './decisions/decide.js';
import { decisionRoutes } from './decisions/decision-routes.js';
import { linkRoutes } from './decisions/link-routes.js';
import { RoundGateway } from './decisions/round-gateway.js';
import { HttpNotifications } from './notifications.js';
import { HttpPlansReader } from './plans-reader.js';
import { assetRoutes } from './ui/assets.js';
import { webRoutes } from './web/web-routes.js';

export interface PortalAppOptions {
  temporal: Connection;
  namespace: string;
  db: Kysely<Database>;
  /** the address in e-mails, e.g. https://jalon.ibz.be; links are built from it, never from Host */
  publicBaseUrl: string;
  csrfSecret: string;
  /** decision page requests per minute and client address */
  decisionRateLimit?: number;
  /** how long a page waits for the round workflow before saying it is unavailable */
  temporalTimeoutMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** the plans service, for roles and plan data */
  plansUrl: string;
  /** the task queue the worker polls, where cycles are started */
  taskQueue: string;
  /** the notifications service, for sign-in e-mails */
  notificationsUrl: string;
  /** sign-in requests per minute and client address */
  signInRateLimit?: number;
  /** behind the reverse proxy, so that rate limits count each reader, not the proxy */
  trustProxy?: FastifyServerOptions['trustProxy'];
}

/** A personal link in a log line would let whoever reads the logs decide, or sign in, in someone's name. */
const withoutToken = (url: string) => url.replace(/(decisions|sign-in)(\/|%2F)[A-Za-z0-9_-]{20,}/gi, '$1$2[token]');

/** The shared logger options, with request URLs that never carry a token. */
export const portalLoggerOptions = () => ({
  ...loggerOptions('portal'),
  serializers: {
    req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, url: withoutToken(request.url), remoteAddress: request.ip }),
  },
});

export async function buildPortalApp(options: PortalAppOptions) {
  const { temporal, db, logger } = options;
  const app = await createService({
    name: 'portal',
    title: 'Jalon portal',
    description: 'Approval links, sign-in, decision pages and the dashboard of the President\'s office.',
    health: [
      { name: 'postgres', check: () => pingDatabase(db) },
      { name: 'temporal', check: async () => { await temporal.healthService.check({}); } },
    ],
    logger: logger ?? portalLoggerOptions(),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });
  const client = new Client({ connection: temporal, namespace: options.namespace });
  const timeoutMs = options.temporalTimeoutMs ?? 15_000;
  const plans = new HttpPlansReader(options.plansUrl);
  const roles = new RoleCheck(plans);
  const cycles = new CycleGateway(client, options.plansUrl, options.taskQueue, timeoutMs);
  const decisions = new LinkDecisions({ db, round: new RoundGateway(client, timeoutMs), csrfSecret: options.csrfSecret, publicBaseUrl: options.publicBaseUrl });

  // The JSON API: the cycles and their schedule, the links the rounds' activities ask for.
  await app.register(cycleRoutes, { cycles, roles });
  await app.register(cycleScheduleRoutes, { schedules: new CycleSchedules(client, options.taskQueue), roles });
  await app.register(linkRoutes, { db, publicBaseUrl: options.publicBaseUrl });
  // The pages: those of a personal link, and those of the people signed in.
  await app.register(assetRoutes);
  await app.register(decisionRoutes, { db, decisions, csrfSecret: options.csrfSecret, rateLimit: options.decisionRateLimit ?? 30 });
  await app.register(webRoutes, {
    db, plans, roles, cycles, decisions, notifications: new HttpNotifications(options.notificationsUrl),
    secret: options.csrfSecret, publicBaseUrl: options.publicBaseUrl, signInRateLimit: options.signInRateLimit ?? 10,
  });
  return app;
}
