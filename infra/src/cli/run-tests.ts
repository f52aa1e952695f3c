/**
 * The test command (`pnpm test`): type-checks the workspace, starts throw-away servers, runs every
 * tap test against them, stops them whatever happens, and ends with one line `N passed, N failed`.
 * Arguments are passed to tap (e.g. `pnpm test test/foundation`).
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../paths.js';
import { describeFailure } from '../prerequisite-error.js';
import { startTestServers, type TestServers } from '../test-servers.js';
import { engineFromArguments } from '../temporal-engine.js';

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);
const log = (line: string) => process.stderr.write(`${line}\n`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv, onOutput?: (chunk: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      onOutput?.(chunk.toString());
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    // A missing binary (incomplete install) must not crash us before the servers are stopped.
    child.once('error', (error) => {
      log(`test: could not run ${path.basename(command)}: ${error.message}`);
      resolve(127);
    });
  });
}

/**
 * `--faults` runs the long fault tests (`test/faults/*.fault.ts`: a mail server down for minutes…),
 * which the default run leaves out; any other arguments go to tap as they are.
 */
function tapArguments(args: string[]): string[] {
  if (args[0] !== '--faults') return args;
  const folder = path.join(repoRoot, 'test', 'faults');
  const files = readdirSync(folder).filter((f) => f.endsWith('.fault.ts')).sort().map((f) => path.join('test', 'faults', f));
  return [...files, ...args.slice(1)];
}

/** tap's base reporter ends with `# { total: 12, pass: 11, fail: 1, ... }`. */
function totals(output: string): { pass: number; fail: number } | undefined {
  const line = output.match(/#\s*\{\s*total:[^}]*\}/g)?.at(-1);
  if (!line) return undefined;
  const count = (key: string) => Number(line.match(new RegExp(`${key}:\\s*(\\d+)`))?.[1] ?? 0);
  return { pass: count('pass'), fail: count('fail') };
}

async function main(): Promise<number> {
  if (process.env.JALON_TEST_DIR) {
    // Started from inside a test run: running the suite again would recurse.
    log('test: already inside a test run; not starting another');
    return 1;
  }
  const started = Date.now();
  // The type check and the servers' start go side by side: one is CPU, the other mostly waiting
  // (Keycloak, PostgreSQL and Temporal starting); no test runs before both are done.
  log(`test: Node.js ${process.version}; type-checking the workspace (tsc --noEmit) while the servers start`);
  const typeChecked = run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], {});

  let servers: TestServers;
  let tapArgs: string[];
  try {
    // `--engine server` runs the tests on Temporal's own server on PostgreSQL (CI does, for the e2e tests).
    const { engine, rest } = engineFromArguments(process.argv.slice(2));
    tapArgs = tapArguments(rest);
    log(`test: starting throw-away Temporal (${engine === 'dev' ? 'dev server' : 'Temporal server on PostgreSQL'}) and PostgreSQL servers`);
    servers = await startTestServers(log, { engine });
  } catch (error) {
    await typeChecked;
    log(`test: ${describeFailure(error)}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  if ((await typeChecked) !== 0) {
    await servers.stop();
    log('test: type errors (above); no test was run');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const stop = async () => { await servers.stop(); };
  const onSignal = () => { void stop().then(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // The tests' own temporary folder: what a test leaves there is named below and counts as a failure,
  // and the folder goes whatever happens, so a run never fills the machine's temporary folder.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'jalon-tests-tmp-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the tests' folders.
  chmodSync(scratch, 0o755);
  let output = '';
  let code: number;
  let leftovers: string[] = [];
  try {
    log(`test: servers ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Temporal ${servers.env.TEMPORAL_ADDRESS})`);
    // NODE_COMPILE_CACHE: each test file is a process that compiles the same modules; V8's code kept
    // on disk for the run saves 0.35 of the 3 s of CPU it takes to load the portal's and the worker's.
    code = await run(bin('tap'), tapArgs, { ...servers.env, TMPDIR: scratch, NODE_COMPILE_CACHE: path.join(scratch, 'node-compile-cache') }, (chunk) => { output += chunk; });
    leftovers = readdirSync(scratch).filter((name) => name.startsWith('jalon-'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await stop();
  }
  if (leftovers.length > 0) log(`test: tests left ${leftovers.length} folder(s) in the temporary folder: ${leftovers.join(', ')}`);
  const result = totals(output);
  log(`test: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!result) {
    console.log(`0 passed, 1 failed`);
    return code || 1;
  }
  // CI reads this line; a tap run that failed without a failing assertion still counts as one failure.
  const failed = (result.fail || (code !== 0 ? 1 : 0)) + (leftovers.length > 0 ? 1 : 0);
  console.log(`${result.pass} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  log(`test: ${describeFailure(error)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
