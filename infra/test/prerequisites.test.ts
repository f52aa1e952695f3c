import { spawnSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import t from 'tap';
import { ensureTemporalBinary, PrerequisiteError, repoRoot, runsTypeScript } from '../src/index.js';

const runJalon = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [...runsTypeScript, path.join(repoRoot, 'infra/src/cli/run-jalon.ts')], {
    cwd: repoRoot,
    env: { ...process.env, JALON_TEST_DIR: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A folder for one test, removed when it ends: a test run leaves nothing in the temporary folder. */
const scratch = (t: { teardown: (fn: () => void) => void }, prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `jalon-${prefix}-`));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const noStack = (t: { notMatch: (a: string, b: RegExp, m: string) => unknown }, output: string) => t.notMatch(output, /\n\s+at .+:\d+:\d+/, 'no stack trace is shown');

t.test('without Go, a cached binary or TEMPORAL_ADDRESS, the reason and the ways out are named', async (t) => {
  const empty = scratch(t, 'nogo');
  const error = await ensureTemporalBinary(() => undefined, { PATH: empty, JALON_CACHE_DIR: empty, HOME: empty }).catch((e: unknown) => e);
  t.ok(error instanceof PrerequisiteError, 'a prerequisite error, not a crash');
  const message = (error as Error).message;
  t.match(message, /Go is not installed/);
  t.match(message, /Install Go/);
  t.match(message, /TEMPORAL_ADDRESS/);
  t.match(message, /on PATH/);
});

t.test('an unwritable data folder stops the run command with one line saying what to do', async (t) => {
  // Root may write anywhere, so the folder is made impossible instead: its parent is a file.
  const parent = path.join(scratch(t, 'ro'), 'a-file');
  writeFileSync(parent, '');
  const folder = path.join(parent, 'data');
  const result = runJalon({ JALON_DATA_DIR: folder });
  t.equal(result.status, 1, 'exit code 1');
  const output = `${result.stdout}${result.stderr}`.trim();
  t.match(output, /^jalon: The data folder .* cannot be written \(ENOTDIR\)\. .*JALON_DATA_DIR=<folder>$/m);
  noStack(t, output);
});

t.test('a port in use stops the run command with the port, its user and the variable to change', async (t) => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
  t.teardown(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  const port = (blocker.address() as net.AddressInfo).port;
  const data = scratch(t, 'port');
  const result = runJalon({ JALON_DATA_DIR: data, JALON_PLANS_PORT: String(port) });
  t.equal(result.status, 1, 'exit code 1');
  const output = `${result.stdout}${result.stderr}`.trim();
  t.match(output, new RegExp(`jalon: Port ${port} for the plans service is already in use.*JALON_PLANS_PORT=<port>`));
  noStack(t, output);
});

t.test('a malformed variable is named, its value is not echoed', async (t) => {
  const data = scratch(t, 'env');
  const result = runJalon({ JALON_DATA_DIR: data, DATABASE_URL: 'mysql://user:s3cret@db/x' });
  t.equal(result.status, 1);
  const output = `${result.stdout}${result.stderr}`;
  t.match(output, /DATABASE_URL must be a postgres:\/\/ URL/);
  t.notMatch(output, /s3cret/, 'the secret in the bad value is not printed');
});

t.test('a number of workers or portals outside 1 to 16 is refused, naming the variable', async (t) => {
  const data = scratch(t, 'env');
  for (const [variable, value] of [['JALON_WORKERS', '0'], ['JALON_PORTALS', '17'], ['JALON_WORKERS', 'two']] as const) {
    const result = runJalon({ JALON_DATA_DIR: data, [variable]: value });
    t.equal(result.status, 1, `${variable}=${value} stops the run`);
    const output = `${result.stdout}${result.stderr}`;
    t.match(output, new RegExp(`jalon: The environment is not valid \\(${variable} must be a whole number of processes from 1 to 16\\)`), 'the variable and its bounds are named');
    noStack(t, output);
  }
});

t.test('a worker heap outside 128 to 16384 MiB is refused, naming the variable', async (t) => {
  const data = scratch(t, 'heap');
  for (const value of ['64', 'lots']) {
    const result = runJalon({ JALON_DATA_DIR: data, JALON_WORKER_HEAP_MIB: value });
    t.equal(result.status, 1, `JALON_WORKER_HEAP_MIB=${value} stops the run`);
    t.match(`${result.stdout}${result.stderr}`, /jalon: The environment is not valid \(JALON_WORKER_HEAP_MIB must be a whole number of MiB from 128 to 16384\)/, 'the variable and its bounds are named');
  }
});
