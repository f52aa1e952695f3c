/**
 * `npm run bench [-- --engines dev,server] [name…]`: runs the benchmark scripts (each package's bench
 * folder) on their own throw-away servers; those that run on Temporal run once on each engine asked
 * for (both by default), and their figures are put side by side in bench/results/<name>.md and .json.
 * Never part of the test command: they measure, they do not pass or fail.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchArguments } from '../bench-arguments.js';
import { engineResultSchema, sideBySideMarkdown } from '../bench-table.js';
import { repoRoot, runsTypeScript } from '../paths.js';
import { describeFailure } from '../prerequisite-error.js';
import type { TemporalEngine } from '../temporal-engine.js';
import { startTestServers } from '../test-servers.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const resultsDir = path.join(repoRoot, 'bench/results');

function benchScripts(): string[] {
  const found: string[] = [];
  for (const group of ['services', 'packages']) {
    for (const name of readdirSync(path.join(repoRoot, group))) {
      const dir = path.join(repoRoot, group, name, 'bench');
      try {
        for (const file of readdirSync(dir)) if (file.endsWith('.bench.ts')) found.push(path.join(dir, file));
      } catch { /* no bench folder */ }
    }
  }
  return found.sort();
}

/** A benchmark on Temporal records its figures per engine (services/portal/bench/bench-record.ts); the others run once. */
const runsOnTemporal = (script: string) => readFileSync(script, 'utf8').includes('writeEngineResult');

function runScript(script: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [...runsTypeScript, script], { cwd: repoRoot, env, stdio: 'inherit' });
    child.once('exit', (c) => resolve(c ?? 1));
  });
}

/** The engines' results of one benchmark side by side; an engine whose run failed is left out and said so. */
function writeSideBySide(name: string, engines: TemporalEngine[]): void {
  const results = engines.flatMap((engine) => {
    const file = path.join(resultsDir, `${name}.${engine}.json`);
    return existsSync(file) ? [engineResultSchema.parse(JSON.parse(readFileSync(file, 'utf8')))] : [];
  });
  if (results.length === 0) return;
  const missing = engines.filter((e) => !results.some((r) => r.engine === e));
  const table = `${sideBySideMarkdown(name, results)}${missing.map((e) => `- ${e}: no result (the run failed; see its output)\n`).join('')}`;
  writeFileSync(path.join(resultsDir, `${name}.md`), table);
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify({ benchmark: name, results }, null, 2)}\n`);
  process.stdout.write(`\n${table}`);
  log(`bench: ${path.relative(repoRoot, path.join(resultsDir, `${name}.md`))} written`);
}

async function main(): Promise<number> {
  const { engines, names: wanted } = benchArguments(process.argv.slice(2));
  const scripts = benchScripts().filter((s) => wanted.length === 0 || wanted.some((w) => s.includes(w)));
  if (scripts.length === 0) {
    log(`bench: no benchmark matches ${wanted.join(' ')}; available: ${benchScripts().map((s) => path.basename(s, '.bench.ts')).join(', ')}`);
    return 1;
  }
  // BENCH_PG_STATEMENTS: the benchmarks report PostgreSQL's costliest statements (services/portal/bench/bench-statements.ts).
  const servers = await startTestServers(log, { temporal: false, ...(process.env.BENCH_PG_STATEMENTS ? { postgresPreload: ['pg_stat_statements'] } : {}) });
  const benchRun = randomBytes(4).toString('hex');
  let failed = 0;
  try {
    for (const script of scripts) {
      const name = path.basename(script, '.bench.ts');
      // The servers not started here (e.g. Keycloak) are given as empty: they must not hide those in the environment.
      // JALON_BENCH_RUN names this run, so that a script's engines can share what is costly to make (fan-out: its organisations).
      const env = { ...process.env, ...Object.fromEntries(Object.entries(servers.env).filter(([, value]) => value !== '')), JALON_BENCH_RUN: benchRun };
      if (!runsOnTemporal(script)) {
        log(`bench: ${path.relative(repoRoot, script)}`);
        if (await runScript(script, env) !== 0) failed += 1;
        continue;
      }
      for (const engine of engines) {
        // A stale result of an earlier run must not be shown beside this one.
        rmSync(path.join(resultsDir, `${name}.${engine}.json`), { force: true });
        log(`bench: ${path.relative(repoRoot, script)} on the ${engine === 'dev' ? 'Temporal CLI dev server' : 'Temporal server on PostgreSQL'}`);
        if (await runScript(script, { ...env, JALON_BENCH_ENGINE: engine }) !== 0) failed += 1;
      }
      writeSideBySide(name, engines);
    }
  } finally {
    await servers.stop();
  }
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  log(`bench: ${describeFailure(error)}`);
  process.exit(1);
});
