import { generateServiceKey, ServiceTokenSigner } from '@jalon/auth';
import { testPayloadEnv } from '@jalon/testkit';
import t from 'tap';
import { readPortalConfig } from '../src/config.js';
import { internalRulesByPrefix } from '../src/internal-app.js';
import { pagesRulesByPrefix } from '../src/pages-app.js';
import { linkRequest, member, portalApp } from '../test-support/portal-app.js';

/* The portal's two listeners: what each serves, who may call each route, and the configuration that guards them. */

const portal = await portalApp(t, { worker: false });
const { pages, internal } = portal;

t.test('a page does not answer on the internal listener, nor the API on the pages\' one', async (t) => {
  for (const url of ['/sign-in', '/dashboard', '/tasks', '/plans', '/decisions/abc', '/assets/portal.css', '/']) {
    t.equal((await internal.inject({ url })).statusCode, 404, `GET ${url} on the internal listener`);
  }
  for (const [method, url] of [['POST', '/links'], ['GET', '/organisations/spf-interieur/cycles/2027'], ['GET', '/docs/json'], ['PUT', '/organisations/spf-interieur/cycle-schedule']] as const) {
    t.equal((await pages.inject({ method, url })).statusCode, 404, `${method} ${url} on the pages' listener`);
  }
  t.equal((await pages.inject({ url: '/sign-in' })).statusCode, 200);
  t.equal((await internal.inject({ url: '/docs/json' })).statusCode, 200);
  t.equal((await pages.inject({ url: '/health' })).statusCode, 200, 'both answer their health check');
  t.equal((await internal.inject({ url: '/health' })).statusCode, 200);
});

t.test('every route of both listeners declares who may call it', async (t) => {
  for (const [name, app, byPrefix] of [['pages', pages, pagesRulesByPrefix], ['internal', internal, internalRulesByPrefix]] as const) {
    await app.ready();
    t.same(app.accessTable.filter((r) => !r.rule).map((r) => `${r.method} ${r.url}`), [], `${name}: no route without a rule`);
    const ruled = new Set(app.accessTable.map((r) => `${r.method} ${r.url}`));
    const covered = (route: string) => ruled.has(route) || byPrefix.some(({ prefix }) => {
      const url = route.split(' ')[1]!;
      return url === prefix || url.startsWith(`${prefix}/`);
    });
    t.same(app.servedRoutes.filter((r) => !covered(r)), [], `${name}: every served route has a rule`);
    t.ok(app.accessTable.length > 5, `${name}: ${app.accessTable.length} routes`);
  }
  const rule = (method: string, url: string) => internal.accessTable.find((r) => r.method === method && r.url === url)?.rule;
  t.same(rule('POST', '/links'), { services: ['worker'] }, '/links: the worker only');
  t.same(rule('POST', '/organisations/:org/cycles')?.people?.roles, ['president_office'], 'a launch: the President\'s office');
  t.same(rule('POST', '/organisations/:org/strategic-plans/:plan/lifecycle')?.people?.roles, ['president_office'], 'starting a strategic plan\'s lifecycle: the President\'s office');
  // A browser's CORS preflight carries no credentials by design: the codec's answer it with headers only, no data.
  const open = internal.accessTable.filter((r) => r.rule?.anonymous).map((r) => `${r.method} ${r.url}`);
  t.same(open, ['OPTIONS /codec/encode', 'OPTIONS /codec/decode'], 'nothing on the internal listener is open to anyone but its documentation, health and the codec\'s preflight');
  t.same(rule('POST', '/codec/decode')?.people?.roles, ['org_admin'], 'the codec: the administrators of the organisation running the installation');
  const pageRule = (method: string, url: string) => pages.accessTable.find((r) => r.method === method && r.url === url)?.rule;
  t.ok(pageRule('GET', '/decisions/:token')?.anonymous && pageRule('GET', '/sign-in')?.anonymous, 'the e-mailed links and sign-in are open');
  t.same(pageRule('GET', '/dashboard')?.people?.roles, ['president_office']);
  t.same(pageRule('POST', '/dashboard/strategic-plans/:plan/lifecycle')?.people?.roles, ['president_office'], 'and its start button');
  t.equal(pageRule('GET', '/tasks')?.people?.session, true, 'the signed-in pages take the session');
});

t.test('POST /links: only the worker gets a link; nobody, a forged header or another service change nothing', async (t) => {
  const { input } = await portal.startRound();
  const body = linkRequest(input, member('dgsp'));
  const count = () => portal.db.selectFrom('decision_links').select((eb) => eb.fn.countAll<string>().as('n')).where('round_id', '=', input.roundId).executeTakeFirstOrThrow().then((r) => Number(r.n));
  const stranger = new ServiceTokenSigner(await generateServiceKey('worker'));
  const attempts: Array<[string, Record<string, string>, number]> = [
    ['nobody', {}, 401],
    ['x-jalon-actor alone', { 'x-jalon-actor': 'worker' }, 401],
    ['a token that is no token', { authorization: 'Bearer not-a-token' }, 401],
    ['a worker key the portal does not trust', { authorization: `Bearer ${await stranger.sign('portal')}` }, 401],
    ['the notifications service', await portal.serviceToken('notifications'), 403],
  ];
  for (const [who, headers, status] of attempts) {
    const response = await internal.inject({ method: 'POST', url: '/links', headers, payload: body });
    t.equal(response.statusCode, status, who);
    t.notMatch(response.body, /decisions\//, `${who}: no link in the answer`);
  }
  t.equal(await count(), 0, 'no link was issued');
  const issued = await internal.inject({ method: 'POST', url: '/links', headers: await portal.serviceToken('worker'), payload: body });
  t.equal(issued.statusCode, 201, 'the worker');
  t.equal(await count(), 1);
});

t.test('the cycle API reads no x-jalon-actor: without an access token it is 401', async (t) => {
  const headers = { 'x-jalon-actor': '6f1c2a3e-1111-4222-8333-944445555666' };
  for (const [method, url, payload] of [
    ['POST', '/organisations/spf-interieur/cycles', { year: 2031 }],
    ['GET', '/organisations/spf-interieur/cycles/2031', undefined],
    ['PUT', '/organisations/spf-interieur/cycle-schedule', { month: 1, day: 5, time: '08:00', yearOffset: 1 }],
    ['POST', '/organisations/spf-interieur/strategic-plans/6f1c2a3e-2222-4222-8333-944445555666/lifecycle', undefined],
  ] as const) {
    const response = await internal.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    t.equal(response.statusCode, 401, `${method} ${url}`);
    t.equal(response.json().error, 'Unauthorized');
  }
});

t.test('the configuration: proxies by address only, the sign-in methods by environment', async (t) => {
  const base = { DATABASE_URL: 'postgres://x@127.0.0.1/x', ...testPayloadEnv() };
  t.throws(() => readPortalConfig({ DATABASE_URL: base.DATABASE_URL }), /JALON_PAYLOAD_KEYS/, 'no payload key: the portal does not start (it would send workflows personal data in clear)');
  t.throws(() => readPortalConfig({ ...base, TRUST_PROXY: 'true' }), /TRUST_PROXY: give the proxies' addresses/, 'TRUST_PROXY=true is refused');
  t.throws(() => readPortalConfig({ ...base, TRUST_PROXY: '2' }), /TRUST_PROXY/, 'so is a hop count');
  t.throws(() => readPortalConfig({ ...base, TRUST_PROXY: '10.0.0.5,proxy.example' }), /not an IP address or CIDR range: proxy\.example/);
  t.same(readPortalConfig({ ...base, TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).TRUST_PROXY, ['10.0.0.5', '10.1.0.0/16', '::1']);

  t.equal(readPortalConfig(base).EMAIL_SIGN_IN, true, 'e-mailed sign-in is on outside production');
  const production = { ...base, NODE_ENV: 'production', CSRF_SECRET: 'x'.repeat(32) };
  const provider = { OIDC_ISSUER: 'https://login.ibz.example/realms/jalon', OIDC_CLIENT_ID: 'jalon-portal', OIDC_CLIENT_SECRET: 's3cret' };
  t.equal(readPortalConfig({ ...production, ...provider }).EMAIL_SIGN_IN, false, 'and off in production');
  t.equal(readPortalConfig({ ...production, ...provider, EMAIL_SIGN_IN: 'true' }).EMAIL_SIGN_IN, true, 'unless asked for');
  t.throws(() => readPortalConfig(production), /OIDC_ISSUER: required when EMAIL_SIGN_IN is off/, 'production without a provider signs nobody in');
  t.throws(() => readPortalConfig({ ...production, ...provider, OIDC_ISSUER: 'http://login.ibz.example/realms/jalon' }), /https address in production/);
  t.throws(() => readPortalConfig({ ...base, OIDC_ISSUER: provider.OIDC_ISSUER }), /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: required/);
  t.throws(() => readPortalConfig({ ...base, ...provider, OIDC_CLIENT_ID: 'jalon' }), /OIDC_CLIENT_ID: must differ from OIDC_AUDIENCE/, 'an ID token must not pass for an access token');
  t.same(readPortalConfig({ ...base, ...provider }).provider, { issuer: provider.OIDC_ISSUER, clientId: 'jalon-portal', clientSecret: 's3cret', audience: 'jalon' });
  t.same(readPortalConfig(base).JALON_TRUSTED_KEYS, {}, 'no key: no service is accepted');
  t.throws(() => readPortalConfig({ ...base, JALON_TRUSTED_KEYS: '{"worker": [{"kty": "RSA"}]}' }), /JALON_TRUSTED_KEYS/);
  t.throws(() => readPortalConfig({ ...base, JALON_TRUSTED_KEYS: '{not json' }), /JALON_TRUSTED_KEYS: is not valid JSON/);
});
