import { createService, pingDatabase } from '@jalon/service-kit';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export interface PlansAppOptions {
  db: Kysely<Database>;
  logger?: FastifyServerOptions['logger'];
}

/** The plans service as an application: its routes on a database it is handed. */
export async function buildPlansApp({ db, logger }: PlansAppOptions) {
  const app = await createService({
    name: 'plans',
    title: 'Jalon plans',
    description: 'Strategic and operational plans, their objectives, versions and audit log.',
    health: [{ name: 'postgres', check: () => pingDatabase(db) }],
    ...(logger !== undefined ? { logger } : {}),
  });
  return app;
}
