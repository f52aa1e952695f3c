import { ServiceTokenVerifier } from '@jalon/auth';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { buildPlansApp } from '../app.js';
import type { Database } from '../database.js';

/**
 * The plans API's OpenAPI document, exactly as GET /docs/json serves it. The app is built on a
 * database that never connects, trusting no service: the document depends on the routes alone.
 */
export async function plansOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const app = await buildPlansApp({ db, logger: false, auth: { services: new ServiceTokenVerifier('plans', {}) } });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}
