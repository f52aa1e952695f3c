import t from 'tap';
import { actor, plansApp, worker } from '../test-support/plans-app.js';

type App = Awaited<ReturnType<typeof plansApp>>;

const countAudit = async (db: App['db']) =>
  (await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const countPeople = async (db: App['db']) =>
  (await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

async function register({ app, organisationCode }: App, person: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor, payload: person });
}

const laura = { name: 'Laura Szabo', email: 'Laura.Szabo@ibz.example', language: 'fr', roles: [{ role: 'president_office' }, { role: 'committee_member' }] };
const jan = { name: 'Jan Peeters', email: 'jan.peeters@ibz.example', language: 'nl', roles: [{ role: 'drafter', entityCode: 'DGSC' }] };
const sofie = { name: 'Sofie Maes', email: 'sofie.maes@ibz.example', language: 'nl', roles: [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }] };

t.test('a person is registered with roles; an e-mail identifies one person whatever its case', async (t) => {
  const ctx = await plansApp(t);
  const { app, db } = ctx;

  const created = await register(ctx, laura);
  t.equal(created.statusCode, 201);
  const person = created.json();
  t.equal(person.organisationCode, 'spf-interieur');
  t.equal(person.language, 'fr');
  t.same(person.roles.map((r: { role: string }) => r.role).sort(), ['committee_member', 'president_office']);
  t.equal(person.roles[0].entityCode, null);

  const people = await countPeople(db);
  const audits = await countAudit(db);
  const again = await register(ctx, { ...laura, name: 'L. Szabo', email: 'laura.szabo@IBZ.example' });
  t.equal(again.statusCode, 409);
  t.match(again.json().message, /laura\.szabo@IBZ\.example is already registered/);
  t.equal(await countPeople(db), people, 'no second person');
  t.equal(await countAudit(db), audits, 'nothing audited');

  const byEmail = await app.inject({ url: '/people/by-email/LAURA.SZABO@ibz.example', headers: worker });
  t.equal(byEmail.statusCode, 200);
  t.equal(byEmail.json().id, person.id);
  t.equal((await app.inject({ url: '/people/by-email/nobody@ibz.example', headers: worker })).statusCode, 404);
  t.same((await app.inject({ url: `/people/${person.id}`, headers: worker })).json(), person);
  t.equal((await app.inject({ url: '/people/7b0c3c5e-0000-4000-8000-000000000000', headers: worker })).statusCode, 404);

  const entries = (await app.inject({ url: `/audit?subjectType=person&subjectId=${person.id}`, headers: worker })).json();
  t.equal(entries.total, 1);
  t.equal(entries.items[0].action, 'person.created');
});

t.test('roles point at existing entities and authorities; a refusal names the field and writes nothing', async (t) => {
  const ctx = await plansApp(t);
  const { db } = ctx;
  const people = await countPeople(db);
  const audits = await countAudit(db);
  const cases: Array<[string, unknown[], string]> = [
    ['drafter without entity', [{ role: 'drafter' }], 'body.roles.0.entityCode'],
    ['drafter of an unknown entity', [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'DGXX' }], 'body.roles.1.entityCode'],
    ['cell without authority', [{ role: 'minister_cell' }], 'body.roles.0.authorityCode'],
    ['cell of an unknown authority', [{ role: 'drafter', entityCode: 'OE' }, { role: 'minister_cell', authorityCode: 'minister-finance' }], 'body.roles.1.authorityCode'],
    ['minister cell of the state secretary', [{ role: 'minister_cell', authorityCode: 'state-secretary-asylum-migration' }], 'body.roles.0.authorityCode'],
    ['the same role twice', [{ role: 'drafter', entityCode: 'OE' }, { role: 'drafter', entityCode: 'OE' }], 'body.roles.1'],
    ['no such role', [{ role: 'king' }], 'body.roles.0.role'],
  ];
  for (const [name, roles, path] of cases) {
    const res = await register(ctx, { ...jan, roles });
    t.equal(res.statusCode, 400, `${name}: 400`);
    t.equal(res.json().issues?.[0]?.path, path, `${name}: names ${path}`);
  }
  const badLanguage = await register(ctx, { ...jan, language: 'es' });
  t.equal(badLanguage.statusCode, 400);
  t.match(badLanguage.json().message, /body\.language/);
  t.equal(await countPeople(db), people, 'no one was registered');
  t.equal(await countAudit(db), audits, 'nothing was audited');
  const nowhere = await ctx.app.inject({ method: 'POST', url: '/organisations/spf-nowhere/people', headers: actor, payload: jan });
  t.equal(nowhere.statusCode, 403, 'an organisation that does not exist has no administrator: refused before anything is looked up');
  t.equal(await countPeople(db), people, 'and no one was registered');
});

t.test('people are listed by name and filtered by role; roles are added and removed', async (t) => {
  const ctx = await plansApp(t);
  const { app, organisationCode } = ctx;
  const l = (await register(ctx, laura)).json();
  const j = (await register(ctx, jan)).json();
  await register(ctx, sofie);

  const all = (await app.inject({ url: `/organisations/${organisationCode}/people?limit=2`, headers: worker })).json();
  t.equal(all.total, 4, 'the three registered, and the administrator who registered them');
  t.same(all.items.map((p: { name: string }) => p.name), ['Jan Peeters', 'Laura Szabo']);
  const drafters = (await app.inject({ url: `/organisations/${organisationCode}/people?role=drafter`, headers: worker })).json();
  t.same(drafters.items.map((p: { name: string }) => p.name), ['Jan Peeters']);
  t.equal((await app.inject({ url: `/organisations/${organisationCode}/people?role=pope`, headers: worker })).statusCode, 400);

  const added = await app.inject({ method: 'POST', url: `/people/${j.id}/roles`, headers: actor, payload: { role: 'drafter', entityCode: 'NCCN' } });
  t.equal(added.statusCode, 201);
  t.same(added.json().roles.map((r: { entityCode: string }) => r.entityCode), ['DGSC', 'NCCN']);
  t.equal(added.json().revision, j.revision + 1);
  const twice = await app.inject({ method: 'POST', url: `/people/${j.id}/roles`, headers: actor, payload: { role: 'drafter', entityCode: 'NCCN' } });
  t.equal(twice.statusCode, 409);
  t.match(twice.json().message, /already holds the role drafter NCCN/);
  const unknown = await app.inject({ method: 'POST', url: `/people/${j.id}/roles`, headers: actor, payload: { role: 'drafter', entityCode: 'DGXX' } });
  t.equal(unknown.statusCode, 400);
  t.equal(unknown.json().issues[0].path, 'body.entityCode');

  const roleId = added.json().roles.find((r: { entityCode: string }) => r.entityCode === 'NCCN').id;
  const removed = await app.inject({ method: 'DELETE', url: `/people/${j.id}/roles/${roleId}`, headers: actor });
  t.equal(removed.statusCode, 200);
  t.same(removed.json().roles.map((r: { entityCode: string }) => r.entityCode), ['DGSC']);
  t.equal((await app.inject({ method: 'DELETE', url: `/people/${l.id}/roles/${roleId}`, headers: actor })).statusCode, 404, 'a role of someone else is not found');

  const entries = (await app.inject({ url: `/audit?subjectType=person&subjectId=${j.id}`, headers: worker })).json();
  t.same(entries.items.map((e: { action: string }) => e.action), ['person.role_removed', 'person.role_added', 'person.created']);
});

t.test('a delegation makes the deputy a role holder only within its dates', async (t) => {
  const ctx = await plansApp(t);
  const { app, db, organisationCode } = ctx;
  const l = (await register(ctx, laura)).json();
  const deputy = (await register(ctx, { name: 'Marc Dubois', email: 'marc.dubois@ibz.example', language: 'fr', roles: [] })).json();
  const j = (await register(ctx, jan)).json();
  const s = (await register(ctx, sofie)).json();

  const delegate = (personId: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/people/${personId}/delegations`, headers: actor, payload });
  const holders = async (query: string) => (await app.inject({ url: `/organisations/${organisationCode}/role-holders?${query}`, headers: worker })).json();

  const res = await delegate(l.id, { role: 'president_office', deputyId: deputy.id, startsOn: '2025-07-14', endsOn: '2025-08-01' });
  t.equal(res.statusCode, 201);
  t.match(res.json().roles.find((r: { role: string }) => r.role === 'president_office').delegations, [{ deputyId: deputy.id, startsOn: '2025-07-14', endsOn: '2025-08-01' }]);

  const names = (list: Array<{ name: string }>) => list.map((h) => h.name);
  t.same(names(await holders('role=president_office&on=2025-07-13')), ['Laura Szabo'], 'the day before: only the holder');
  const during = await holders('role=president_office&on=2025-07-14');
  t.same(names(during), ['Laura Szabo', 'Marc Dubois'], 'the first day: holder and deputy');
  t.equal(during[0].asDeputyOf, null);
  t.match(during[1].asDeputyOf, { personId: l.id, name: 'Laura Szabo', startsOn: '2025-07-14', endsOn: '2025-08-01' });
  t.equal(during[1].language, 'fr');
  t.same(names(await holders('role=president_office&on=2025-08-01')), ['Laura Szabo', 'Marc Dubois'], 'the last day included');
  t.same(names(await holders('role=president_office&on=2025-08-02')), ['Laura Szabo'], 'the day after: only the holder');
  t.same(names(await holders('role=committee_member&on=2025-07-20')), ['Laura Szabo'], 'other roles are not delegated');

  t.same(names(await holders('role=drafter&on=2025-07-20&entityCode=DGSC')), ['Jan Peeters']);
  t.same(await holders('role=drafter&on=2025-07-20&entityCode=OE'), []);
  t.same(names(await holders('role=state_secretary_cell&on=2025-07-20&authorityCode=state-secretary-asylum-migration')), ['Sofie Maes']);
  t.equal((await app.inject({ url: `/organisations/${organisationCode}/role-holders?role=drafter&on=2025-02-30`, headers: worker })).statusCode, 400);
  t.equal((await app.inject({ url: `/organisations/${organisationCode}/role-holders?role=drafter`, headers: worker })).statusCode, 400, 'the day is required');

  const audits = await countAudit(db);
  const delegations = (await db.selectFrom('role_delegations').select('id').execute()).length;
  const refused: Array<[string, string, Record<string, unknown>, string]> = [
    ['a role the person does not hold', j.id, { role: 'president_office', deputyId: deputy.id, startsOn: '2025-07-01', endsOn: '2025-07-31' }, 'body.role'],
    ['an unknown deputy', s.id, { role: 'state_secretary_cell', deputyId: '7b0c3c5e-0000-4000-8000-000000000000', startsOn: '2025-07-01', endsOn: '2025-07-31' }, 'body.deputyId'],
    ['oneself as deputy', s.id, { role: 'state_secretary_cell', deputyId: s.id, startsOn: '2025-07-01', endsOn: '2025-07-31' }, 'body.deputyId'],
    ['ends before it starts', s.id, { role: 'state_secretary_cell', deputyId: deputy.id, startsOn: '2025-07-31', endsOn: '2025-07-01' }, 'body.endsOn'],
  ];
  for (const [name, personId, payload, path] of refused) {
    const r = await delegate(personId, payload);
    t.equal(r.statusCode, 400, `${name}: 400`);
    t.equal(r.json().issues?.[0]?.path, path, `${name}: names ${path}`);
  }
  t.equal((await db.selectFrom('role_delegations').select('id').execute()).length, delegations, 'no delegation was written');
  t.equal(await countAudit(db), audits, 'nothing was audited');

  // The delegation goes with the role.
  const roleId = l.roles.find((r: { role: string }) => r.role === 'president_office').id;
  await app.inject({ method: 'DELETE', url: `/people/${l.id}/roles/${roleId}`, headers: actor });
  t.same(await holders('role=president_office&on=2025-07-20'), []);
});
