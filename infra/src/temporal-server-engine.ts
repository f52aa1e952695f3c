import { Connection, isGrpcServiceError } from '@temporalio/client';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freeSmallPort, waitForPort } from './ports.js';
import { PrerequisiteError } from './prerequisite-error.js';
import type { Supervisor } from './supervisor.js';
import { temporalServerConfig, type ServerPorts } from './temporal-server-config.js';
import type { TemporalServerBuild } from './temporal-server-binary.js';
import { ensureTemporalSchemas, sqlEndpointOf } from './temporal-server-schema.js';
import { ensureTemporalRole } from './temporal-database-role.js';
import type { TemporalEndpoints } from './temporal-server.js';
import { elapsedText } from './progress.js';

export interface TemporalServerEngineOptions {
  build: TemporalServerBuild;
  /** an administrator's URL of the PostgreSQL server that holds (or will hold) Temporal's databases */
  databaseUrl: string;
  /** the password of the role the server connects as (`temporal`); the administrator's is not given to it */
  rolePassword: string;
  /** the frontend's gRPC port, the one clients use */
  port: number;
  /** where the configuration and the log are written */
  folder: string;
  namespace: string;
  log: (line: string) => void;
}

async function serverPorts(frontend: number): Promise<ServerPorts> {
  const [frontendHttp, frontendMembership, history, historyMembership, matching, matchingMembership, worker, workerMembership] =
    await Promise.all(Array.from({ length: 8 }, () => freeSmallPort()));
  return { frontend, frontendHttp: frontendHttp!, frontendMembership: frontendMembership!, history: history!, historyMembership: historyMembership!,
    matching: matching!, matchingMembership: matchingMembership!, worker: worker!, workerMembership: workerMembership! };
}

/**
 * The frontend accepts connections before its namespace registry and the history shards are ready;
 * a cluster is ready once it lists the system namespace's workflows.
 */
async function waitUntilServing(address: string, timeoutMs: number, died: Promise<never>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const connection = await Promise.race([Connection.connect({ address }), died]);
  try {
    for (;;) {
      try {
        await connection.workflowService.listWorkflowExecutions({ namespace: 'temporal-system', pageSize: 1 });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`the Temporal server at ${address} did not become ready within ${timeoutMs} ms (${(error as Error).message})`);
        await Promise.race([new Promise((resolve) => setTimeout(resolve, 250)), died]);
      }
    }
  } finally {
    await connection.close();
  }
}

/**
 * Temporal's own server on PostgreSQL (`--engine server`): sets up or upgrades its two databases,
 * writes its configuration, starts it under the supervisor and waits until it serves. The namespace
 * is registered by the caller with its retention (temporal-retention.ts), as on the dev server.
 */
export async function startTemporalServerEngine(supervisor: Supervisor, options: TemporalServerEngineOptions): Promise<TemporalEndpoints> {
  const { log } = options;
  const started = Date.now();
  const roleUrl = await ensureTemporalRole(options.databaseUrl, options.rolePassword);
  for (const result of await ensureTemporalSchemas(options.build, roleUrl)) {
    log(`temporal: database ${result.database} ${result.action === 'created' ? 'created' : 'up to date'} at schema version ${result.version}`);
  }
  mkdirSync(options.folder, { recursive: true });
  const configFile = path.join(options.folder, 'temporal-server.yaml');
  // It holds the database password, as the data folder's other secrets: readable by its owner only.
  writeFileSync(configFile, temporalServerConfig(sqlEndpointOf(roleUrl), await serverPorts(options.port)), { mode: 0o600 });
  const logFile = path.join(options.folder, 'temporal-server.log');
  const child = supervisor.start({
    name: 'temporal',
    command: options.build.server,
    args: ['--config-file', configFile, '--allow-no-auth', 'start'],
    logFile,
    // After the services and the worker that call it, before PostgreSQL under it.
    stopTier: 1,
  });
  const died = new Promise<never>((_, reject) => {
    // The log's last lines reach the file a moment after the exit.
    child.once('exit', (code) => setTimeout(() => reject(new PrerequisiteError(`The Temporal server stopped at start (exit code ${code}: ${lastWords(logFile)})`, `Its log is ${logFile}`)), 500));
  });
  const address = `127.0.0.1:${options.port}`;
  await Promise.race([waitForPort(options.port, 120_000), died]);
  await waitUntilServing(address, 120_000, died);
  died.catch(() => undefined);
  log(`temporal: Temporal server on PostgreSQL ready in ${elapsedText(Date.now() - started)} (log: ${logFile})`);
  return { address, uiUrl: null, namespace: options.namespace };
}

/** The server's last message, said where it stopped: a test run's folder (and its log) is removed. */
function lastWords(logFile: string): string {
  if (!existsSync(logFile)) return 'no log';
  const lines = readFileSync(logFile, 'utf8').trim().split('\n');
  return (lines.filter((line) => /error|fatal|unable/i.test(line)).at(-1) ?? lines.at(-1) ?? '').slice(0, 600);
}

/** gRPC's NOT_FOUND, as a just-registered namespace is answered until every service's registry has it. */
export async function waitForNamespace(address: string, namespace: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const connection = await Connection.connect({ address });
  try {
    for (;;) {
      try {
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return;
      } catch (error) {
        if (!isGrpcServiceError(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await connection.close();
  }
}
