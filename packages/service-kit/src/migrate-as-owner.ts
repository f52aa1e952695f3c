import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createDatabase } from './database.js';

/**
 * `DATABASE_OWNER_URL`: the role that owns the service's schema and runs its migrations, while
 * `DATABASE_URL` names the role the service runs as (a member of `jalon_<service>`, with no DDL
 * right). Unset: migrations run as the DATABASE_URL role, which then owns the schema, as before
 * roles were separated; fine for a developer's database, not for production.
 */
export const databaseOwnerEnvSchema = z.object({
  DATABASE_OWNER_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
});

/** Runs `migrate` as the owner (a one-connection pool, closed after), or on `db` without an owner URL. */
export async function migrateAsOwner<T>(ownerUrl: string | undefined, db: Kysely<any>, schema: string, migrate: (db: Kysely<any>) => Promise<T>): Promise<T> {
  if (!ownerUrl) return migrate(db);
  const owner = createDatabase<any>(ownerUrl, schema, 1);
  try {
    return await migrate(owner);
  } finally {
    await owner.destroy();
  }
}
