/**
 * The benchmark's Temporal, on the engine `npm run bench -- --engines` chose for this run, started
 * by the same infra code as `npm start`: the CLI's dev server on a fresh SQLite file, or Temporal's
 * own server on the benchmark's PostgreSQL with its namespace registered.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  DEFAULT_RETENTION_DAYS, ensureNamespaceRetention, freePort, freeSmallPort, startTemporalEngine, TEMPORAL_DATABASES, waitForNamespace,
  type Supervisor, type TemporalEngine,
} from '@jalon/infra';
import pg from 'pg';

/**
 * Temporal's databases are dropped first: each run starts from an empty Temporal, as the dev server
 * does on its fresh file, and a run's workflow ids (organisation and year) are free again.
 */
async function dropTemporalDatabases(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const { database } of TEMPORAL_DATABASES) await client.query(`drop database if exists ${database} with (force)`);
  } finally {
    await client.end();
  }
}

export async function startBenchTemporal(
  supervisor: Supervisor, engine: TemporalEngine, dir: string, adminUrl: string, log: (line: string) => void,
): Promise<{ address: string; port: number }> {
  if (engine === 'server') await dropTemporalDatabases(adminUrl);
  // The server records its ports as PostgreSQL smallints (ports.ts): its frontend's too.
  const port = engine === 'server' ? await freeSmallPort() : await freePort();
  const endpoints = await startTemporalEngine(supervisor, engine, {
    port, uiPort: null, dbFile: path.join(dir, 'temporal.sqlite'), folder: path.join(dir, 'temporal-server'),
    databaseUrl: async () => adminUrl, namespace: 'default', logFile: path.join(dir, 'temporal.log'), log,
    // Temporal's own role, as npm start gives it; a throw-away password for a throw-away run.
    temporalRolePassword: randomBytes(18).toString('base64url'),
  });
  if (engine === 'server') {
    await ensureNamespaceRetention(endpoints.address, endpoints.namespace, DEFAULT_RETENTION_DAYS);
    await waitForNamespace(endpoints.address, endpoints.namespace);
  }
  return { address: endpoints.address, port };
}
