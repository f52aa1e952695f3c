import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileMigrationProvider, Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { grantRuntimeRights, type RuntimeRights } from './service-role.js';

// COUNT and other int8 values arrive as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
// DATE columns stay calendar dates (YYYY-MM-DD), never shifted by the process time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * A Kysely instance whose connections resolve unqualified names in the service's own schema:
 * each service owns one PostgreSQL schema and never reads another's.
 */
export function createDatabase<DB>(databaseUrl: string, schema: string, poolSize = 10): Kysely<DB> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    options: `-c search_path=${schema}`,
    connectionTimeoutMillis: 5_000,
    application_name: `jalon-${schema}`,
  });
  // An idle client losing its connection (database restarted) must not crash the process.
  pool.on('error', () => undefined);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

export async function pingDatabase(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}

export interface MigrationReport {
  applied: string[];
}

/**
 * Brings the service's schema to the latest migration, then gives the service's role its rights
 * there (see grantRuntimeRights); throws naming the migration that failed. `db` connects as the
 * owner of the schema: the role that runs the service must not be able to change it.
 */
export async function migrateToLatest(db: Kysely<any>, schema: string, folder: string, rights: RuntimeRights = {}): Promise<MigrationReport> {
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: folder }),
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`Migration ${name} of schema ${schema} failed: ${(error as Error | undefined)?.message ?? 'see the log'}`, { cause: error });
  }
  await grantRuntimeRights(db, schema, rights);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
