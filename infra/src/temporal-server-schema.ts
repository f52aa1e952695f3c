import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { PrerequisiteError } from './prerequisite-error.js';
import type { TemporalServerBuild } from './temporal-server-binary.js';

const run = promisify(execFile);

/** Temporal's two databases on Jalon's PostgreSQL server, each with the schema folder it is built from. */
export const TEMPORAL_DATABASES = [
  { database: 'temporal', schema: 'temporal' },
  { database: 'temporal_visibility', schema: 'visibility' },
] as const;

/** Where and as whom Temporal reaches PostgreSQL, read from a postgres:// URL. */
export interface SqlEndpoint {
  host: string;
  port: number;
  user: string;
  password: string;
}

export function sqlEndpointOf(url: string): SqlEndpoint {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}

function urlOf(endpoint: SqlEndpoint, database: string): string {
  const url = new URL(`postgres://${endpoint.host}:${endpoint.port}/${encodeURIComponent(database)}`);
  url.username = endpoint.user;
  url.password = endpoint.password;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function sqlTool(build: TemporalServerBuild, endpoint: SqlEndpoint, database: string, args: string[]): Promise<void> {
  try {
    // The password goes through the environment, not the command line that `ps` shows.
    await run(build.sqlTool, args, {
      timeout: 300_000,
      env: {
        ...process.env, SQL_PLUGIN: 'postgres12', SQL_HOST: endpoint.host, SQL_PORT: String(endpoint.port),
        SQL_USER: endpoint.user, SQL_PASSWORD: endpoint.password, SQL_DATABASE: database,
      },
    });
  } catch (error) {
    const output = `${(error as { stderr?: string }).stderr ?? ''}${(error as { stdout?: string }).stdout ?? ''}`;
    const last = output.trim().split('\n').filter((line) => /error/i.test(line)).slice(-1)[0] ?? (error as Error).message;
    throw new PrerequisiteError(
      `Temporal's SQL tool could not ${args[0]} database ${database} as role ${endpoint.user} (${last.slice(0, 400)})`,
      `Its log is above; the role must own the database (README, "Engines")`,
    );
  }
}

export interface SchemaResult {
  database: string;
  /** what was done: created from nothing, or brought up to date (possibly already there) */
  action: 'created' | 'updated';
  version: string;
}

/**
 * Sets up or upgrades Temporal's databases with the SQL tool and the schemas of the pinned server,
 * as the role that owns them (`temporal`, temporal-database-role.ts, which created them): a database
 * without a schema is given the base schema; then every versioned step above the database's version
 * is applied. Idempotent: a database already up to date is left as it is.
 */
export async function ensureTemporalSchemas(build: TemporalServerBuild, roleUrl: string): Promise<SchemaResult[]> {
  const endpoint = sqlEndpointOf(roleUrl);
  const results: SchemaResult[] = [];
  for (const { database, schema } of TEMPORAL_DATABASES) {
    const versioned = (await query<{ found: string | null }>(urlOf(endpoint, database), "select to_regclass('schema_version')::text as found"))[0]?.found;
    if (!versioned) await sqlTool(build, endpoint, database, ['setup-schema', '--version', '0.0']);
    await sqlTool(build, endpoint, database, ['update-schema', '--schema-dir', path.join(build.schemaDir, schema, 'versioned')]);
    const [row] = await query<{ curr_version: string }>(urlOf(endpoint, database), 'select curr_version from schema_version');
    results.push({ database, action: versioned ? 'updated' : 'created', version: row?.curr_version ?? '?' });
  }
  return results;
}
