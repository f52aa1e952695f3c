import { actor, worker } from '@jalon/plans/test-support/plans-app';
import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/*
 * The organisation administrator changes what the organisation is made of, in pages: its names and
 * languages, its entities and supervising authorities (each on its own page, removed after a
 * confirmation that says what still names it). Refusals are said beside the field; nothing changes.
 */

// Five worlds (each a plans service, a portal and a Temporal worker): longer than the runner's 300 s on a shared two-core machine.
t.setTimeout(600_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const readable = (body: string) => (body.match(/<main[\s\S]*<\/main>/)?.[0] ?? '').replace(/<[^>]*>/g, ' ');

async function adminWorld(t: Parameters<typeof cycleWorld>[0]) {
  const w = await cycleWorld(t);
  const registered = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Zoé Admin', email: 'admin@ibz.example', language: 'fr', roles: [{ role: 'org_admin' }] },
  });
  if (registered.statusCode !== 201) throw new Error(registered.body);
  const adminId = (registered.json() as { id: string }).id;
  const admin = await signInByEmail(w, 'admin@ibz.example');
  const pages = w.portal.pages;
  const csrf = csrfOf((await pages.inject({ url: '/organisation', headers: { cookie: admin } })).body);
  const post = (url: string, fields: Record<string, string>, cookie = admin) =>
    pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form({ csrf, ...fields }) });
  const get = (url: string, cookie = admin) => pages.inject({ url, headers: { cookie } });
  const plans = async <T>(url: string) => (await w.plans.app.inject({ url, headers: worker })).json() as T;
  const audit = async () => (await plans<{ items: Array<{ action: string; actor: string }> }>(`/audit?subjectType=organisation&subjectId=${w.ORG}&limit=50`)).items;
  return { w, admin, adminId, pages, post, get, plans, audit };
}

type Entity = { code: string; name: { fr: string; nl: string; de?: string }; parentCode: string | null; kind: string };
type Authority = { code: string; holderName: string; scope: { objectiveNumbers: number[]; entityCodes: string[]; budgetEnvelopes: number[] } };

t.test('names and languages: changed in a form, refused beside the field with nothing changed, audited', async (t) => {
  const { w, adminId, post, get, plans, audit } = await adminWorld(t);
  const page = await get('/organisation');
  t.match(page.body, /id="names-name-fr" name="name.fr" value="[^"]+"/, 'the names form, filled with what is stored');
  const before = await plans<{ name: { fr: string }; languages: string[] }>(`/organisations/${w.ORG}`);

  const names = { 'name.fr': 'SPF Intérieur (test)', 'name.nl': 'FOD Binnenlandse Zaken (test)', 'name.de': 'FÖD Inneres', shortName: 'Intérieur', 'languages.fr': 'on', 'languages.nl': 'on', 'languages.de': 'on' };
  const refused = await post('/organisation/names', { ...names, 'name.fr': '  ' });
  t.equal(refused.statusCode, 400);
  t.match(refused.body, /<p class="error" id="names-name-fr-error">Cette valeur n’est pas acceptée/, 'the message beside the French name');
  t.match(refused.body, /<a href="#names-name-fr">/, 'the summary links to it');
  t.match(refused.body, /name="name.nl" value="FOD Binnenlandse Zaken \(test\)"/, 'what was typed is shown again');
  t.same((await plans<{ name: unknown }>(`/organisations/${w.ORG}`)).name, before.name, 'nothing changed');
  const noLanguage = await post('/organisation/names', { 'name.fr': 'X', 'name.nl': 'Y', shortName: 'Z' });
  t.equal(noLanguage.statusCode, 400);
  t.match(noLanguage.body, /id="names-languages-error"/, 'no language ticked: said beside the languages');

  const saved = await post('/organisation/names', names);
  t.equal(saved.statusCode, 303);
  t.equal(saved.headers.location, '/organisation?saved=names');
  t.match(await plans(`/organisations/${w.ORG}`), { name: { fr: 'SPF Intérieur (test)', nl: 'FOD Binnenlandse Zaken (test)', de: 'FÖD Inneres' }, shortName: 'Intérieur', languages: ['fr', 'nl', 'de'] });
  const after = await get('/organisation?saved=names');
  t.match(after.body, /Le nom et les langues ont été enregistrés/);
  t.match(after.body, /<dd>SPF Intérieur \(test\)<\/dd>/, 'the new name shown');
  t.match(after.body, /<dd>français, néerlandais, allemand<\/dd>/, 'and the languages, by name');
  t.match((await audit()).find((e) => e.action === 'organisation.changed'), { actor: new RegExp(adminId) }, 'audited with who made it');

  const reordered = await post('/organisation/names', { ...names, 'languages.fr': '' });
  t.equal(reordered.statusCode, 303);
  t.same((await plans<{ languages: string[] }>(`/organisations/${w.ORG}`)).languages, ['nl', 'de'], 'a language unticked goes; the order stays');
});

t.test('entities: changed on their own page, removed after a confirmation; what still names one is said, and the refusal', async (t) => {
  const { w, adminId, post, get, plans, audit } = await adminWorld(t);
  const entities = () => plans<Entity[]>(`/organisations/${w.ORG}/entities`);
  t.equal((await post('/organisation/entities', { code: 'CRISIS_LAB', 'name.fr': 'Labo de crise', 'name.nl': 'Crisislab', kind: 'cell', parentCode: 'NCCN' })).statusCode, 303);

  const list = await get('/organisation');
  t.match(list.body, /<a href="\/organisation\/entities\/CRISIS_LAB" aria-label="Modifier l’entité Labo de crise">Modifier<\/a>/, 'each entity has its page, reached by name');
  const page = await get('/organisation/entities/CRISIS_LAB');
  t.equal(page.statusCode, 200);
  t.match(page.body, /<h1>Entité Labo de crise<\/h1>/);
  t.match(page.body, /name="name.nl" value="Crisislab"/, 'the form holds what is stored');
  t.match(page.body, /<option value="NCCN" selected>/, 'its parent chosen');
  t.notMatch(page.body, /<option value="CRISIS_LAB"/, 'not offered as its own parent');
  t.notMatch(readable(page.body), UUID);

  const change = { 'name.fr': 'Laboratoire de crise', 'name.nl': 'Crisislaboratorium', 'name.de': '', abbreviation: 'LC', kind: 'service', parentCode: 'NCCN' };
  // NCCN under its own part: a cycle the service refuses, said beside the parent.
  const cycle = await post('/organisation/entities/NCCN', { 'name.fr': 'x', 'name.nl': 'y', kind: 'directorate_general', parentCode: 'BELPIU' });
  t.equal(cycle.statusCode, 400);
  t.match(cycle.body, /<p class="error" id="entity-parentCode-error">Une entité ne peut pas relever d’elle-même ni d’une de ses parties/);
  t.match((await entities()).find((e) => e.code === 'NCCN'), { parentCode: null, name: { fr: 'Direction générale Centre de Crise National' } }, 'nothing changed');
  const empty = await post('/organisation/entities/CRISIS_LAB', { ...change, 'name.nl': '' });
  t.equal(empty.statusCode, 400);
  t.match(empty.body, /id="entity-name-nl-error"/, 'an empty Dutch name, beside it');

  const renamed = await post('/organisation/entities/CRISIS_LAB', change);
  t.equal(renamed.statusCode, 303);
  t.equal(renamed.headers.location, '/organisation?saved=entity-changed');
  t.match((await entities()).find((e) => e.code === 'CRISIS_LAB'), { name: { fr: 'Laboratoire de crise', nl: 'Crisislaboratorium' }, kind: 'service', parentCode: 'NCCN' });
  const after = await get('/organisation?saved=entity-changed');
  t.match(after.body, /L’entité a été modifiée/);
  t.match(after.body, /Laboratoire de crise<\/th><td>LC<\/td>/, 'listed under its new name');

  const inUse = await get('/organisation/entities/OE/remove');
  t.equal(inUse.statusCode, 200);
  t.match(inUse.body, /<h1>Supprimer l’entité Direction générale Office des Étrangers \?<\/h1>/, 'a confirmation first, by name');
  t.match(inUse.body, /compétence des autorités : [^<]*Secrétaire d’État à l’Asile et la Migration/, 'what still names it: the authority whose scope it is');
  t.match(inUse.body, /rôles de : [^<]*/, 'and the people holding a role in it');
  t.ok((await entities()).some((e) => e.code === 'OE'), 'reading the confirmation removes nothing');
  const refused = await post('/organisation/entities/OE/remove', {});
  t.equal(refused.statusCode, 409);
  t.match(refused.body, /<p class="error" id="remove-confirm-error">Cette entité est encore utilisée/, 'the refusal, in French, beside the button');
  t.match(refused.body, /<a href="#remove-confirm">/);
  t.ok((await entities()).some((e) => e.code === 'OE'), 'nothing removed');

  const free = await get('/organisation/entities/CRISIS_LAB/remove');
  t.match(free.body, /Aucune personne, entité ni autorité ne la mentionne plus/);
  const removed = await post('/organisation/entities/CRISIS_LAB/remove', {});
  t.equal(removed.statusCode, 303);
  t.equal(removed.headers.location, '/organisation?saved=entity-removed');
  t.notOk((await entities()).some((e) => e.code === 'CRISIS_LAB'), 'removed');
  t.match((await get('/organisation?saved=entity-removed')).body, /L’entité a été supprimée/);
  t.equal((await get('/organisation/entities/CRISIS_LAB')).statusCode, 404, 'its page is gone');
  const actions = (await audit()).filter((e) => new RegExp(adminId).test(e.actor)).map((e) => e.action);
  t.ok(['entity.created', 'entity.changed', 'entity.removed'].every((a) => actions.includes(a)), 'each change audited under the administrator');
});

t.test('authorities: changed with their scope, removed after a confirmation, refused while people hold their cell; in Dutch', async (t) => {
  const { w, admin, post, get, plans } = await adminWorld(t);
  const authorities = () => plans<Authority[]>(`/organisations/${w.ORG}/authorities`);
  t.equal((await post('/organisation/authorities', {
    code: 'state-secretary-digital', kind: 'state_secretary', 'title.fr': 'Secrétaire d’État au Numérique', 'title.nl': 'Staatssecretaris voor Digitalisering',
    holderName: 'A. Numérique', 'scope.objectiveNumbers': '9, 10', 'scope.entityCodes.DGISD': 'on',
  })).statusCode, 303);

  const page = await get('/organisation/authorities/state-secretary-digital');
  t.equal(page.statusCode, 200);
  t.match(page.body, /name="scope.objectiveNumbers" value="9, 10"/, 'the objectives it reviews');
  t.match(page.body, /name="scope.entityCodes.DGISD" value="on" checked/, 'the entities of its scope, ticked');
  t.match(page.body, /name="holderName" value="A. Numérique"/);

  const change = {
    kind: 'state_secretary', 'title.fr': 'Secrétaire d’État au Numérique', 'title.nl': 'Staatssecretaris voor Digitalisering', 'title.de': '',
    holderName: 'B. Numérique', 'scope.objectiveNumbers': '9, 10, 11', 'scope.entityCodes.DGISD': 'on', 'scope.entityCodes.ICT': 'on', 'scope.budgetEnvelopes': '1',
  };
  const bad = await post('/organisation/authorities/state-secretary-digital', { ...change, 'scope.objectiveNumbers': '9, neuf' });
  t.equal(bad.statusCode, 400);
  t.match(bad.body, /<p class="error" id="authority-scope-objectiveNumbers-error">/, 'a number that is not one, beside the objectives');
  t.match(bad.body, /value="9, neuf"/);
  const signer = await post('/organisation/authorities/state-secretary-digital', { ...change, 'signs.yes': 'on' });
  t.equal(signer.statusCode, 409);
  t.match(signer.body, /<p class="error" id="authority-signs-error">Une autre autorité signe déjà le plan/);
  t.match((await authorities()).find((a) => a.code === 'state-secretary-digital'), { holderName: 'A. Numérique', scope: { objectiveNumbers: [9, 10] } }, 'nothing changed');

  t.equal((await post('/organisation/authorities/state-secretary-digital', change)).statusCode, 303);
  t.match((await authorities()).find((a) => a.code === 'state-secretary-digital'), {
    holderName: 'B. Numérique', scope: { objectiveNumbers: [9, 10, 11], entityCodes: ['DGISD', 'ICT'], budgetEnvelopes: [1] },
  }, 'the scope replaced by what the form says');
  const listed = await get('/organisation?saved=authority-changed');
  t.match(listed.body, /L’autorité a été modifiée/);
  t.match(listed.body, /B. Numérique<\/td>\s*<td>non<\/td><td>9, 10, 11<\/td><td><ul><li>Direction générale Innovation et Solutions digitales<\/li><li>Services ICT<\/li><\/ul><\/td>/, 'its competence shown by objective numbers and entity names');

  const held = await get('/organisation/authorities/state-secretary-asylum-migration/remove');
  t.match(held.body, /rôles de : /, 'the people of its cell named before anything is tried');
  const refused = await post('/organisation/authorities/state-secretary-asylum-migration/remove', {});
  t.equal(refused.statusCode, 409);
  t.match(refused.body, /Des personnes appartiennent encore à la cellule de cette autorité/);
  t.ok((await authorities()).some((a) => a.code === 'state-secretary-asylum-migration'), 'nothing removed');

  const dutch = await get('/language/nl?back=%2Forganisation');
  const cookie = `${admin}; ${(dutch.cookies as Array<{ name: string; value: string }>).map((c) => `${c.name}=${c.value}`).join('; ')}`;
  const inDutch = await get('/organisation/authorities/state-secretary-digital/remove', cookie);
  t.match(inDutch.body, /<html lang="nl"/);
  t.match(inDutch.body, /<h1>De overheid Staatssecretaris voor Digitalisering verwijderen\?<\/h1>/);
  t.equal((await post('/organisation/authorities/state-secretary-digital/remove', {}, cookie)).statusCode, 303);
  t.notOk((await authorities()).some((a) => a.code === 'state-secretary-digital'), 'removed');
  t.match((await get('/organisation?saved=authority-removed', cookie)).body, /De overheid werd verwijderd/);
});

t.test('only the organisation\'s administrator: others get 403 and change nothing; a forged form changes nothing', async (t) => {
  const { w, post, get, plans } = await adminWorld(t);
  const president = await signInByEmail(w, 'corporate@ibz.example');
  for (const url of ['/organisation/entities/OE', '/organisation/entities/OE/remove', '/organisation/authorities/minister-interior', '/organisation/authorities/minister-interior/remove']) {
    t.equal((await get(url, president)).statusCode, 403, `GET ${url}: the President's office does not administer`);
  }
  const before = await plans<Entity[]>(`/organisations/${w.ORG}/entities`);
  t.equal((await post('/organisation/entities/CPCL/remove', {}, president)).statusCode, 403);
  t.equal((await post('/organisation/entities/CPCL', { 'name.fr': 'x', 'name.nl': 'y', kind: 'other', parentCode: '' }, president)).statusCode, 403);
  t.equal((await post('/organisation/names', { 'name.fr': 'x', 'name.nl': 'y', shortName: 'z', 'languages.fr': 'on' }, president)).statusCode, 403);
  t.equal((await post('/organisation/authorities/minister-interior/remove', {}, president)).statusCode, 403);
  const forged = await w.portal.pages.inject({
    method: 'POST', url: '/organisation/entities/CPCL/remove', headers: { ...formHeaders, cookie: (await signInByEmail(w, 'admin@ibz.example')) }, payload: form({ csrf: 'forged' }),
  });
  t.equal(forged.statusCode, 403, 'a forged form');
  t.same(await plans<Entity[]>(`/organisations/${w.ORG}/entities`), before, 'nothing changed');
  t.equal((await get('/organisation/entities/NOPE')).statusCode, 404, 'an entity the organisation does not have');
  t.equal((await get('/organisation/authorities/nope/remove')).statusCode, 404);
});

t.test('people: whom a deputy stands in for; a role taken away after a confirmation naming the delegations that end with it; one\'s own refused', async (t) => {
  const { w, adminId, post, get, plans } = await adminWorld(t);
  type Person = { id: string; roles: Array<{ id: string; role: string; delegations: unknown[] }> };
  const created = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Ann Peeters', email: 'ann.peeters@ibz.example', language: 'nl', roles: [{ role: 'drafter', entityCode: 'OE' }] },
  });
  const ann = created.json() as Person;
  const roleId = ann.roles[0]!.id;
  t.equal((await post(`/organisation/people/${ann.id}/delegations`, { roleId, deputyId: w.people.outsider.id, startsOn: '2026-07-01', endsOn: '2026-07-31' })).statusCode, 303);

  const page = await get('/organisation/people');
  t.match(page.body, /supplée Ann Peeters \(Rédacteur ou rédactrice — Direction générale Office des Étrangers\) du mercredi 1(er)? juillet 2026 au vendredi 31 juillet 2026/,
    'the deputy\'s section says whom they stand in for, by name, dates in French');
  t.match(page.body, new RegExp(`<a href="/organisation/people/${ann.id}/roles/${roleId}/remove" aria-label="Retirer le rôle Rédacteur ou rédactrice — Direction générale Office des Étrangers \\(Ann Peeters\\)">Retirer</a>`),
    'taking a role away starts with a confirmation');

  const confirm = await get(`/organisation/people/${ann.id}/roles/${roleId}/remove`);
  t.equal(confirm.statusCode, 200);
  t.match(confirm.body, /<h1>Retirer le rôle Rédacteur ou rédactrice — Direction générale Office des Étrangers à Ann Peeters \?<\/h1>/);
  t.match(confirm.body, /Les délégations de ce rôle prennent fin avec lui :<\/p><ul><li>Agent DGSC le ou la supplée/, 'the delegation that ends with it, by the deputy\'s name');
  t.notMatch(readable(confirm.body), UUID);
  t.equal((await plans<Person>(`/people/${ann.id}`)).roles.length, 1, 'reading the confirmation takes nothing away');

  const own = (await plans<Person>(`/people/${adminId}`)).roles[0]!;
  const refused = await post(`/organisation/people/${adminId}/roles/${own.id}/remove`, {});
  t.equal(refused.statusCode, 403);
  t.match(refused.body, /<p class="error" id="remove-confirm-error">Personne ne modifie ses propres rôles/, 'one\'s own role: refused, said beside the button');
  t.equal((await plans<Person>(`/people/${adminId}`)).roles.length, 1, 'nothing changed');

  t.equal((await post(`/organisation/people/${ann.id}/roles/${roleId}/remove`, {})).statusCode, 303);
  t.same((await plans<Person>(`/people/${ann.id}`)).roles, [], 'the role and its delegation are gone');
  t.notMatch((await get('/organisation/people?saved=1')).body, /supplée Ann Peeters/, 'the deputy no longer stands in');
  t.equal((await get(`/organisation/people/${ann.id}/roles/${roleId}/remove`)).statusCode, 404, 'a role no longer held');
  const president = await signInByEmail(w, 'corporate@ibz.example');
  t.equal((await get(`/organisation/people/${adminId}/roles/${own.id}/remove`, president)).statusCode, 403, 'only the administrator');
});
