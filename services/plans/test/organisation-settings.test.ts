import t from 'tap';
import { loadReferenceIntoDatabase } from '../src/reference/load-into-database.js';
import { actor, as, plansApp, testAdministrator, worker } from '../test-support/plans-app.js';

/* An organisation's settings: e-mailed sign-in, off for a new organisation, changed by its administrator alone, audited. */

t.test('the reference organisation allows e-mailed sign-in; a new organisation does not', async (t) => {
  const { app, db, organisationCode } = await plansApp(t);
  const reference = await app.inject({ url: `/organisations/${organisationCode}`, headers: worker });
  t.equal(reference.statusCode, 200);
  t.equal(reference.json().settings.emailSignIn, true, 'the SPF Interior, as the reference loader creates it');
  await db.insertInto('organisations').values({ code: 'spf-finances', name_fr: 'SPF Finances', name_nl: 'FOD Financiën', short_name: 'Finances' }).execute();
  const fresh = await app.inject({ url: '/organisations/spf-finances', headers: worker });
  t.equal(fresh.json().settings.emailSignIn, false, 'off by default');
  const all = await app.inject({ url: '/organisations', headers: worker });
  t.same(all.json().map((o: { code: string; settings: { emailSignIn: boolean } }) => [o.code, o.settings.emailSignIn]),
    [['spf-finances', false], [organisationCode, true]], 'in the list as well');
});

t.test('only the organisation\'s administrator changes its settings; the change is audited and survives a reload', async (t) => {
  const { app, db, organisationCode } = await plansApp(t);
  const url = `/organisations/${organisationCode}/settings`;
  const president = await app.inject({
    method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor,
    payload: { name: 'Laura Szabo', email: 'laura.szabo@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] },
  });
  const audits = async () => (await db.selectFrom('audit_log').selectAll().where('subject_type', '=', 'organisation').execute());
  const setting = async () => (await db.selectFrom('organisations').select('email_sign_in').where('code', '=', organisationCode).executeTakeFirstOrThrow()).email_sign_in;

  const refused: Array<[string, Record<string, string>, number]> = [
    ['nobody', {}, 401],
    ['x-jalon-actor alone', { 'x-jalon-actor': testAdministrator.id }, 401],
    ['the President\'s office', await as.person(president.json().id), 403],
    ['the worker', await as.worker(), 403],
    ['the portal on its own account', await as.portal(), 403],
    ['the notifications service acting for the administrator', await as.service('notifications', testAdministrator.id), 403],
  ];
  for (const [who, headers, status] of refused) {
    t.equal((await app.inject({ method: 'PATCH', url, headers, payload: { emailSignIn: false } })).statusCode, status, who);
  }
  t.equal(await setting(), true, 'nothing changed');
  t.same(await audits(), [], 'nothing audited');

  for (const payload of [{}, { emailSignIn: 'no' }, { emailSignIn: false, sso: true }]) {
    const invalid = await app.inject({ method: 'PATCH', url, headers: actor, payload });
    t.equal(invalid.statusCode, 400, `${JSON.stringify(payload)} is refused`);
  }
  t.equal(await setting(), true, 'still nothing changed');

  const changed = await app.inject({ method: 'PATCH', url, headers: actor, payload: { emailSignIn: false } });
  t.equal(changed.statusCode, 200, 'the administrator turns it off');
  t.equal(changed.json().settings.emailSignIn, false);
  t.equal((await app.inject({ url: `/organisations/${organisationCode}`, headers: worker })).json().settings.emailSignIn, false);
  const [entry, ...more] = await audits();
  t.same(more, [], 'one audit entry');
  t.match(entry, { actor: `${testAdministrator.id} (via portal)`, action: 'organisation.settings_changed', subject_id: organisationCode });
  t.same([entry!.before, entry!.after], [{ emailSignIn: true }, { emailSignIn: false }], 'with both sides');
  const again = await app.inject({ method: 'PATCH', url, headers: actor, payload: { emailSignIn: false } });
  t.equal(again.statusCode, 200, 'the same value again is answered');
  t.equal((await audits()).length, 1, 'and writes nothing');
  const read = await app.inject({ url: `/audit?subjectType=organisation&subjectId=${organisationCode}`, headers: actor });
  t.equal(read.json().total, 1, 'the administrator reads the organisation\'s audit');

  await loadReferenceIntoDatabase(db);
  t.equal(await setting(), false, 'reloading the reference keeps the administrator\'s choice');
  t.equal((await app.inject({ method: 'PATCH', url: '/organisations/spf-nowhere/settings', headers: actor, payload: { emailSignIn: true } })).statusCode, 403,
    'an administrator of one organisation has no say on another');
});
