import { notificationsApp, reviewRequest, workerHeaders } from '@jalon/notifications/test-support/notifications-app';
import { actor, plansApp } from '@jalon/plans/test-support/plans-app';
import { portalApp } from '@jalon/portal/test-support/portal-app';
import { createService } from '@jalon/service-kit';
import t from 'tap';

/*
 * What every service's HTTP listener does, on the real services (plans, notifications, the portal's two
 * listeners, the worker's health listener): JSON only in UTF-8, security headers on every response,
 * no Fastify 414 echoing an over-long address, and time limits on every connection.
 */

const worker = await createService({ name: 'worker', title: 'Jalon worker', description: 'health only', logger: false });
t.teardown(() => worker.close());
type Injector = { inject: typeof portal.app.inject };
type InjectOptions = Parameters<Injector['inject']>[0];

const plans = await plansApp(t);
const notifications = await notificationsApp(t);
const portal = await portalApp(t, { worker: false });

const services: Array<[string, Injector]> = [
  ['plans', plans.app], ['notifications', notifications.app], ['portal (internal API)', portal.internal], ['portal (pages)', portal.pages], ['worker', worker],
];

t.test('a JSON body declared in another charset than UTF-8 is refused with 415, naming the content type', async (t) => {
  const person = { name: 'Zoë Français', email: 'zoe.francais@ibz.example', language: 'fr', roles: [] };
  const calls: Array<[string, Injector, InjectOptions, number]> = [
    ['plans', plans.app, { method: 'POST', url: `/organisations/${plans.organisationCode}/people`, headers: { ...actor }, payload: JSON.stringify(person) }, 201],
    ['notifications', notifications.app, { method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: JSON.stringify(reviewRequest({ key: 'charset-test' })) }, 201],
    ['portal', portal.internal, { method: 'POST', url: '/links', headers: await portal.serviceToken(), payload: JSON.stringify({}) }, 400],
  ];
  for (const [name, app, call, accepted] of calls) {
    for (const charset of ['iso-8859-1', 'utf-7', 'UTF-16']) {
      const contentType = `application/json; charset=${charset}`;
      const res = await app.inject({ ...call, headers: { ...call.headers, 'content-type': contentType } });
      t.equal(res.statusCode, 415, `${name}: ${contentType} → 415`);
      t.match(res.headers['content-type'], /^application\/json/, `${name}: a JSON error`);
      t.match(res.json().message, contentType, `${name}: naming the content type`);
    }
    const utf8 = await app.inject({ ...call, headers: { ...call.headers, 'content-type': 'application/json; charset=UTF-8' } });
    t.equal(utf8.statusCode, accepted, `${name}: charset=UTF-8 is read as before (${utf8.statusCode})`);
    if (name === 'plans') t.equal(utf8.json().name, 'Zoë Français', 'the name sent in UTF-8 is stored as written');
  }
});

t.test('every response carries the security headers, JSON included', async (t) => {
  for (const [name, app] of services) {
    for (const url of ['/health', '/no-such-route']) {
      const res = await app.inject({ url });
      t.match(res.headers, {
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
        'content-security-policy': /frame-ancestors 'none'/,
      }, `${name} ${url} (${res.statusCode}, ${res.headers['content-type']})`);
    }
  }
  t.match((await portal.pages.inject({ url: '/sign-in' })).headers['strict-transport-security'], /^max-age=31536000/, 'the portal\'s pages behind https: HSTS');
  const local = await portalApp(t, { worker: false, publicBaseUrl: 'http://127.0.0.1:3000' });
  t.notOk((await local.pages.inject({ url: '/sign-in' })).headers['strict-transport-security'], 'over http (a local run): no HSTS');
});

t.test('an over-long path parameter gets a JSON 400 that does not echo it, never Fastify\'s 414', async (t) => {
  const long = `${'x'.repeat(150)}SECRETMARK`;
  const calls: Array<[string, Injector, string, Record<string, string>]> = [
    ['plans', plans.app, `/strategic-plans/${long}`, { ...actor }],
    ['notifications', notifications.app, `/notifications/${long}`, await workerHeaders()],
    ['portal (internal API)', portal.internal, `/organisations/${long}/cycles/2027`, {}],
  ];
  for (const [name, app, url, headers] of calls) {
    const res = await app.inject({ url, headers });
    t.equal(res.statusCode, 400, `${name}: 400`);
    t.match(res.json(), { statusCode: 400, error: 'Bad Request', message: /too long|longer/ }, `${name}: a JSON error saying what is wrong`);
    t.notMatch(res.body, /SECRETMARK|xxxxxxxxxx/, `${name}: without the input`);
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${name}: with the security headers`);
  }
});

t.test('an over-long decision link shows the invalid-link page in the reader\'s language, without the link', async (t) => {
  const token = `${'A'.repeat(120)}SECRETMARK`;
  const pages: Array<[string, InjectOptions, RegExp]> = [
    ['fr', { url: `/decisions/${token}?lang=fr` }, /Lien non valable/],
    ['nl', { url: `/decisions/${token}`, headers: { 'accept-language': 'nl-BE,nl;q=0.9' } }, /Ongeldige link/],
    ['de', { url: `/decisions/${token}?lang=de` }, /Ungültiger Link/],
    ['fr and nl', { url: `/decisions/${token}` }, /Lien non valable[\s\S]*Ongeldige link/],
    ['fr and nl, POST', { method: 'POST', url: `/decisions/${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'csrf=x' }, /Lien non valable/],
  ];
  for (const [language, request, page] of pages) {
    const res = await portal.pages.inject(request);
    t.equal(res.statusCode, 404, `${language}: as for any unknown link`);
    t.match(res.headers['content-type'], /^text\/html/, `${language}: a page`);
    t.match(res.body, page, `${language}: saying the link is not valid`);
    t.notMatch(res.body, /SECRETMARK|AAAAAAAAAA/, `${language}: without the link`);
    t.match(res.headers['content-security-policy'], /script-src 'none'/, `${language}: with the pages' policy`);
  }
});

t.test('every listener cuts off slow and idle clients', async (t) => {
  for (const [name, app] of [['plans', plans.app], ['worker', worker]] as const) {
    t.match(app.initialConfig, { connectionTimeout: 120_000, requestTimeout: 30_000, keepAliveTimeout: 72_000, bodyLimit: 1_048_576 }, name);
  }
  await worker.listen({ port: 0, host: '127.0.0.1' });
  t.same([worker.server.requestTimeout, worker.server.keepAliveTimeout, worker.server.timeout], [30_000, 72_000, 120_000], 'as the Node.js server applies them');
});
