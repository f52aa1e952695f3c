import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { waitForHttp, waitForPort } from './ports.js';
import { PrerequisiteError } from './prerequisite-error.js';
import type { Supervisor } from './supervisor.js';

export interface TemporalDevServerOptions {
  binary: string;
  port: number;
  /** null: no Web UI (tests) */
  uiPort: number | null;
  /** The SQLite file that keeps workflows across restarts; null keeps them in memory (tests). */
  dbFile: string | null;
  logFile?: string;
  namespace?: string;
}

export interface TemporalEndpoints {
  address: string;
  uiUrl: string | null;
  namespace: string;
}

/** Starts `temporal server start-dev` under the supervisor and waits until it accepts clients. */
export async function startTemporalDevServer(supervisor: Supervisor, options: TemporalDevServerOptions): Promise<TemporalEndpoints> {
  const namespace = options.namespace ?? 'default';
  const args = [
    'server', 'start-dev',
    '--ip', '127.0.0.1',
    '--port', String(options.port),
    '--namespace', namespace,
    '--log-level', 'warn',
  ];
  if (options.dbFile) {
    mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
    // SQLite's defaults (a rollback journal, synced at every commit) made the disk the limit: 100
    // organisations launching their cycle took 103 s, against 61 s with a write-ahead log synced at
    // checkpoints (`npm run bench fan-out`). A crash of the server process loses nothing with it; a
    // power cut may lose the last transactions. Production runs on a Temporal cluster (TEMPORAL_ADDRESS).
    args.push('--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  if (options.uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));

  const spec = { name: 'temporal', command: options.binary, args, ...(options.logFile ? { logFile: options.logFile } : {}) };
  const child = supervisor.start(spec);
  const died = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new PrerequisiteError(
      `The Temporal dev server stopped at start (exit code ${code})`,
      options.logFile ? `Its log is ${options.logFile}` : 'Its messages are above',
    )));
  });
  await Promise.race([waitForPort(options.port, 60_000), died]);
  const uiUrl = options.uiPort === null ? null : `http://127.0.0.1:${options.uiPort}`;
  if (uiUrl) await Promise.race([waitForHttp(uiUrl, 60_000), died]);
  died.catch(() => undefined);
  return { address: `127.0.0.1:${options.port}`, uiUrl, namespace };
}
