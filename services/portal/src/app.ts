import { createService, loggerOptions, pingDatabase } from '@jalon/service-kit';
import { Client, type Connection } from '@temporalio/client';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { CycleGateway } from './cycles/cycle-gateway.js';
import { CycleSchedules } from './cycles/cycle-schedule.js';
import { RoleCheck } from './cycles/roles.js';
import { RoundGateway } from './round.js';
import { assetRoutes } from './routes/assets.js';
import { cycleScheduleRoutes } from './routes/cycle-schedule.js';
import { cycleRoutes } from './routes/cycles.js';
import { decisionRoutes } from './routes/decisions.js';
import { linkRoutes } from './routes/links.js';
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
  const round = new RoundGateway(client, timeoutMs);
  const roles = new RoleCheck(options.plansUrl);
  const cycles = new CycleGateway(client, options.plansUrl, options.taskQueue, timeoutMs);
  await app.register(cycleRoutes, { cycles, roles });
  await app.register(cycleScheduleRoutes, { schedules: new CycleSchedules(client, options.taskQueue), roles });
  await app.register(linkRoutes, { db, publicBaseUrl: options.publicBaseUrl });
  await app.register(assetRoutes);
  await app.register(decisionRoutes, {
    db, round, csrfSecret: options.csrfSecret, publicBaseUrl: options.publicBaseUrl, rateLimit: options.decisionRateLimit ?? 30,
  });
  await app.register(webRoutes, {
    db, roles, cycles, round, plansUrl: options.plansUrl, notificationsUrl: options.notificationsUrl,
    secret: options.csrfSecret, publicBaseUrl: options.publicBaseUrl, signInRateLimit: options.signInRateLimit ?? 10,
  });
  return app;
}
