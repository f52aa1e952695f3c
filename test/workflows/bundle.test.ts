import { workflowBundle } from '@jalon/worker/test-support/test-worker';
import t from 'tap';

/**
 * Every new workflow evaluates the modules of the workflow bundle again. zod's schemas built there
 * were a quarter of the worker's workflow CPU when a thousand organisations launched their cycle
 * (`npm run bench fan-out`): workflow code imports the domain through `@jalon/domain/pure`.
 */
t.test('the workflow bundle carries no zod', async (t) => {
  const { code } = await workflowBundle();
  const modules = [...code.matchAll(/^\/\*\*\*\/ "([^"]+)"/gm)].map((m) => m[1]!);
  t.ok(modules.some((m) => m.includes('packages/domain/src/')), 'the domain rules are in the bundle');
  t.same(modules.filter((m) => /[/.]zod[@/]/.test(m)), [], 'and no module of zod');
});
