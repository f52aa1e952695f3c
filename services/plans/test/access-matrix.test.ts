import t from 'tap';
import { plansAccessRules, type PlansRoute } from '../src/access/access-rules.js';
import { as, plansApp, sampleDecision, sampleObjective } from '../test-support/plans-app.js';
import { accessWorld, type AccessWorld } from './access-world.js';

/** Every route of the access table with a request that would succeed for a caller the route admits. */
function requests(w: AccessWorld): Record<PlansRoute, { payload?: object }> {
  const objectiveChange = { expectedRevision: 1, target: '60 jours au plus' };
  const withdrawal = { requestedByParty: 'spf', reason: 'Budget insuffisant', requestedOn: '2025-06-02' };
  return {
    'GET /organisations': {}, 'GET /organisations/:org': {}, 'GET /organisations/:org/entities': {}, 'GET /organisations/:org/authorities': {},
    'PATCH /organisations/:org/settings': { payload: { emailSignIn: false } },
    'POST /organisations': { payload: { code: 'spf-intrus', name: { fr: 'SPF Intrus', nl: 'FOD Indringer' }, shortName: 'Intrus' } },
    'PATCH /organisations/:org': { payload: { shortName: 'Intrus' } },
    'POST /organisations/:org/entities': { payload: { code: 'INTRUS', kind: 'service', name: { fr: 'Intrus', nl: 'Indringer' } } },
    'PATCH /organisations/:org/entities/:code': { payload: { kind: 'other' } },
    'DELETE /organisations/:org/entities/:code': {},
    'POST /organisations/:org/authorities': { payload: { code: 'intrus', kind: 'minister', title: { fr: 'Intrus', nl: 'Indringer' }, holderName: 'X', signs: false } },
    'PATCH /organisations/:org/authorities/:code': { payload: { holderName: 'Intrus' } },
    'DELETE /organisations/:org/authorities/:code': {},
    'DELETE /people/:personId/delegations/:delegationId': {},
    'GET /organisations/:org/strategic-plans': {}, 'GET /organisations/:org/operational-plans': {},
    'POST /organisations/:org/operational-plans': { payload: { year: 2026, strategicPlanId: w.planId } },
    'POST /organisations/:org/strategic-plans': { payload: { code: 'PS-2040', period: { from: 2040, to: 2044 }, title: { fr: 'Plan', nl: 'Plan' } } },
    'POST /organisations/:org/first-administrator': { payload: { name: 'Intrus', email: 'intrus@ibz.example', language: 'fr' } },
    'GET /organisations/:org/people': {}, 'GET /organisations/:org/role-holders': {}, 'GET /people/by-email/:email': {}, 'GET /people/:personId': {},
    'POST /organisations/:org/people': { payload: { name: 'Intrus', email: 'intrus@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] } },
    'POST /people/:personId/roles': { payload: { role: 'president_office' } },
    'DELETE /people/:personId/roles/:roleId': {},
    'POST /people/:personId/delegations': { payload: { role: 'drafter', deputyId: w.people.member.id, startsOn: '2025-01-01', endsOn: '2030-12-31' } },
    'POST /identities/resolve': { payload: { issuer: 'https://idp.example', subject: 'jan', email: 'jan.peeters@ibz.example', emailVerified: true } },
    'GET /strategic-plans/:planId': {}, 'GET /strategic-plans/:planId/objectives/:number': {}, 'GET /strategic-plans/:planId/figures': {}, 'GET /strategic-plans/:planId/chapters': {}, 'GET /strategic-plans/:planId/authorities/:authority/scope': {},
    'PATCH /strategic-plans/:planId/objectives/:number': { payload: { expectedRevision: 1, title: 'Réécrit' } },
    'POST /strategic-plans/:planId/objectives': { payload: { expectedRevision: 1, title: 'Nouvel objectif', text: 'Texte', category: 'governance', ownerEntityCodes: ['ALL'] } },
    'PUT /strategic-plans/:planId/priorities': { payload: { expectedRevision: 1, priorities: [{ title: 'Priorité', text: 'Texte' }] } },
    'PUT /strategic-plans/:planId/risk-domains': { payload: { expectedRevision: 1, riskDomains: [{ title: 'Risque', weaknesses: [], threats: [], objectiveNumbers: [1] }] } },
    'POST /strategic-plans/:planId/addenda': { payload: { title: 'Addendum', text: 'Texte' } },
    'POST /strategic-plans/:planId/status': { payload: { expectedRevision: 1, status: 'in_committee' } },
    'GET /operational-plans/:planId': {},
    'POST /operational-plans/:planId/objectives': { payload: { expectedRevision: 3, ...sampleObjective({ code: 'OO-20.2' }) } },
    'PATCH /operational-plans/:planId/objectives/:code': { payload: objectiveChange },
    'PUT /operational-plans/:planId/objectives/:code/result': { payload: { expectedRevision: 1, result: 'Atteint' } },
    'GET /operational-plans/:planId/progress': {},
    'POST /operational-plans/:planId/progress/checkpoints': { payload: { checkpoint: '2025-03-31', dueDate: '2025-04-14' } },
    'PUT /operational-plans/:planId/objectives/:code/progress/:checkpoint': { payload: { expectedRevision: 1, checkpoint: '2025-03-31', indicatorValue: '12', status: 'on_track' } },
    'PUT /operational-plans/:planId/objectives/:code/year-end-result': { payload: { expectedRevision: 1, value: '40', status: 'achieved', explanation: 'Atteint.' } },
    'POST /operational-plans/:planId/projects': { payload: { title: 'Projet', ownerEntityCode: 'OE', requestedByParty: 'spf', reason: 'Demande', requestedOn: '2025-03-01' } },
    'POST /operational-plans/:planId/projects/:projectId/withdraw': { payload: withdrawal },
    'POST /operational-plans/:planId/drafted-projects': { payload: { expectedRevision: 3, title: 'Projet', objectiveCode: 'OO-20.1', deadline: '2025-10-31', ownerEntityCode: 'OE' } },
    'PATCH /operational-plans/:planId/drafted-projects/:projectId': { payload: { expectedRevision: 1, deadline: '2025-11-30' } },
    'DELETE /operational-plans/:planId/drafted-projects/:projectId': {},
    'PUT /operational-plans/:planId/budget-adoption': { payload: { expectedRevision: 3, budgetAdoptedOn: '2024-12-21' } },
    'POST /operational-plans/:planId/carry-over': { payload: { expectedRevision: 3, fromPlanId: w.operationalId } },
    'POST /operational-plans/:planId/status': { payload: { expectedRevision: 3, status: 'in_committee' } },
    'POST /strategic-plans/:planId/versions': {}, 'GET /strategic-plans/:planId/versions': {}, 'GET /strategic-plans/:planId/versions/:number': {},
    'GET /strategic-plans/:planId/versions/:number/compare': {},
    'POST /operational-plans/:planId/versions': {}, 'GET /operational-plans/:planId/versions': {}, 'GET /operational-plans/:planId/versions/:number': {},
    'GET /operational-plans/:planId/versions/:number/compare': {},
    'GET /strategic-plans/:planId/versions/:number/document.pdf': {}, 'GET /operational-plans/:planId/versions/:number/document.pdf': {},
    'POST /strategic-plans/:planId/versions/:number/publication': {}, 'POST /operational-plans/:planId/versions/:number/publication': {},
    'GET /organisations/:org/publications': {}, 'GET /publications/:kind/:planId/:number/:file': {},
    'GET /audit': {},
    'POST /decisions': { payload: sampleDecision(w.planId) },
    'GET /strategic-plans/:planId/decisions': {}, 'GET /operational-plans/:planId/decisions': {}, 'GET /organisations/:org/decisions': {},
  };
}

/** The route's address with the world's ids in place of its parameters. */
function addressOf(w: AccessWorld, route: PlansRoute): { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string } {
  const [method, path] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string];
  const planId = path.startsWith('/strategic-plans') ? w.planId : w.operationalId;
  const params: Record<string, string> = {
    org: w.organisationCode, planId, number: path.includes('versions') ? '1' : '3', projectId: w.projectId,
    code: path.includes('/entities/') ? 'SAIOD' : path.includes('/authorities/') ? 'state-secretary-asylum-migration' : 'OO-20.1',
    delegationId: '0b0b0b0b-0000-4000-8000-000000000001', checkpoint: '2025-03-31', kind: 'operational', file: 'canonical.json',
    personId: w.people.drafter.id, roleId: w.people.drafter.roles[0]!.id, email: 'jan.peeters@ibz.example', authority: 'state-secretary-asylum-migration',
  };
  const query = path === '/organisations/:org/role-holders' ? '?role=drafter&on=2025-03-01' : path.endsWith('/compare') ? '?to=1'
    : route.startsWith('DELETE /operational-plans/:planId/drafted-projects') ? '?expectedRevision=1' : '';
  return { method, url: path.replace(/:(\w+)/g, (_, name: string) => params[name]!) + query };
}

t.test('every route has its rule in the access table, and the table names no route that does not exist', async (t) => {
  const { app } = await plansApp(t, { loadReference: false });
  await app.ready();
  t.same(app.accessTable.filter((r) => !r.rule).map((r) => `${r.method} ${r.url}`), [], 'no route without a rule');
  const table = plansAccessRules(async () => undefined);
  const served = app.accessTable.filter((r) => r.url !== '/health' && !r.url.startsWith('/docs'));
  t.same(served.map((r) => `${r.method} ${r.url}`).sort(), Object.keys(table).sort(), 'the table and the routes name the same routes');
  const shape = (rule: { anonymous?: true; services?: readonly string[]; onBehalfOf?: readonly string[]; people?: { roles: unknown } } | undefined) =>
    ({ anonymous: rule?.anonymous, services: rule?.services, onBehalfOf: rule?.onBehalfOf, roles: rule?.people?.roles });
  for (const route of served) {
    t.same(shape(route.rule), shape(table[`${route.method} ${route.url}` as PlansRoute]), `${route.method} ${route.url} is guarded by its rule in the table`);
  }
  t.same(app.accessTable.filter((r) => r.rule?.anonymous).map((r) => r.url).filter((u) => u !== '/health' && !u.startsWith('/docs')), [], 'only the documentation and health are open to anyone');
});

t.test('every route, called by nobody, a person without the role, a person of another organisation or the wrong service: 401 or 403, nothing written', async (t) => {
  const w = await accessWorld(t);
  const table = plansAccessRules(async () => undefined);
  const before = await w.fingerprint();
  const callers = {
    nobody: { headers: async () => ({}), expected: 401 },
    'a self-declared actor': { headers: async () => ({ 'x-jalon-actor': w.people.administrator.id }), expected: 401 },
    'a person without the role': { headers: () => w.person(w.people.member), expected: 403 },
    'a person of another organisation': { headers: () => w.person(w.outsider), expected: 403 },
    'the notifications service': { headers: () => as.service('notifications'), expected: 403 },
    'the notifications service acting for the President\'s office': { headers: () => as.service('notifications', w.people.president.id), expected: 403 },
  };
  let calls = 0;
  for (const [route, { payload }] of Object.entries(requests(w)) as Array<[PlansRoute, { payload?: object }]>) {
    const { method, url } = addressOf(w, route);
    for (const [who, { headers, expected }] of Object.entries(callers)) {
      // Any member may read the plans: a member without a role is "without the role" only where roles are named.
      if (who === 'a person without the role' && table[route].people?.roles === 'member') continue;
      const res = await w.call(method, url, await headers(), payload);
      calls += 1;
      if (res.statusCode !== expected) t.fail(`${route} as ${who}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
  }
  t.ok(calls > 200, `${calls} calls, each refused as expected`);
  t.equal(await w.fingerprint(), before, 'nothing was written: no audit row, no change to any table');
});

t.test('the same routes answer the callers they are meant for', async (t) => {
  const w = await accessWorld(t);
  const workerReads = ['GET /organisations', 'GET /people/by-email/:email', 'GET /organisations/:org/role-holders', 'GET /audit', 'GET /operational-plans/:planId/versions/:number/compare'] as const;
  for (const route of workerReads) {
    const { method, url } = addressOf(w, route);
    t.equal((await w.call(method, url, await as.worker())).statusCode, 200, `${route}: the worker reads it`);
    t.equal((await w.call(method, url, await as.portal())).statusCode, 200, `${route}: the portal reads it`);
  }
  const strategic = addressOf(w, 'GET /strategic-plans/:planId');
  t.equal((await w.call(strategic.method, strategic.url, await w.person(w.people.member))).statusCode, 200, 'any member of the organisation reads its plans');
  const people = addressOf(w, 'GET /organisations/:org/people');
  t.equal((await w.call(people.method, people.url, await w.person(w.people.president))).statusCode, 200, 'the President\'s office reads the list of people');
  t.equal((await w.call(people.method, people.url, await w.person(w.people.drafter))).statusCode, 403, 'a drafter does not read people\'s e-mail addresses');
  const audit = `/audit?subjectType=operational_plan&subjectId=${w.operationalId}`;
  t.equal((await w.call('GET', audit, await w.person(w.people.administrator))).statusCode, 200, 'an administrator reads the audit of a subject of the organisation');
  t.equal((await w.call('GET', '/audit', await w.person(w.people.president))).statusCode, 403, 'people read the audit of one subject at a time');
  t.equal((await w.call('GET', audit, await w.person(w.outsider))).statusCode, 403, 'and never another organisation\'s');

  // The installation's operator registers people (an organisation's first administrator), and nothing else.
  const operator = await as.service('operator');
  const registered = await w.call('POST', `/organisations/${w.organisationCode}/people`, operator, { name: 'Admin', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] });
  t.equal(registered.statusCode, 201, 'the operator registers an administrator');
  t.equal((await w.call('GET', '/people/by-email/admin@ibz.example', operator)).statusCode, 200, 'and finds a person by e-mail');
  t.equal((await w.call('POST', `/people/${w.people.member.id}/roles`, operator, { role: 'president_office' })).statusCode, 403, 'but gives no role to someone registered');
  t.equal((await w.call('GET', people.url, operator)).statusCode, 403, 'nor lists the people');
  t.equal((await w.call('POST', `/strategic-plans/${w.planId}/status`, operator, { expectedRevision: 1, status: 'in_committee' })).statusCode, 403, 'nor moves a plan');
});
