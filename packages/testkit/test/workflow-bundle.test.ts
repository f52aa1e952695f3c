import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { workflowBundle } from '../src/index.js';
import { runsTypeScript } from '@jalon/infra';

const workflowsPath = fileURLToPath(new URL('./fixtures/greeting-workflow.ts', import.meta.url));

t.test('a test run bundles its workflows once: the first process writes the bundle to the run\'s folder, later ones read it', async (t) => {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'jalon-bundle-run-'));
  t.teardown(() => rmSync(runDir, { recursive: true, force: true }));
  const before = process.env.JALON_TEST_DIR;
  process.env.JALON_TEST_DIR = runDir;
  t.teardown(() => { if (before === undefined) delete process.env.JALON_TEST_DIR; else process.env.JALON_TEST_DIR = before; });

  const { code } = await workflowBundle(workflowsPath);
  t.match(code, /Bonjour/, 'the workflow is in the bundle');
  const [file, ...others] = readdirSync(path.join(runDir, 'workflow-bundles'));
  t.same(others, [], 'one file, no half-written one left beside it');
  const kept = path.join(runDir, 'workflow-bundles', file!);
  t.equal(readFileSync(kept, 'utf8'), code, 'the run\'s folder holds the bundle');

  // Another test process of the run takes the run's copy instead of bundling: marked, to tell them apart.
  writeFileSync(kept, `${code}\n// taken from the run's folder`);
  const read = execFileSync(process.execPath, [...runsTypeScript, '--input-type=module', '-e', `
    import { workflowBundle } from ${JSON.stringify(new URL('../src/index.ts', import.meta.url).href)};
    process.stdout.write((await workflowBundle(${JSON.stringify(workflowsPath)})).code.slice(-40));
  `], { encoding: 'utf8', env: { ...process.env, JALON_TEST_DIR: runDir } });
  t.match(read, /taken from the run's folder$/, 'a later process of the run reads the bundle the first one made');
});
