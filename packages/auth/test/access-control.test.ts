import Fastify from 'fastify';
import t from 'tap';
import { accessControlPlugin, generateServiceKey, publicJwkOf, ServiceTokenSigner, ServiceTokenVerifier, type PeopleDirectory, type PersonTokenVerifier } from '../src/index.js';

/** A directory of one organisation where p-office holds president_office and p-drafter is a drafter. */
const directory: PeopleDirectory = {
  async holds(personId, organisation, roles) {
    const held: Record<string, string[]> = { 'p-office': ['president_office'], 'p-drafter': ['drafter'] };
    if (organisation !== 'org-a' || !held[personId]) return false;
    return roles === 'member' || roles.some((r) => held[personId]!.includes(r));
  },
};

async function app(t: { teardown: (fn: () => unknown) => void }) {
  const worker = await generateServiceKey('worker');
  const portal = await generateServiceKey('portal');
  const written: string[] = [];
  const server = Fastify();
  await server.register(accessControlPlugin, {
    services: new ServiceTokenVerifier('plans', { worker: [publicJwkOf(worker)], portal: [publicJwkOf(portal)] }),
    directory,
    rulesByPrefix: [{ prefix: '/docs', rule: { anonymous: true } }],
  });
  const org = (r: { params: unknown }) => (r.params as { org: string }).org;
  server.get('/health', { config: { access: { anonymous: true } } }, async () => ({ ok: true }));
  server.get('/docs/json', async () => ({}));
  server.post('/orgs/:org/status', { config: { access: { services: ['worker'] } } }, async () => { written.push('status'); return {}; });
  server.post('/orgs/:org/roles', { config: { access: { people: { roles: ['president_office'], organisation: org }, onBehalfOf: ['portal'] } } }, async () => {
    written.push('roles');
    return {};
  });
  server.get('/orgs/:org/secret', async () => ({ leaked: true }));
  t.teardown(() => server.close());
  const bearer = async (signer: ServiceTokenSigner, actingFor?: string) => ({ authorization: `Bearer ${await signer.sign('plans', actingFor)}` });
  return { server, written, worker: new ServiceTokenSigner(worker), portal: new ServiceTokenSigner(portal), bearer };
}

t.test('every route is in the access table, and one without a rule is closed', async (t) => {
  const { server, worker, bearer } = await app(t);
  await server.ready();
  t.same(server.accessTable.filter((r) => !r.rule).map((r) => `${r.method} ${r.url}`), ['GET /orgs/:org/secret']);
  t.equal((await server.inject({ url: '/orgs/org-a/secret', headers: await bearer(worker) })).statusCode, 403);
  t.equal((await server.inject({ url: '/docs/json' })).statusCode, 200);
  t.equal((await server.inject({ url: '/health' })).statusCode, 200);
});

t.test('nobody, a forged header, the wrong service, or a person without the role change nothing', async (t) => {
  const { server, written, worker, portal, bearer } = await app(t);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/status', headers: { 'x-jalon-actor': 'worker' } })).statusCode, 401);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/status', headers: { authorization: 'Bearer not-a-token' } })).statusCode, 401);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/status', headers: await bearer(portal) })).statusCode, 403);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/roles', headers: await bearer(portal, 'p-drafter') })).statusCode, 403);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-b/roles', headers: await bearer(portal, 'p-office') })).statusCode, 403, 'another organisation');
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/roles', headers: await bearer(worker, 'p-office') })).statusCode, 403, 'the worker may not act for people here');
  t.same(written, []);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/status', headers: await bearer(worker) })).statusCode, 200);
  t.equal((await server.inject({ method: 'POST', url: '/orgs/org-a/roles', headers: await bearer(portal, 'p-office') })).statusCode, 200);
  t.same(written, ['status', 'roles']);
});

t.test('a valid access token whose person cannot be looked up right now is a 503, not "your token is invalid"', async (t) => {
  const server = Fastify();
  let plansUp = false;
  await server.register(accessControlPlugin, {
    services: new ServiceTokenVerifier('portal', {}),
    // The organisation's provider signed this token; who it is in Jalon is the plans service's to say.
    people: { verify: async (token: string) => { if (token !== 'laura') throw new Error('bad signature'); return { issuer: 'idp', subject: 'sub-laura', email: 'laura@ibz.example', emailVerified: true }; } } as unknown as PersonTokenVerifier,
    personFor: async () => {
      if (!plansUp) throw Object.assign(new Error('The plan data service does not answer; try again in a moment.'), { statusCode: 503 });
      return 'p-office';
    },
    directory,
  });
  server.get('/orgs/:org/cycles', { config: { access: { people: { roles: 'member', organisation: (r) => (r.params as { org: string }).org } } } }, async (req) => ({ caller: req.caller }));
  t.teardown(() => server.close());
  const call = (token: string) => server.inject({ url: '/orgs/org-a/cycles', headers: { authorization: `Bearer ${token}` } });

  const down = await call('laura');
  t.equal(down.statusCode, 503, 'the plans service down: 503');
  t.match(down.json().message, /try again/);
  t.equal((await call('forged')).statusCode, 401, 'a token that does not verify is still a 401');
  plansUp = true;
  t.match((await call('laura')).json(), { caller: { kind: 'person', personId: 'p-office' } }, 'once it answers, the same token is her');
});
