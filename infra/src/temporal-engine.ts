import { z } from 'zod';
import { PrerequisiteError } from './prerequisite-error.js';
import type { Supervisor } from './supervisor.js';
import { ensureTemporalBinary } from './temporal-binary.js';
import { ensureTemporalServer } from './temporal-server-binary.js';
import { startTemporalServerEngine } from './temporal-server-engine.js';
import { startTemporalDevServer, type TemporalEndpoints } from './temporal-server.js';
import { ensureTemporalUi } from './temporal-ui-binary.js';
import { startTemporalUi } from './temporal-ui-server.js';

/**
 * Which Temporal runs Jalon when TEMPORAL_ADDRESS names none: the CLI's dev server on a SQLite file
 * (the default: one process, seconds to start), or Temporal's own server on PostgreSQL, the shape
 * of a production installation (issue 17).
 */
export const temporalEngineSchema = z.enum(['dev', 'server']).default('dev');
export type TemporalEngine = z.infer<typeof temporalEngineSchema>;

/**
 * `--engine dev|server` among the arguments, else JALON_TEMPORAL_ENGINE, else the dev server; the
 * arguments that remain are returned (the test command passes them on to tap).
 */
export function engineFromArguments(args: string[], env: NodeJS.ProcessEnv = process.env): { engine: TemporalEngine; rest: string[] } {
  const rest = [...args];
  let chosen: string | undefined = env.JALON_TEMPORAL_ENGINE || undefined;
  for (let i = rest.indexOf('--engine'); i !== -1; i = rest.indexOf('--engine')) {
    chosen = rest[i + 1];
    rest.splice(i, 2);
  }
  const inline = rest.findIndex((arg) => arg.startsWith('--engine='));
  if (inline !== -1) chosen = rest.splice(inline, 1)[0]!.slice('--engine='.length);
  const parsed = temporalEngineSchema.safeParse(chosen);
  if (!parsed.success) {
    throw new PrerequisiteError(`Unknown Temporal engine "${chosen}"`, 'Choose --engine dev (the default) or --engine server (JALON_TEMPORAL_ENGINE likewise)');
  }
  return { engine: parsed.data, rest };
}

export interface TemporalEngineOptions {
  port: number;
  /** the Web UI's port (the dev server's own, or the UI server beside the server engine); null: none (tests) */
  uiPort: number | null;
  /** the dev server's SQLite file; null keeps workflows in memory */
  dbFile: string | null;
  /** the server engine's folder (configuration, log) */
  folder: string;
  /** the PostgreSQL server's administrator URL, once it is up; asked for by the server engine only */
  databaseUrl: () => Promise<string>;
  /** the server engine's own database role's password (role `temporal`), kept like the services' */
  temporalRolePassword: string;
  namespace: string;
  /** the dev server's log; the server engine logs into its folder */
  logFile?: string;
  log: (line: string) => void;
}

/** Builds (once) and starts the chosen engine under the supervisor. */
export async function startTemporalEngine(supervisor: Supervisor, engine: TemporalEngine, options: TemporalEngineOptions): Promise<TemporalEndpoints> {
  const { log } = options;
  if (engine === 'dev') {
    const binary = await ensureTemporalBinary(log);
    return startTemporalDevServer(supervisor, {
      binary, port: options.port, uiPort: options.uiPort, dbFile: options.dbFile, namespace: options.namespace,
      ...(options.logFile ? { logFile: options.logFile } : {}),
    });
  }
  const ui = options.uiPort === null ? Promise.resolve(null) : uiBinaryOrNone(log);
  const [build, databaseUrl] = await Promise.all([ensureTemporalServer(log), options.databaseUrl()]);
  const endpoints = await startTemporalServerEngine(supervisor, {
    build, databaseUrl, rolePassword: options.temporalRolePassword, port: options.port, folder: options.folder, namespace: options.namespace, log,
  });
  const uiBinary = await ui;
  if (options.uiPort === null || uiBinary === null) return endpoints;
  const uiUrl = await startTemporalUi(supervisor, {
    binary: uiBinary, port: options.uiPort, temporalAddress: endpoints.address, namespace: options.namespace, folder: options.folder,
  });
  return { ...endpoints, uiUrl };
}

/**
 * The Web UI is a convenience: a machine that cannot build it still runs Jalon on the server
 * engine, and is told why there is no `temporal-ui` line and where workflows can be seen instead.
 */
async function uiBinaryOrNone(log: (line: string) => void): Promise<string | null> {
  try {
    return await ensureTemporalUi(log);
  } catch (error) {
    if (!(error instanceof PrerequisiteError)) throw error;
    log(`temporal-ui: not started: ${error.message}`);
    return null;
  }
}
