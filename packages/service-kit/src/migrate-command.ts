import type { Kysely } from 'kysely';
import { createDatabase, type MigrationReport } from './database.js';
import { databaseOwnerEnvSchema } from './migrate-as-owner.js';
import { parseEnv } from './env.js';
import { runMain } from './run-main.js';

/** The schema's owner runs the migrations; without DATABASE_OWNER_URL, the DATABASE_URL role (a developer's database). */
const migrateEnvSchema = databaseOwnerEnvSchema.extend({
  DATABASE_URL: databaseOwnerEnvSchema.shape.DATABASE_OWNER_URL,
}).refine((env) => env.DATABASE_OWNER_URL ?? env.DATABASE_URL, { message: 'DATABASE_OWNER_URL (the schema\'s owner) or DATABASE_URL is required', path: ['DATABASE_OWNER_URL'] });

/**
 * A service's migrate-only command (a deploy's init step, `npm run migrate`): brings its schema to
 * the latest migration as the owner, says what it applied, and exits. Idempotent: on a schema up to
 * date it applies nothing, and two at once wait for each other (the migrator's lock).
 */
export function runMigrateCommand(service: string, schema: string, migrate: (db: Kysely<any>) => Promise<MigrationReport>): void {
  runMain(`${service} migrate`, async () => {
    const env = parseEnv(migrateEnvSchema);
    const db = createDatabase<any>((env.DATABASE_OWNER_URL ?? env.DATABASE_URL)!, schema, 1);
    try {
      const { applied } = await migrate(db);
      process.stdout.write(`${service}: schema ${schema} ${applied.length === 0 ? 'already up to date' : `migrated (${applied.length} applied: ${applied.join(', ')})`}\n`);
    } finally {
      await db.destroy();
    }
  });
}
