/**
 * `npm run bench [name…]`: runs the benchmark scripts (each package's bench folder) on their own throw-away
 * servers. Never part of the test command: they measure, they do not pass or fail.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths.js';
import { describeFailure } from '../prerequisite-error.js';
import { startTestServers } from '../test-servers.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

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

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const scripts = benchScripts().filter((s) => wanted.length === 0 || wanted.some((w) => s.includes(w)));
  if (scripts.length === 0) {
    log(`bench: no benchmark matches ${wanted.join(' ')}; available: ${benchScripts().map((s) => path.basename(s, '.bench.ts')).join(', ')}`);
    return 1;
  }
  const servers = await startTestServers(log, { temporal: false });
  let failed = 0;
  try {
    for (const script of scripts) {
      log(`bench: ${path.relative(repoRoot, script)}`);
      const code = await new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, env: { ...process.env, ...servers.env }, stdio: 'inherit' });
        child.once('exit', (c) => resolve(c ?? 1));
      });
      if (code !== 0) failed += 1;
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
