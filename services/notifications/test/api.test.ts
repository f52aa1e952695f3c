import t from 'tap';
import { countRows, notificationsApp, reviewRequest, workerHeaders } from '../test-support/notifications-app.js';

t.test('params that do not fit the template get 400 naming the field, and nothing is queued', async (t) => {
  const { app, db } = await notificationsApp(t);
  const base = reviewRequest();
  const { link: _link, ...withoutLink } = base.params;
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['missing link', { ...base, params: withoutLink }, /body\.params\.link/],
    ['link not a URL', { ...base, params: { ...base.params, link: 'javascript:alert(1)' } }, /body\.params\.link/],
    ['due not a date', { ...base, params: { ...base.params, due: '15/03/2022' } }, /body\.params\.due/],
    ['escalation without holder', { ...base, template: 'escalation', params: { ...base.params, daysLate: 3 } }, /body\.params\.holderName/],
    ['days late not a number', { ...base, template: 'escalation', params: { ...base.params, holderName: 'Jan', daysLate: 'three' } }, /body\.params\.daysLate/],
    ['unknown template', { ...base, template: 'newsletter' }, /body\.template/],
    ['unknown language', { ...base, recipient: { ...base.recipient, language: 'es' } }, /body\.recipient\.language/],
    ['bad address', { ...base, recipient: { ...base.recipient, email: 'marie.dupont' } }, /body\.recipient\.email/],
    ['no key', { ...base, idempotencyKey: '' }, /body\.idempotencyKey/],
  ];
  for (const [name, payload, field] of cases) {
    const res = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload });
    t.equal(res.statusCode, 400, `${name}: 400`);
    t.match(res.json().message, field, `${name}: names the field`);
    t.match(res.json().message, /Correct these fields/, `${name}: says what to do`);
  }
  t.equal(await countRows(db), 0, 'no row was written');
});

t.test('every template can be queued with its own params', async (t) => {
  const { app, catcher, send } = await notificationsApp(t);
  const recipient = { email: 'sophie.martin@ibz.example', name: 'Sophie Martin', language: 'fr' };
  const plan = { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' };
  const requests = [
    { template: 'reminder', params: { planTitle: plan, stepName: 'Relecture', due: '2022-03-15', link: 'https://jalon.ibz.example/r/1' } },
    { template: 'escalation', params: { planTitle: plan, stepName: 'Relecture', holderName: 'Jan Peeters', due: '2022-03-15', daysLate: 3 } },
    { template: 'communication', params: { planTitle: plan, targetGroup: { fr: 'Personnel', nl: 'Personeel' }, message: { fr: 'Le plan est signé.\n\nIl entre en vigueur.', nl: 'Het plan is ondertekend.' } } },
  ];
  for (const [i, r] of requests.entries()) {
    const res = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: { idempotencyKey: `k${i}`, kind: r.template, recipient, ...r } });
    t.equal(res.statusCode, 201, r.template);
  }
  await send();
  const mails = await catcher.waitFor(() => true, { count: 3 });
  t.same(mails.map((m) => m.subject).sort(), [
    'Information\u00a0: Plan stratégique 2022-2024',
    'Rappel\u00a0: Plan stratégique 2022-2024 – Relecture (échéance le 15 mars 2022)',
    'Étape en retard\u00a0: Plan stratégique 2022-2024 – Relecture',
  ]);
});

t.test('the docs page and the OpenAPI document list every route', async (t) => {
  const { app } = await notificationsApp(t);
  t.equal((await app.inject({ url: '/docs' })).statusCode, 200);
  const spec = (await app.inject({ url: '/docs/json' })).json();
  const documented = new Set(Object.entries(spec.paths as Record<string, Record<string, unknown>>)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
  const served = app.servedRoutes.filter((r) => !r.split(' ')[1]!.startsWith('/docs'));
  t.same(served.filter((r) => !documented.has(r)), [], 'every served route is documented');
  t.ok(documented.has('POST /notifications'));
});

t.test('GET /health names the dependency that does not answer', async (t) => {
  const { app, catcher } = await notificationsApp(t);
  const ok = await app.inject({ url: '/health' });
  t.equal(ok.statusCode, 200);
  await catcher.close();
  const degraded = await app.inject({ url: '/health' });
  t.equal(degraded.statusCode, 503);
  t.equal(degraded.json().checks.smtp.ok, false);
  t.equal(degraded.json().checks.postgres.ok, true);
});
