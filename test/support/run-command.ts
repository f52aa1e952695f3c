import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { freeSmallPort, repoRoot, runsTypeScript } from '@jalon/infra';
import { temporaryFolder } from '@jalon/testkit';

export interface Run { child: ChildProcess; addresses: Map<string, string>; output: string[] }

/**
 * A data folder for `npm start`, removed when the test ends. Its parent is opened to others: run as
 * root, PostgreSQL works as the postgres user, who must reach the folder.
 */
export function runDataFolder(t: { teardown: (fn: () => void) => void }, prefix: string): string {
  const folder = temporaryFolder(t, prefix);
  chmodSync(folder, 0o755);
  return path.join(folder, 'data');
}

/**
 * Every port `npm start` listens on, each moved to a free one: the run shares the machine with the
 * test servers. Below the ephemeral range, as `npm start`'s own defaults are: a port chosen there is
 * free when chosen but bound only when its service starts, and meanwhile the Temporal dev server
 * takes random ephemeral ones for itself (its metrics once took the portal's: EADDRINUSE).
 */
export async function freeRunPorts(): Promise<Record<string, string>> {
  const names = ['TEMPORAL', 'TEMPORAL_UI', 'POSTGRES', 'SMTP', 'MAIL_WEB', 'PORTAL', 'PORTAL_INTERNAL', 'PLANS', 'NOTIFICATIONS', 'WORKER', 'KEYCLOAK', 'KEYCLOAK_MANAGEMENT'];
  const env: Record<string, string> = {};
  for (const name of names) env[`JALON_${name}_PORT`] = String(await freeSmallPort());
  return env;
}

/** Starts the run command as a person would and waits for its list of addresses (`name: url`). */
export async function startJalon(env: NodeJS.ProcessEnv): Promise<Run> {
  const child = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'infra/src/cli/run-jalon.ts')], {
    cwd: repoRoot,
    // Not the test run's servers: the run command must start its own.
    env: { ...process.env, TEMPORAL_ADDRESS: '', DATABASE_URL: '', JALON_TEST_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const addresses = new Map<string, string>();
  const output: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
  await new Promise<void>((resolve, reject) => {
    // A first start builds nothing here (the test command cached Temporal and Keycloak), but Keycloak takes its time.
    const timer = setTimeout(() => reject(new Error(`no addresses within 240 s:\n${output.slice(-20).join('\n')}`)), 240_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const m = line.match(/^([a-z0-9-]+): (\S+)$/);
      if (m) addresses.set(m[1]!, m[2]!);
      if (line.startsWith('jalon: running')) { clearTimeout(timer); resolve(); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`run command exited ${code}:\n${output.join('\n')}`)); });
  });
  return { child, addresses, output };
}

/** Ctrl-C, and its exit code. */
export async function stopJalon(run: Run): Promise<number | null> {
  if (run.child.exitCode !== null) return run.child.exitCode;
  const exited = new Promise<number | null>((resolve) => run.child.once('exit', (code) => resolve(code)));
  run.child.kill('SIGINT');
  return exited;
}
