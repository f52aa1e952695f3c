import { createService, pingDatabase } from '@jalon/service-kit';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { auditRoutes } from './routes/audit.js';
import { operationalPlanRoutes } from './routes/operational-plans.js';
import { organisationRoutes } from './routes/organisations.js';
import { peopleRoutes } from './routes/people.js';
import { strategicPlanRoutes } from './routes/strategic-plans.js';
import { versionRoutes } from './routes/versions.js';

export interface PlansAppOptions {
  db: Kysely<Database>;
  logger?: FastifyServerOptions['logger'];
}

/** The plans service as an application: its routes on a database it is handed. */
export async function buildPlansApp({ db, logger }: PlansAppOptions) {
  const app = await createService({
    name: 'plans',
    title: 'Jalon plans',
    description: 'Strategic and operational plans of an organisation, their objectives, frozen versions and the audit log. '
      + 'Every change names the revision it edits (409 when stale) and who makes it (header x-jalon-actor).',
    health: [{ name: 'postgres', check: () => pingDatabase(db) }],
    ...(logger !== undefined ? { logger } : {}),
  });
  for (const routes of [organisationRoutes, strategicPlanRoutes, versionRoutes, operationalPlanRoutes, peopleRoutes, auditRoutes]) {
    await app.register(routes, { db });
  }
  return app;
}
