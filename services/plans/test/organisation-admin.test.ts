import t from 'tap';
import { actor, as, plansApp, testAdministrator, worker } from '../test-support/plans-app.js';

/* Organisations as data: created by the installation's operators, built and changed by their own administrators, audited, with stable refusal codes. */

type App = Awaited<ReturnType<typeof plansApp>>['app'];
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (app: App, method: Method, url: string, headers: object, payload?: object) =>
  app.inject({ method, url, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });

const finances = {
  code: 'spf-finances', name: { fr: 'SPF Finances', nl: 'FOD Financiën', de: 'FÖD Finanzen' }, shortName: 'Finances', languages: ['fr', 'nl', 'de'],
};

/** A person of the organisation holding roles, registered directly as the operator's tooling would. */
async function personWith(db: Awaited<ReturnType<typeof plansApp>>['db'], org: string, email: string, roles: string[]) {
  const person = await db.insertInto('people').values({ organisation_code: org, name: email.split('@')[0]!, email, language: 'fr' }).returning('id').executeTakeFirstOrThrow();
  if (roles.length > 0) await db.insertInto('person_roles').values(roles.map((role) => ({ person_id: person.id, role, entity_code: null, authority_code: null }))).execute();
  return person.id;
}

const audits = async (db: Awaited<ReturnType<typeof plansApp>>['db'], subject: string) =>
  db.selectFrom('audit_log').select(['actor', 'action', 'before', 'after']).where('subject_type', '=', 'organisation').where('subject_id', '=', subject).orderBy('id').execute();

t.test('an administrator of the operator organisation creates an organisation; others may not; a taken code is 409 organisation.code_taken', async (t) => {
  const { app, db } = await plansApp(t);
  const president = await personWith(db, 'spf-interieur', 'laura@ibz.example', ['president_office']);
  const refused: Array<[string, object, number]> = [
    ['nobody', {}, 401],
    ['the President\'s office of the operator organisation', await as.person(president), 403],
    ['the worker', await as.worker(), 403],
  ];
  for (const [who, headers, status] of refused) t.equal((await call(app, 'POST', '/organisations', headers, finances)).statusCode, status, who);
  t.equal(await db.selectFrom('organisations').select('code').where('code', '=', 'spf-finances').executeTakeFirst(), undefined, 'nothing created');

  const created = await call(app, 'POST', '/organisations', actor, { ...finances, settings: { reviewDays: 15 } });
  t.equal(created.statusCode, 201, 'the operator organisation\'s administrator creates it');
  t.same(created.json(), {
    ...finances,
    settings: {
      emailSignIn: false, committeeRule: { kind: 'all' }, reviewDays: 15, allEntitiesObjectivesGoTo: 'every_entity',
      consolidatorName: { fr: 'Cellule Corporate', nl: 'Cel Corporate', de: 'Zelle Corporate' }, reviewers: { committee: ['committee_member'] }, progressCheckpoints: ['03-31', '06-30', '09-30', '12-31'],
    },
  }, 'with its names in three languages, its languages, the defaults and the setting given');
  t.match(await audits(db, 'spf-finances'), [{ actor: `${testAdministrator.id} (via portal)`, action: 'organisation.created' }], 'audited');

  const again = await call(app, 'POST', '/organisations', actor, finances);
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'organisation.code_taken', 'a stable code');
  const bad = await call(app, 'POST', '/organisations', actor, { ...finances, code: 'SPF Finances!' });
  t.equal(bad.statusCode, 400);
  t.same(bad.json().issues.map((i: { path: string }) => i.path), ['body.code'], 'the field at fault');

  const financeAdmin = await personWith(db, 'spf-finances', 'admin@finances.example', ['org_admin']);
  t.equal((await call(app, 'POST', '/organisations', await as.person(financeAdmin), { ...finances, code: 'spf-eco' })).statusCode, 403,
    'an administrator of another organisation creates none');
  const byLoader = await call(app, 'POST', '/organisations', await as.service('operator'), { ...finances, code: 'spf-eco' });
  t.equal(byLoader.statusCode, 201, 'the installation\'s loader creates one');
  t.same(byLoader.json().languages, ['fr', 'nl', 'de']);
});

t.test('without an operator organisation, no person creates organisations', async (t) => {
  const { app } = await plansApp(t, { operatorOrganisation: null });
  t.equal((await call(app, 'POST', '/organisations', actor, finances)).statusCode, 403);
});

t.test('an organisation\'s own administrator changes its names and languages; another organisation\'s may not', async (t) => {
  const { app, db, organisationCode } = await plansApp(t);
  t.equal((await call(app, 'PATCH', `/organisations/${organisationCode}`, actor, {})).statusCode, 400, 'a change of nothing');
  const changed = await call(app, 'PATCH', `/organisations/${organisationCode}`, actor, { shortName: 'IBZ', languages: ['fr', 'nl', 'de'] });
  t.equal(changed.statusCode, 200);
  t.match(changed.json(), { shortName: 'IBZ', languages: ['fr', 'nl', 'de'] });
  t.match(await audits(db, organisationCode), [{ action: 'organisation.changed' }], 'audited');
  t.equal((await call(app, 'PATCH', '/organisations/spf-nowhere', actor, { shortName: 'X' })).statusCode, 403, 'not its administrator');
  await call(app, 'POST', '/organisations', actor, finances);
  const financeAdmin = await personWith(db, 'spf-finances', 'admin@finances.example', ['org_admin']);
  t.equal((await call(app, 'PATCH', `/organisations/${organisationCode}`, await as.person(financeAdmin), { shortName: 'X' })).statusCode, 403);
  const own = await call(app, 'PATCH', '/organisations/spf-finances', await as.person(financeAdmin), { name: { fr: 'SPF Finances', nl: 'FOD Financiën' } });
  t.equal(own.statusCode, 200, 'its own');
  t.same(own.json().name, { fr: 'SPF Finances', nl: 'FOD Financiën' }, 'the German name removed with the name given without it');
});

t.test('entities: added, changed, removed when nothing names them, with stable codes and the field at fault', async (t) => {
  const { app, db, organisationCode: org } = await plansApp(t);
  const url = `/organisations/${org}/entities`;
  const entity = { code: 'DG_NEW', kind: 'directorate_general', name: { fr: 'DG Nouvelle', nl: 'DG Nieuw', de: 'GD Neu' }, abbreviation: 'DGN' };
  t.equal((await call(app, 'POST', url, {}, entity)).statusCode, 401);
  t.equal((await call(app, 'POST', url, worker, entity)).statusCode, 403);
  const created = await call(app, 'POST', url, actor, entity);
  t.equal(created.statusCode, 201);
  t.same(created.json(), { ...entity, parentCode: null, independent: false });
  t.equal((await call(app, 'POST', url, actor, entity)).json().code, 'entity.code_taken');

  const child = await call(app, 'POST', url, actor, { code: 'DG_NEW_S1', kind: 'service', name: { fr: 'Service 1', nl: 'Dienst 1' }, parentCode: 'DG_NOPE' });
  t.equal(child.statusCode, 400);
  t.match(child.json(), { code: 'entity.unknown_parent', issues: [{ path: 'body.parentCode' }] });
  t.equal((await call(app, 'POST', url, actor, { code: 'DG_NEW_S1', kind: 'service', name: { fr: 'Service 1', nl: 'Dienst 1' }, parentCode: 'DG_NEW' })).statusCode, 201);
  const cycle = await call(app, 'PATCH', `${url}/DG_NEW`, actor, { parentCode: 'DG_NEW_S1' });
  t.equal(cycle.statusCode, 400);
  t.match(cycle.json(), { code: 'entity.parent_cycle', issues: [{ path: 'body.parentCode' }] });
  const renamed = await call(app, 'PATCH', `${url}/DG_NEW`, actor, { name: { fr: 'DG Renommée', nl: 'DG Hernoemd' } });
  t.equal(renamed.statusCode, 200);
  t.same(renamed.json().name, { fr: 'DG Renommée', nl: 'DG Hernoemd' });
  t.match((await call(app, 'PATCH', `${url}/DG_NOPE`, actor, { kind: 'other' })).json(), { statusCode: 404, code: 'entity.not_found' });

  const inUse = await call(app, 'DELETE', `${url}/DG_NEW`, actor);
  t.equal(inUse.statusCode, 409);
  t.match(inUse.json(), { code: 'entity.in_use' });
  t.match(inUse.json().message, /entities/, 'says what names it (its service)');
  t.equal((await call(app, 'DELETE', `${url}/OE`, actor)).json().code, 'entity.in_use', 'the Immigration Office owns objectives');
  t.equal((await call(app, 'DELETE', `${url}/DG_NEW_S1`, actor)).statusCode, 200);
  t.equal((await call(app, 'DELETE', `${url}/DG_NEW`, actor)).statusCode, 200, 'once its service is gone');
  const codes = (await call(app, 'GET', url, worker)).json().map((e: { code: string }) => e.code);
  t.notOk(codes.includes('DG_NEW'), 'gone from the list');
  t.same((await audits(db, org)).map((a) => a.action),
    ['entity.created', 'entity.created', 'entity.changed', 'entity.removed', 'entity.removed'], 'each change audited under the organisation');
});

t.test('authorities: one signer, a scope of existing entities, removed once nobody belongs to their cell', async (t) => {
  const { app, organisationCode: org } = await plansApp(t);
  const url = `/organisations/${org}/authorities`;
  const secretary = {
    code: 'state-secretary-digital', kind: 'state_secretary', title: { fr: 'Secrétaire d’État au Numérique', nl: 'Staatssecretaris voor Digitalisering' },
    holderName: 'A. Numérique', signs: false, scope: { objectiveNumbers: [9], entityCodes: ['NOPE'] },
  };
  const unknown = await call(app, 'POST', url, actor, secretary);
  t.equal(unknown.statusCode, 400);
  t.match(unknown.json(), { code: 'authority.unknown_entity', issues: [{ path: 'body.scope.entityCodes.0' }] });
  const created = await call(app, 'POST', url, actor, { ...secretary, scope: { objectiveNumbers: [9], entityCodes: ['SAIOD'] } });
  t.equal(created.statusCode, 201);
  t.same(created.json().scope, { objectiveNumbers: [9], entityCodes: ['SAIOD'], budgetEnvelopes: [] });
  t.equal((await call(app, 'POST', url, actor, { ...secretary, scope: {} })).json().code, 'authority.code_taken');
  const signer = await call(app, 'PATCH', `${url}/state-secretary-digital`, actor, { signs: true });
  t.equal(signer.statusCode, 409);
  t.match(signer.json(), { code: 'authority.signer_taken', issues: [{ path: 'body.signs' }] });

  const cell = await call(app, 'POST', `/organisations/${org}/people`, actor, {
    name: 'Cellule Numérique', email: 'cell@digital.example', language: 'fr', roles: [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-digital' }],
  });
  t.equal(cell.statusCode, 201);
  t.equal((await call(app, 'DELETE', `${url}/state-secretary-digital`, actor)).json().code, 'authority.in_use');
  t.equal((await call(app, 'PATCH', `${url}/state-secretary-digital`, actor, { kind: 'minister' })).json().code, 'authority.in_use', 'nor changes kind under its cell');
  const person = cell.json() as { id: string; roles: Array<{ id: string }> };
  t.equal((await call(app, 'DELETE', `/people/${person.id}/roles/${person.roles[0]!.id}`, actor)).statusCode, 200);
  t.equal((await call(app, 'DELETE', `${url}/state-secretary-digital`, actor)).statusCode, 200, 'removed once its cell is empty');
  t.match((await call(app, 'DELETE', `${url}/state-secretary-digital`, actor)).json(), { statusCode: 404, code: 'authority.not_found' });
});

t.test('settings: every cycle setting is validated, stored, audited, and keeps its default until changed', async (t) => {
  const { app, db, organisationCode: org } = await plansApp(t);
  const url = `/organisations/${org}/settings`;
  const before = (await call(app, 'GET', `/organisations/${org}`, worker)).json().settings;
  t.same(before, {
    emailSignIn: true, committeeRule: { kind: 'all' }, reviewDays: 10, allEntitiesObjectivesGoTo: 'every_entity',
    consolidatorName: { fr: 'Cellule Corporate', nl: 'Cel Corporate', de: 'Zelle Corporate' }, reviewers: { committee: ['committee_member'] }, progressCheckpoints: ['03-31', '06-30', '09-30', '12-31'],
  }, 'the reference organisation has today\'s behaviour');
  const invalid: Array<[object, string]> = [
    [{ committeeRule: { kind: 'quorum', approvals: 0 } }, 'body.committeeRule.approvals'],
    [{ committeeRule: { kind: 'majority' } }, 'body.committeeRule.kind'],
    [{ reviewDays: 0 }, 'body.reviewDays'],
    [{ allEntitiesObjectivesGoTo: 'nobody' }, 'body.allEntitiesObjectivesGoTo'],
    [{ consolidatorName: { fr: '', nl: 'Cel' } }, 'body.consolidatorName.fr'],
    [{ reviewers: { committee: [] } }, 'body.reviewers.committee'],
    [{ reviewers: { committee: ['org_admin'] } }, 'body.reviewers.committee.0'],
    [{ progressCheckpoints: [] }, 'body.progressCheckpoints'],
    [{ progressCheckpoints: ['06-30', '03-31'] }, 'body.progressCheckpoints'],
    [{ progressCheckpoints: ['03-31', '03-31'] }, 'body.progressCheckpoints'],
    [{ progressCheckpoints: ['03-31', '04-31'] }, 'body.progressCheckpoints.1'],
    [{ progressCheckpoints: ['31/03'] }, 'body.progressCheckpoints.0'],
    [{ progressCheckpoints: Array.from({ length: 13 }, (_, i) => `${String(i % 12 + 1).padStart(2, '0')}-01`) }, 'body.progressCheckpoints'],
  ];
  for (const [payload, path] of invalid) {
    const res = await call(app, 'PATCH', url, actor, payload);
    t.equal(res.statusCode, 400, JSON.stringify(payload));
    t.ok(res.json().issues?.some((i: { path: string }) => i.path === path), `names ${path}: ${JSON.stringify(res.json().issues)}`);
  }
  const change = {
    committeeRule: { kind: 'quorum', approvals: 2 }, reviewDays: 5, allEntitiesObjectivesGoTo: 'president_office',
    consolidatorName: { fr: 'Service d’appui stratégique', nl: 'Strategische Ondersteuningsdienst' }, reviewers: { committee: ['committee_member', 'president_office'] },
    progressCheckpoints: ['02-29', '06-30', '12-31'],
  };
  const changed = await call(app, 'PATCH', url, actor, change);
  t.equal(changed.statusCode, 200);
  t.same(changed.json().settings, { emailSignIn: true, ...change });
  t.same((await call(app, 'GET', `/organisations/${org}`, worker)).json().settings, { emailSignIn: true, ...change }, 'read back');
  const [entry] = await audits(db, org);
  t.same(Object.keys(entry!.after as object).sort(), Object.keys(change).sort(), 'the audit names the settings changed, not the others');
  const back = await call(app, 'PATCH', url, actor, { reviewDays: 10 });
  t.equal(back.json().settings.reviewDays, 10);
  const stored = await db.selectFrom('organisations').select('cycle_settings').where('code', '=', org).executeTakeFirstOrThrow();
  t.notOk('reviewDays' in (stored.cycle_settings as object), 'a setting back at its default is stored as the default, so it follows the default');
});

t.test('a delegation is ended by an administrator, neither the person nor the deputy', async (t) => {
  const { app, organisationCode: org } = await plansApp(t);
  const register = async (email: string, roles: object[]) => (await call(app, 'POST', `/organisations/${org}/people`, actor, { name: email, email, language: 'fr', roles })).json();
  const holder = await register('member@ibz.example', [{ role: 'committee_member' }]);
  const deputy = await register('deputy@ibz.example', []);
  const delegated = await call(app, 'POST', `/people/${holder.id}/delegations`, actor, { role: 'committee_member', deputyId: deputy.id, startsOn: '2025-01-01', endsOn: '2025-12-31' });
  const delegationId = delegated.json().roles[0].delegations[0].id as string;
  t.equal((await call(app, 'DELETE', `/people/${holder.id}/delegations/${delegationId}`, {})).statusCode, 401);
  t.equal((await call(app, 'DELETE', `/people/${holder.id}/delegations/${delegationId}`, await as.person(holder.id))).statusCode, 403, 'not the person');
  t.match((await call(app, 'DELETE', `/people/${holder.id}/delegations/0b0b0b0b-0000-4000-8000-000000000001`, actor)).json(),
    { statusCode: 404, code: 'delegation.not_found' });
  const ended = await call(app, 'DELETE', `/people/${holder.id}/delegations/${delegationId}`, actor);
  t.equal(ended.statusCode, 200);
  t.same(ended.json().roles[0].delegations, [], 'the deputy no longer holds the role');
  const holders = await call(app, 'GET', `/organisations/${org}/role-holders?role=committee_member&on=2025-06-01`, worker);
  t.same(holders.json().map((h: { personId: string }) => h.personId), [holder.id], 'on any day');
});
