import { z } from 'zod';
import { PrerequisiteError } from './prerequisite-error.js';
import type { Supervisor } from './supervisor.js';
import { ensureTemporalBinary } from './temporal-binary.js';
import { ensureTemporalServer } from './temporal-server-binary.js';
import { startTemporalServerEngine } from './temporal-server-engine.js';
import { startTemporalDevServer, type TemporalEndpoints } from './temporal-server.js';

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
  /** the dev server's Web UI port; null: none (tests). The server engine has no UI of its own. */
  uiPort: number | null;
  /** the dev server's SQLite file; null keeps workflows in memory */
  dbFile: string | null;
  /** the server engine's folder (configuration, log) */
  folder: string;
  /** the PostgreSQL server's administrator URL, once it is up; asked for by the server engine only */
  databaseUrl: () => Promise<string>;
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
  const [build, databaseUrl] = await Promise.all([ensureTemporalServer(log), options.databaseUrl()]);
  return startTemporalServerEngine(supervisor, { build, databaseUrl, port: options.port, folder: options.folder, namespace: options.namespace, log });
}
