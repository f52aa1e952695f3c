import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PrerequisiteError } from './prerequisite-error.js';
import type { Supervisor } from './supervisor.js';
import { runsTypeScript } from './paths.js';

const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli', 'postgres-process.ts');

/** Starts PostgreSQL in a supervised child process and resolves with its admin URL once it accepts connections. */
export async function startPostgresProcess(supervisor: Supervisor, options: {
  dataDir: string;
  port: number;
  password: string;
  logFile?: string;
  /** server libraries loaded at start (shared_preload_libraries) */
  preload?: string[];
}): Promise<{ url: string }> {
  const child = supervisor.start({
    name: 'postgres',
    command: process.execPath,
    args: [...runsTypeScript, entry],
    env: { JALON_PG_DATA: options.dataDir, JALON_PG_PORT: String(options.port), JALON_PG_PASSWORD: options.password, JALON_PG_PRELOAD: (options.preload ?? []).join(',') },
    ...(options.logFile ? { logFile: options.logFile } : {}),
    quietStdout: true,
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('ready ')) resolve({ url: line.slice('ready '.length) });
      // The child already phrased its reason and way out; keep them as one line.
      if (line.startsWith('error ')) reject(new PrerequisiteError(line.slice('error '.length), ''));
    });
    child.once('exit', (code) => reject(new PrerequisiteError(`PostgreSQL stopped at start (exit code ${code})`, 'See the messages above')));
  });
}
