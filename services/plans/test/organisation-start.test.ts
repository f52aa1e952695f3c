import t from 'tap';
import { actor, as, plansApp } from '../test-support/plans-app.js';

/* What starts a new organisation's own work: its first administrator, named by an operator, and a new strategic plan, started by its President's office. */

type World = Awaited<ReturnType<typeof plansApp>>;
const call = (app: World['app'], method: 'GET' | 'POST', url: string, headers: object, payload?: object) =>
  app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

const mobility = { code: 'spf-mobilite', name: { fr: 'SPF Mobilité et Transports', nl: 'FOD Mobiliteit en Vervoer' }, shortName: 'Mobilité' };
const plan = { code: 'PS-2030-2034', period: { from: 2030, to: 2034 }, title: { fr: 'Plan stratégique 2030-2034', nl: 'Strategisch plan 2030-2034' } };

async function personWith(db: World['db'], org: string, email: string, roles: string[]) {
  const person = await db.insertInto('people').values({ organisation_code: org, name: email.split('@')[0]!, email, language: 'fr' }).returning('id').executeTakeFirstOrThrow();
  if (roles.length > 0) await db.insertInto('person_roles').values(roles.map((role) => ({ person_id: person.id, role, entity_code: null, authority_code: null }))).execute();
  return person.id;
}

t.test('an operator names the first administrator of an organisation it created, once; nobody else does', async (t) => {
  const { app, db } = await plansApp(t);
  t.equal((await call(app, 'POST', '/organisations', actor, mobility)).statusCode, 201);
  const admin = { name: 'Anne Dubois', email: 'anne.dubois@mobilit.example', language: 'fr' };
  const president = await personWith(db, 'spf-interieur', 'laura@ibz.example', ['president_office']);
  t.equal((await call(app, 'POST', '/organisations/spf-mobilite/first-administrator', await as.person(president), admin)).statusCode, 403,
    'the operator organisation\'s President\'s office may not');
  const bad = await call(app, 'POST', '/organisations/spf-mobilite/first-administrator', actor, { ...admin, email: 'not an address' });
  t.equal(bad.statusCode, 400);
  t.same(bad.json().issues.map((i: { path: string }) => i.path), ['body.email'], 'the field at fault');

  const named = await call(app, 'POST', '/organisations/spf-mobilite/first-administrator', actor, admin);
  t.equal(named.statusCode, 201, 'the operator\'s administrator names one');
  t.match(named.json(), { name: 'Anne Dubois', organisationCode: 'spf-mobilite', language: 'fr', roles: [{ role: 'org_admin' }] }, 'who holds org_admin of the new organisation');
  const audit = await db.selectFrom('audit_log').select(['action', 'actor']).where('subject_id', '=', named.json().id).execute();
  t.match(audit, [{ action: 'person.created' }], 'audited');

  const second = await call(app, 'POST', '/organisations/spf-mobilite/first-administrator', actor, { ...admin, email: 'b@mobilit.example' });
  t.equal(second.statusCode, 409);
  t.equal(second.json().code, 'organisation.has_administrator', 'a second one is refused: the organisation names its own');
  t.equal((await call(app, 'POST', '/organisations/spf-nulle-part/first-administrator', actor, admin)).statusCode, 404, 'an unknown organisation');
  const ownAdmin = await personWith(db, 'spf-mobilite', 'own@mobilit.example', ['org_admin']);
  t.equal((await call(app, 'POST', '/organisations/spf-mobilite/first-administrator', await as.person(ownAdmin), { ...admin, email: 'c@mobilit.example' })).statusCode, 403,
    'the new organisation\'s administrator uses its own people routes');
});

t.test('the President\'s office or the administrator starts an empty draft strategic plan; a period already covered is 409 strategic_plan.period_taken', async (t) => {
  const { app, db } = await plansApp(t);
  t.equal((await call(app, 'POST', '/organisations', actor, mobility)).statusCode, 201);
  const office = await personWith(db, 'spf-mobilite', 'office@mobilit.example', ['president_office']);
  const drafter = await personWith(db, 'spf-mobilite', 'drafter@mobilit.example', ['committee_member']);
  const administrator = await personWith(db, 'spf-mobilite', 'admin@mobilit.example', ['org_admin']);
  const outsider = await personWith(db, 'spf-interieur', 'laura@ibz.example', ['president_office']);
  const url = '/organisations/spf-mobilite/strategic-plans';
  t.equal((await call(app, 'POST', url, await as.person(drafter), plan)).statusCode, 403, 'a committee member may not');
  t.equal((await call(app, 'POST', url, await as.person(outsider), plan)).statusCode, 403, 'nor another organisation\'s President\'s office');
  t.equal((await call(app, 'POST', url, await as.worker(), plan)).statusCode, 403, 'nor the worker');
  const backwards = await call(app, 'POST', url, await as.person(office), { ...plan, period: { from: 2034, to: 2030 } });
  t.equal(backwards.statusCode, 400);
  t.same(backwards.json().issues.map((i: { path: string }) => i.path), ['body.period.to'], 'the field at fault');

  const created = await call(app, 'POST', url, await as.person(office), plan);
  t.equal(created.statusCode, 201, 'the President\'s office starts it');
  t.match(created.json(), { organisationCode: 'spf-mobilite', code: 'PS-2030-2034', period: { from: 2030, to: 2034 }, status: 'draft', signedAt: null }, 'in draft');
  const id = created.json().id as string;
  const read = (await call(app, 'GET', `/strategic-plans/${id}`, await as.person(office))).json();
  t.same([read.priorities, read.objectives, read.riskDomains], [[], [], []], 'empty');
  t.match(await db.selectFrom('audit_log').select(['action', 'actor']).where('subject_id', '=', id).execute(), [{ action: 'strategic_plan.created' }], 'audited');
  const listed = (await call(app, 'GET', url, await as.person(office))).json();
  t.same(listed.items.map((p: { code: string }) => p.code), ['PS-2030-2034'], 'the organisation lists it');

  const overlapping = await call(app, 'POST', url, await as.person(administrator), { ...plan, code: 'PS-2034-2038', period: { from: 2034, to: 2038 } });
  t.equal(overlapping.statusCode, 409);
  t.equal(overlapping.json().code, 'strategic_plan.period_taken', 'a period partly covered by a plan that is not superseded');
  const sameCode = await call(app, 'POST', url, await as.person(administrator), { ...plan, period: { from: 2040, to: 2044 } });
  t.equal(sameCode.json().code, 'strategic_plan.code_taken', 'a code in use');
  t.equal((await call(app, 'POST', url, await as.person(administrator), { ...plan, code: 'PS-2035-2039', period: { from: 2035, to: 2039 } })).statusCode, 201,
    'the administrator starts the next one');
  await db.updateTable('strategic_plans').set({ status: 'superseded' }).where('id', '=', id).execute();
  t.equal((await call(app, 'POST', url, await as.person(office), { ...plan, code: 'PS-2030-2034-bis' })).statusCode, 201, 'a superseded plan no longer covers its years');
});
