import { generateServiceKey, ServiceTokenSigner } from '@jalon/auth';
import { testKeyring } from '@jalon/testkit';
import t from 'tap';
import { countRows, notificationsApp, reviewRequest, workerHeaders } from '../test-support/notifications-app.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** The e-mail an intruder tries to queue, as the route takes it: alone, or in a batch. */
const attack = (url: string, email: object) => (url.endsWith('/batch') ? { notifications: [email] } : email);

t.test('every route declares who may call it: the outbox is the worker\'s and the portal\'s, health and docs are open', async (t) => {
  const { app } = await notificationsApp(t);
  await app.ready();
  const withoutRule = app.accessTable.filter((r) => r.rule === undefined).map((r) => `${r.method} ${r.url}`);
  t.same(withoutRule, [], 'no route without a rule');
  const guarded = app.accessTable.filter((r) => !r.rule?.anonymous).map((r) => [`${r.method} ${r.url}`, r.rule]);
  t.same(guarded.sort(), [
    ['GET /notifications', { services: ['worker', 'portal'] }],
    ['GET /notifications/:id', { services: ['worker', 'portal'] }],
    ['POST /notifications', { services: ['worker', 'portal'] }],
    ['POST /notifications/batch', { services: ['worker', 'portal'] }],
  ], 'no person, and no other service, reads or writes the outbox');
  const open = app.accessTable.filter((r) => r.rule?.anonymous).map((r) => r.url);
  t.ok(open.includes('/health') && open.every((url) => url === '/health' || url.startsWith('/docs')), 'only /health and /docs are open');
});

t.test('every guarded route, as anyone but the worker or the portal: 401 or 403, nothing queued, nothing shown', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  const queued = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() });
  t.equal(queued.statusCode, 201);
  const keyring = await testKeyring();
  const stranger = new ServiceTokenSigner(await generateServiceKey('worker'));
  // A person's token from an identity provider: this service takes no calls from people.
  const personToken = ['eyJhbGciOiJSUzI1NiJ9', Buffer.from(JSON.stringify({ iss: 'https://idp.example', sub: 'marie', exp: 4102444800 })).toString('base64url'), 'c2ln'].join('.');
  const callers: Array<[string, () => Promise<Record<string, string>>, 401 | 403]> = [
    ['nobody', async () => ({}), 401],
    ['a made-up actor header', async () => ({ 'x-jalon-actor': 'worker' }), 401],
    ['the plans service', async () => bearer(await keyring.auth('plans').signer.sign('notifications')), 403],
    ['the notifications service itself', async () => bearer(await keyring.auth('notifications').signer.sign('notifications')), 403],
    ['the worker acting for a person', async () => bearer(await keyring.auth('worker').signer.sign('notifications', 'marie')), 403],
    ['the worker\'s token for the plans service', async () => bearer(await keyring.auth('worker').signer.sign('plans')), 401],
    ['a key nobody trusts, naming the worker', async () => bearer(await stranger.sign('notifications')), 401],
    ['a person\'s access token', async () => bearer(personToken), 401],
    ['a malformed credential', async () => ({ authorization: 'Basic d29ya2VyOg==' }), 401],
  ];
  await app.ready();
  const routes = app.accessTable.filter((r) => !r.rule?.anonymous);
  t.equal(routes.length, 4);
  for (const route of routes) {
    const url = route.url.replace(':id', queued.json().id as string);
    for (const [who, headers, status] of callers) {
      const res = await app.inject({
        method: route.method as 'GET' | 'POST', url, headers: await headers(),
        ...(route.method === 'POST' ? { payload: attack(route.url, reviewRequest({ key: `attack:${who}`, email: 'eve@ibz.example' })) } : {}),
      });
      t.equal(res.statusCode, status, `${route.method} ${route.url} as ${who}: ${status}`);
      t.notMatch(res.body, /marie|eve@|review_request|idempotencyKey/, 'the answer shows nothing of the outbox');
    }
  }
  t.equal(await countRows(db), 1, 'nothing was queued');
  await send();
  await catcher.waitFor(() => true);
  t.same(catcher.messages.map((m) => m.to), [['marie.dupont@ibz.example']], 'only the worker\'s e-mail went out');
});
