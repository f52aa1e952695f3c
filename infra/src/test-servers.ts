import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, freeSmallPort } from './ports.js';
import { startPostgresProcess } from './postgres-process.js';
import { Supervisor } from './supervisor.js';
import { ensureTestTools } from './test-tools.js';
import { ensureJavaTestServer } from './java-test-server.js';
import { ensureKeycloak } from './keycloak-distribution.js';
import { startKeycloak } from './keycloak-server.js';
import { startTemporalEngine, type TemporalEngine } from './temporal-engine.js';
import { waitForNamespace } from './temporal-server-engine.js';
import { DEFAULT_RETENTION_DAYS, ensureNamespaceRetention } from './temporal-retention.js';

export interface TestServers {
  env: {
    TEMPORAL_ADDRESS: string; DATABASE_URL: string; JALON_TEST_DIR: string; JALON_JAVA_TEST_SERVER: string; JALON_CHROMIUM: string;
    JALON_TEST_KEYCLOAK_URL: string; JALON_TEST_KEYCLOAK_ADMIN_PASSWORD: string;
  };
  stop: () => Promise<void>;
}

/**
 * Throw-away servers for one test run, on free ports and in a folder of their own, so that a test
 * run never touches `npm start` nor another test run. TEMPORAL_ADDRESS or DATABASE_URL, when set,
 * are used instead (tests create their own databases and task queues there).
 */
export async function startTestServers(
  log: (line: string) => void, options: { temporal?: boolean; engine?: TemporalEngine; postgresPreload?: string[] } = {},
): Promise<TestServers> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-test-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter this folder.
  chmodSync(dir, 0o755);
  const supervisor = new Supervisor();
  const stop = async () => {
    await supervisor.stopAll().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const postgres = process.env.DATABASE_URL
      ? Promise.resolve({ url: process.env.DATABASE_URL })
      : startPostgresProcess(supervisor, {
          dataDir: path.join(dir, 'postgres'),
          port: await freePort(),
          password: randomBytes(12).toString('hex'),
          logFile: path.join(dir, 'postgres.log'),
          ...(options.postgresPreload ? { preload: options.postgresPreload } : {}),
        });
    const temporal = process.env.TEMPORAL_ADDRESS || options.temporal === false
      ? Promise.resolve({ address: process.env.TEMPORAL_ADDRESS ?? '' })
      : testTemporal(supervisor, options.engine ?? 'dev', dir, async () => (await postgres).url, log);
    // Tests of timers days apart run on Temporal's time-skipping test server, each test its own.
    const javaTestServer = options.temporal === false ? Promise.resolve('') : ensureJavaTestServer(log);
    const chromium = options.temporal === false ? Promise.resolve('') : ensureTestTools(log);
    const keycloak = options.temporal === false ? Promise.resolve({ url: '', adminPassword: '' }) : testKeycloak(supervisor, dir, log);
    const [t, p, java, browser, idp] = await Promise.all([temporal, postgres, javaTestServer, chromium, keycloak]);
    return {
      env: {
        TEMPORAL_ADDRESS: t.address, DATABASE_URL: p.url, JALON_TEST_DIR: dir, JALON_JAVA_TEST_SERVER: java, JALON_CHROMIUM: browser,
        JALON_TEST_KEYCLOAK_URL: idp.url, JALON_TEST_KEYCLOAK_ADMIN_PASSWORD: idp.adminPassword,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The run's Temporal: the dev server in memory, or (`--engine server`) Temporal's server on the run's
 * PostgreSQL, where the tests' namespace must be registered first (the dev server creates its own).
 */
async function testTemporal(supervisor: Supervisor, engine: TemporalEngine, dir: string, databaseUrl: () => Promise<string>, log: (line: string) => void): Promise<{ address: string }> {
  const endpoints = await startTemporalEngine(supervisor, engine, {
    port: await (engine === 'server' ? freeSmallPort() : freePort()), uiPort: null, dbFile: null, folder: path.join(dir, 'temporal-server'), databaseUrl,
    temporalRolePassword: randomBytes(16).toString('hex'), namespace: 'default', logFile: path.join(dir, 'temporal.log'), log,
  });
  if (engine === 'server') {
    await ensureNamespaceRetention(endpoints.address, endpoints.namespace, DEFAULT_RETENTION_DAYS);
    await waitForNamespace(endpoints.address, endpoints.namespace);
  }
  return endpoints;
}

/**
 * The run's identity provider: Keycloak with the Jalon realm, no people (tests add theirs through
 * its administration API) and access tokens that outlive a test file. JALON_TEST_KEYCLOAK_URL and
 * JALON_TEST_KEYCLOAK_ADMIN_PASSWORD, when set, name one already running.
 */
async function testKeycloak(supervisor: Supervisor, dir: string, log: (line: string) => void): Promise<{ url: string; adminPassword: string }> {
  if (process.env.JALON_TEST_KEYCLOAK_URL && process.env.JALON_TEST_KEYCLOAK_ADMIN_PASSWORD) {
    return { url: process.env.JALON_TEST_KEYCLOAK_URL, adminPassword: process.env.JALON_TEST_KEYCLOAK_ADMIN_PASSWORD };
  }
  const home = await ensureKeycloak(log);
  const port = await freePort();
  const adminPassword = randomBytes(16).toString('base64url');
  await startKeycloak(supervisor, {
    home, port, managementPort: await freePort(), dataDir: path.join(dir, 'keycloak'), adminPassword, logFile: path.join(dir, 'keycloak.log'),
    // The realm's own portal client is not used: a test that signs in adds a client for its portal.
    portalUrl: 'http://127.0.0.1:9', clientId: 'jalon-portal', clientSecret: randomBytes(24).toString('base64url'), people: [],
    accessTokenLifespan: 3600,
    bruteForceProtected: false,
  });
  return { url: `http://127.0.0.1:${port}`, adminPassword };
}
