import { actor, worker } from '@jalon/plans/test-support/plans-app';
import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/* The organisation administrator's pages: the organisation, its settings, entities, people with roles and delegations; operators create organisations. */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
/** What a person reads on the page: the main content without markup (ids in attributes and form actions are not read). */
const readable = (body: string) => (body.match(/<main[\s\S]*<\/main>/)?.[0] ?? '').replace(/<[^>]*>/g, ' ');

t.test('an organisation administrator manages the organisation in pages, in French and Dutch; errors beside the field, nothing changed', async (t) => {
  const w = await cycleWorld(t, { portal: { codec: { operatorOrganisation: 'spf-interieur' } } });
  const pages = w.portal.pages;
  const registered = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Zoé Admin', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] },
  });
  t.equal(registered.statusCode, 201);
  const admin = await signInByEmail(w, 'admin@ibz.example');
  const president = await signInByEmail(w, 'corporate@ibz.example');
  const settings = async () => (await w.plans.app.inject({ url: `/organisations/${w.ORG}`, headers: worker })).json().settings;

  t.equal((await pages.inject({ url: '/organisation' })).statusCode, 303, 'signed out: to sign in');
  t.equal((await pages.inject({ url: '/organisation', headers: { cookie: president } })).statusCode, 403, 'the President\'s office does not administer');

  const page = await pages.inject({ url: '/organisation', headers: { cookie: admin } });
  t.equal(page.statusCode, 200);
  t.match(page.body, /<html lang="fr"/);
  t.match(page.body, /Administration de l’organisation/);
  t.match(page.body, /<a href="\/organisation" aria-current="page">Organisation<\/a>/, 'reached from the navigation');
  t.notMatch((await pages.inject({ url: '/tasks', headers: { cookie: president } })).body, /href="\/organisation"/, 'which others do not get');
  t.match(page.body, /Office des Étrangers/, 'entities by name');
  t.match(page.body, /Secrétaire d’État/, 'authorities by title and kind');
  t.match(page.body, /Cellule Corporate/, 'who consolidates, as the setting says');
  t.notMatch(readable(page.body), UUID, 'no identifier shown');

  const sent = { csrf: csrfOf(page.body), 'committeeRule.kind': 'quorum', 'committeeRule.approvals': '2', reviewDays: '0', allEntitiesObjectivesGoTo: 'president_office',
    'consolidatorName.fr': 'Service Stratégie', 'consolidatorName.nl': 'Dienst Strategie', 'consolidatorName.de': '', 'reviewers.committee.committee_member': 'on', 'emailSignIn.allowed': 'on' };
  const refused = await pages.inject({ method: 'POST', url: '/organisation/settings', headers: { ...formHeaders, cookie: admin }, payload: form(sent) });
  t.equal(refused.statusCode, 400, 'a bad number of days is refused');
  t.match(refused.body, /<p class="error" id="settings-reviewDays-error">Cette valeur n’est pas acceptée/, 'the message beside the field, in French');
  t.match(refused.body, /id="settings-reviewDays" name="reviewDays" value="0" required aria-describedby="settings-reviewDays-error" aria-invalid="true"/, 'the field marked, with what was typed');
  t.match(refused.body, /<a href="#settings-reviewDays">/, 'the summary links to it');
  t.equal((await settings()).reviewDays, 10, 'nothing changed');

  const saved = await pages.inject({ method: 'POST', url: '/organisation/settings', headers: { ...formHeaders, cookie: admin }, payload: form({ ...sent, reviewDays: '7' }) });
  t.equal(saved.statusCode, 303);
  t.equal(saved.headers.location, '/organisation?saved=settings');
  t.match(await settings(), {
    committeeRule: { kind: 'quorum', approvals: 2 }, reviewDays: 7, allEntitiesObjectivesGoTo: 'president_office', consolidatorName: { fr: 'Service Stratégie', nl: 'Dienst Strategie' },
    reviewers: { committee: ['committee_member'] }, emailSignIn: true,
  }, 'the form round-trips to the plans service');
  const after = await pages.inject({ url: '/organisation?saved=settings', headers: { cookie: admin } });
  t.match(after.body, /Les paramètres ont été enregistrés/);
  t.match(after.body, /name="committeeRule.kind" value="quorum" checked/, 'the page shows what is stored');
  t.match(after.body, /value="Service Stratégie"/);

  // The progress checkpoints: MM-DD days that exist, in the order of the year, one to twelve of them.
  const defaultCheckpoints = ['03-31', '06-30', '09-30', '12-31'];
  t.match(after.body, /<label for="settings-progressCheckpoints">Dates des points d’avancement<\/label><p class="hint" id="settings-progressCheckpoints-hint">De 1 à 12 dates au format MM-JJ/);
  t.match(after.body, /id="settings-progressCheckpoints" name="progressCheckpoints" value="03-31, 06-30, 09-30, 12-31" required aria-describedby="settings-progressCheckpoints-hint"/, 'the stored checkpoints shown');
  const checkpoints = (value: string) => pages.inject({
    method: 'POST', url: '/organisation/settings', headers: { ...formHeaders, cookie: admin }, payload: form({ ...sent, reviewDays: '7', progressCheckpoints: value }),
  });
  const thirteen = Array.from({ length: 13 }, (_, i) => `${String(Math.floor(i / 2) + 1).padStart(2, '0')}-${i % 2 ? '20' : '10'}`).join(', ');
  for (const bad of ['06-30, 03-31', '03-31, 03-31', '03-31, 04-31', '31/03', '', thirteen]) {
    const res = await checkpoints(bad);
    t.equal(res.statusCode, 400, `"${bad}" is refused`);
    t.match(res.body, /<p class="error" id="settings-progressCheckpoints-error">Indiquez de 1 à 12 dates existantes au format MM-JJ \(mois-jour\), chacune une seule fois et dans l’ordre de l’année\./,
      'the rule said beside the field, in French');
    t.match(res.body, `name="progressCheckpoints" value="${bad}" required aria-describedby="settings-progressCheckpoints-hint settings-progressCheckpoints-error" aria-invalid="true"`, 'what was typed, marked');
    t.match(res.body, /<a href="#settings-progressCheckpoints">/, 'the summary links to it');
  }
  t.same((await settings()).progressCheckpoints, defaultCheckpoints, 'nothing changed');
  t.equal((await checkpoints('02-29, 06-30\n12-31')).statusCode, 303, 'commas or lines between the days');
  t.same((await settings()).progressCheckpoints, ['02-29', '06-30', '12-31'], 'stored');
  t.match((await pages.inject({ url: '/organisation', headers: { cookie: admin } })).body, /name="progressCheckpoints" value="02-29, 06-30, 12-31"/, 'and shown');

  const taken = await pages.inject({
    method: 'POST', url: '/organisation/entities', headers: { ...formHeaders, cookie: admin },
    payload: form({ csrf: csrfOf(page.body), code: 'OE', 'name.fr': 'Doublon', 'name.nl': 'Dubbel', kind: 'service', parentCode: '' }),
  });
  t.equal(taken.statusCode, 409);
  t.match(taken.body, /<p class="error" id="entity-code-error">Une entité porte déjà ce code/, 'the stable code\'s message beside the code');
  const added = await pages.inject({
    method: 'POST', url: '/organisation/entities', headers: { ...formHeaders, cookie: admin },
    payload: form({ csrf: csrfOf(page.body), code: 'DGSP_CRISE', 'name.fr': 'Cellule de crise', 'name.nl': 'Crisiscel', kind: 'cell', parentCode: 'DGSP' }),
  });
  t.equal(added.statusCode, 303);
  const withEntity = await pages.inject({ url: '/organisation', headers: { cookie: admin } });
  t.match(withEntity.body, /Cellule de crise<\/th><td><\/td>\s*<td>Cellule<\/td><td>Direction générale Sécurité &amp; Prévention/, 'listed with its parent by name');

  const authority = { csrf: csrfOf(page.body), code: 'state-secretary-digital', kind: 'state_secretary', 'title.fr': 'Secrétaire d’État au Numérique',
    'title.nl': 'Staatssecretaris voor Digitalisering', 'title.de': '', holderName: 'A. Numérique', 'signs.yes': 'on', 'scope.objectiveNumbers': '9, 10', 'scope.entityCodes.OE': 'on', 'scope.budgetEnvelopes': '' };
  const secondSigner = await pages.inject({ method: 'POST', url: '/organisation/authorities', headers: { ...formHeaders, cookie: admin }, payload: form(authority) });
  t.equal(secondSigner.statusCode, 409);
  t.match(secondSigner.body, /<p class="error" id="authority-signs-error">Une autre autorité signe déjà le plan/, 'one signer, said beside the box');
  const { 'signs.yes': _, ...reviewer } = authority;
  t.equal((await pages.inject({ method: 'POST', url: '/organisation/authorities', headers: { ...formHeaders, cookie: admin }, payload: form(reviewer) })).statusCode, 303);
  const scoped = (await w.plans.app.inject({ url: `/organisations/${w.ORG}/authorities`, headers: worker })).json()
    .find((a: { code: string }) => a.code === 'state-secretary-digital');
  t.same(scoped.scope, { objectiveNumbers: [9, 10], entityCodes: ['OE'], budgetEnvelopes: [] }, 'its competence scope from the form');

  const forged = await pages.inject({ method: 'POST', url: '/organisation/settings', headers: { ...formHeaders, cookie: admin }, payload: form({ ...sent, csrf: 'forged', reviewDays: '3' }) });
  t.equal(forged.statusCode, 403, 'a forged form changes nothing');
  t.equal((await settings()).reviewDays, 7);

  const dutch = await pages.inject({ url: '/language/nl?back=%2Forganisation', headers: { cookie: admin } });
  const cookie = `${admin}; ${(dutch.cookies as Array<{ name: string; value: string }>).map((c) => `${c.name}=${c.value}`).join('; ')}`;
  const inDutch = await pages.inject({ url: '/organisation', headers: { cookie } });
  t.match(inDutch.body, /<html lang="nl"/);
  t.match(inDutch.body, /Beheer van de organisatie/);
  t.match(inDutch.body, /Dienst Vreemdelingenzaken/, 'entities by their Dutch name');
});

t.test('people: added, given a role and a deputy chosen by name, the delegation ended; operators create organisations', async (t) => {
  const w = await cycleWorld(t, { portal: { codec: { operatorOrganisation: 'spf-interieur' } } });
  const pages = w.portal.pages;
  await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Zoé Admin', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] },
  });
  const admin = await signInByEmail(w, 'admin@ibz.example');
  const post = (url: string, fields: Record<string, string>) => pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie: admin }, payload: form(fields) });
  const peoplePage = await pages.inject({ url: '/organisation/people', headers: { cookie: admin } });
  t.equal(peoplePage.statusCode, 200);
  t.match(peoplePage.body, /Laura Szabo/);
  t.match(peoplePage.body, /Cellule stratégique du Secrétaire d’État — Secrétaire d’État/, 'a cell\'s role with its authority\'s title');
  t.notMatch(readable(peoplePage.body), UUID, 'names, never identifiers');
  const csrf = csrfOf(peoplePage.body);

  const invalid = await post('/organisation/people', { csrf, name: 'Ann Peeters', email: 'not-an-address', language: 'nl' });
  t.equal(invalid.statusCode, 400);
  t.match(invalid.body, /<p class="error" id="person-email-error">/, 'the e-mail field at fault');
  t.equal((await post('/organisation/people', { csrf, name: 'Ann Peeters', email: 'ann.peeters@ibz.example', language: 'nl' })).statusCode, 303);
  const ann = (await w.plans.app.inject({ url: '/people/by-email/ann.peeters@ibz.example', headers: worker })).json() as { id: string };

  t.equal((await post(`/organisation/people/${ann.id}/roles`, { csrf, role: 'drafter', entityCode: '', authorityCode: '' })).statusCode, 400, 'a drafter needs an entity');
  t.equal((await post(`/organisation/people/${ann.id}/roles`, { csrf, role: 'drafter', entityCode: 'OE', authorityCode: '' })).statusCode, 303);
  const annRoles = (await w.plans.app.inject({ url: `/people/${ann.id}`, headers: worker })).json().roles as Array<{ id: string; role: string }>;
  t.same(annRoles.map((r) => r.role), ['drafter']);

  const delegated = await post(`/organisation/people/${ann.id}/delegations`, { csrf, roleId: annRoles[0]!.id, deputyId: w.people.outsider.id, startsOn: '2026-07-01', endsOn: '2026-07-31' });
  t.equal(delegated.statusCode, 303);
  const listed = await pages.inject({ url: '/organisation/people?saved=1', headers: { cookie: admin } });
  t.match(listed.body, /Agent DGSC le ou la supplée du mercredi 1(er)? juillet 2026 au vendredi 31 juillet 2026/, 'the deputy by name, the dates in French');
  const delegation = (await w.plans.app.inject({ url: `/people/${ann.id}`, headers: worker })).json().roles[0].delegations[0] as { id: string };
  t.equal((await post(`/organisation/people/${ann.id}/delegations/${delegation.id}/remove`, { csrf })).statusCode, 303);
  t.same((await w.plans.app.inject({ url: `/people/${ann.id}`, headers: worker })).json().roles[0].delegations, [], 'the delegation ended');
  t.equal((await post(`/organisation/people/${ann.id}/roles/${annRoles[0]!.id}/remove`, { csrf })).statusCode, 303);
  t.same((await w.plans.app.inject({ url: `/people/${ann.id}`, headers: worker })).json().roles, [], 'the role removed');

  const newPage = await pages.inject({ url: '/organisations/new', headers: { cookie: admin } });
  t.equal(newPage.statusCode, 200, 'an administrator of the operator organisation creates organisations');
  const organisation = { csrf, code: 'spf-securite-sociale', 'name.fr': 'SPF Sécurité sociale', 'name.nl': 'FOD Sociale Zekerheid', 'name.de': '', shortName: 'Sécurité sociale', 'languages.fr': 'on', 'languages.nl': 'on' };
  const created = await post('/organisations/new', organisation);
  t.equal(created.statusCode, 303);
  t.match((await w.plans.app.inject({ url: '/organisations/spf-securite-sociale', headers: worker })).json(), { shortName: 'Sécurité sociale', languages: ['fr', 'nl'] });
  const again = await post('/organisations/new', organisation);
  t.equal(again.statusCode, 409);
  t.match(again.body, /<p class="error" id="organisation-code-error">Une organisation porte déjà ce code/);
  const president = await signInByEmail(w, 'corporate@ibz.example');
  t.equal((await pages.inject({ url: '/organisations/new', headers: { cookie: president } })).statusCode, 403, 'nobody else');
});
