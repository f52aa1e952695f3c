import t from 'tap';
import { plansApp, worker } from '../test-support/plans-app.js';

t.test('the docs page and the OpenAPI document list every route', async (t) => {
  const { app } = await plansApp(t, { loadReference: false });
  const page = await app.inject({ url: '/docs' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /text\/html/);
  const spec = (await app.inject({ url: '/docs/json' })).json();
  const documented = new Set(Object.entries(spec.paths as Record<string, Record<string, unknown>>)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
  const served = app.servedRoutes.filter((r) => !r.split(' ')[1]!.startsWith('/docs'));
  t.ok(served.length > 20, `${served.length} routes served`);
  t.same(served.filter((r) => !documented.has(r)), [], 'every served route is documented');
});

t.test('an unknown route answers 404 pointing to the docs; a 5xx never shows SQL or a stack', async (t) => {
  const { app, db } = await plansApp(t, { loadReference: false });
  const res = await app.inject({ url: '/nope' });
  t.equal(res.statusCode, 404);
  t.match(res.json().message, /\/docs/);
  await db.destroy();
  const broken = await app.inject({ url: '/organisations', headers: worker });
  t.ok(broken.statusCode >= 500, 'the database is gone: a server error');
  t.notMatch(broken.body, /select|from "|at .*\.ts:\d+|pool/i, 'no SQL, no stack, no driver message');
});
