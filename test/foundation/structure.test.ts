import { repoRoot } from '@jalon/infra';
import t from 'tap';
import { checkDeclarations, checkFile, checkRepository, type Offence, type Workspace } from '../support/structure-rules.js';

const workspace: Workspace = { appPackages: new Set(['@jalon/plans', '@jalon/portal', '@jalon/worker', '@jalon/workflows', '@jalon/activities']) };
const rulesOf = (file: string, text: string) => checkFile(file, text, workspace).map((o) => o.rule);
const lines = (n: number, line = 'const x = 1;') => `${Array.from({ length: n }, () => line).join('\n')}\n`;
/** A function whose declaration, body and closing brace take `n` lines in all. */
const functionOf = (n: number, head = 'function long() {') => `${head}\n${lines(n - 2, '  work();')}}\n`;

t.test('a file under src/ may have 300 lines, not 301; message catalogues and files outside src/ may be longer', async (t) => {
  t.same(rulesOf('services/portal/src/a.ts', lines(300)), []);
  t.same(rulesOf('services/portal/src/a.ts', lines(301)), ['file-size']);
  t.match(checkFile('workflows/src/cycle/workflow.ts', lines(482), workspace)[0], { where: 'workflows/src/cycle/workflow.ts', message: /482 lines/ });
  for (const catalogue of ['services/portal/src/pages/i18n.ts', 'services/portal/src/pages/plan-viewer/copy.ts', 'services/portal/src/ui/web-copy.ts', 'services/portal/src/ui/catalogue.ts']) {
    t.same(rulesOf(catalogue, lines(600)), [], `${catalogue} is a message catalogue`);
  }
  t.same(rulesOf('services/portal/src/copycat.ts', lines(301)), ['file-size'], 'a name that merely contains "copy" is not a catalogue');
  t.same(rulesOf('test/e2e/long.test.ts', lines(400)), [], 'tests are not under src/');
});

t.test('a function may have 120 lines, not 121: declarations, arrows, methods and test callbacks alike', async (t) => {
  t.same(rulesOf('test/a.ts', functionOf(120)), []);
  t.same(rulesOf('test/a.ts', functionOf(121)), ['function-size']);
  t.match(checkFile('a/src/a.ts', functionOf(121, 'export const run = async () => {'), workspace)[0], { where: 'a/src/a.ts:1', message: /function run has 121 lines/ });
  t.match(checkFile('a/src/a.ts', `class Cycle {\n${functionOf(121, 'advance() {')}}\n`, workspace)[0], { where: 'a/src/a.ts:2', message: /function advance/ });
  t.match(checkFile('test/a.test.ts', `t.test('x', async (t) => {\n${lines(120, '  t.ok(1);')}});\n`, workspace)[0], { message: /callback of t\.test/ });
  t.same(rulesOf('test/a.ts', `const text = \`${lines(200)}\`;\n`), [], 'a long string is not a function');
});

t.test('a shared package never imports a service, workflows or activities', async (t) => {
  t.same(rulesOf('packages/testkit/src/temporal.ts', "import { createJalonWorker } from '@jalon/worker';\n"), ['package-imports-app']);
  t.same(rulesOf('packages/testkit/src/temporal.ts', "import type { ActivityDependencies } from '@jalon/activities';\n"), ['package-imports-app'], 'a type-only import too');
  t.same(rulesOf('packages/domain/src/a.ts', "export { x } from '../../../workflows/src/x.js';\n"), ['package-imports-app'], 'a relative path too');
  t.same(rulesOf('packages/testkit/src/a.ts', "const m = await import('@jalon/portal/test-support/portal-app');\n"), ['package-imports-app'], 'a dynamic import too');
  t.same(rulesOf('packages/testkit/src/a.ts', "import { z } from 'zod';\nimport { testEnv } from './test-env.js';\nimport type { Language } from '@jalon/contracts';\n"), []);
  t.same(rulesOf('services/worker/test-support/w.ts', "import { testTemporal } from '@jalon/testkit';\nimport type { A } from '@jalon/activities';\n"), [], 'services and tests compose them');
});

t.test('nothing imports another service\'s src/', async (t) => {
  t.same(rulesOf('test/e2e/outage.test.ts', "import { buildPlansApp } from '../../services/plans/src/app.js';\n"), ['foreign-service-src']);
  t.same(rulesOf('services/portal/bench/fan-out.bench.ts', "import type { Database } from '../../plans/src/database.js';\n"), ['foreign-service-src']);
  t.same(rulesOf('services/portal/test/a.test.ts', "import reference from '../../plans/src/reference/plan.json' with { type: 'json' };\n"), ['foreign-service-src']);
  t.same(rulesOf('test/a.test.ts', "import { buildPlansApp } from '@jalon/plans/src/app.js';\n"), ['foreign-service-src'], 'nor through the package name');
  t.same(rulesOf('test/a.test.ts', "type App = import('../services/plans/src/app.js').App;\n"), ['foreign-service-src'], 'nor in a type');
  t.same(rulesOf('services/plans/test/a.test.ts', "import { buildPlansApp } from '../src/app.js';\n"), [], 'a service\'s own tests may');
  t.same(rulesOf('test/e2e/a.test.ts', "import { portalApp } from '@jalon/portal/test-support/portal-app';\nimport { x } from '@jalon/plans/test-support/plans-app';\n"), [], 'what a service exports, and its test support, are not src/');
  t.same(rulesOf('test/e2e/a.test.ts', "spawn(process.execPath, ['services/plans/src/server.ts']);\n"), [], 'running a service\'s entry point is not importing it');
});

t.test('the vocabulary is declared once, and both languages\' text is not written out', async (t) => {
  const contracts = { file: 'packages/contracts/src/common.ts', text: "export type Language = z.infer<typeof languageSchema>;\n" };
  const again = { file: 'services/portal/src/copy.ts', text: "export type Language = 'fr' | 'nl';\ninterface CycleState { stage: string }\n" };
  const other = { file: 'workflows/src/messages.ts', text: 'export interface CycleState { year: number }\n' };
  const reexport = { file: 'services/notifications/src/types.ts', text: "export type { Language } from '@jalon/contracts';\nconst s = 'type Language = string';\n" };
  t.same(checkDeclarations([contracts, reexport]), [], 'a re-export or a string is not a declaration');
  const offences = checkDeclarations([again, contracts, other, reexport]);
  t.same(offences.map((o: Offence) => o.where), ['services/portal/src/copy.ts:1', 'workflows/src/messages.ts:1'], 'the copy outside contracts, and the second of two elsewhere');
  t.match(offences[0], { rule: 'declared-twice', message: /first at packages\/contracts\/src\/common\.ts:1/ });
  t.same(rulesOf('workflows/src/a.ts', 'export interface Step { name: { fr: string; nl: string } }\n'), ['inline-localized-text']);
  t.same(rulesOf('workflows/src/a.ts', 'type T = { nl: string; fr: string; de?: string };\ntype U = { fr?: string; nl: string };\n'), [], 'another shape is another type');
});

t.test('the repository keeps these rules', async (t) => {
  const offences = checkRepository(repoRoot);
  for (const offence of offences) {
    t.fail(`${offence.where}: ${offence.message}`);
  }
  t.pass('every file was read');
});
