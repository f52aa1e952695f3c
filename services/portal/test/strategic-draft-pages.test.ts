import t from 'tap';
import { worker } from '@jalon/plans/test-support/plans-app';
import { cycleWorld, type CycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { formValues } from '../test-support/page-forms.js';
import { form, formHeaders } from '../test-support/portal-app.js';
import { objectiveFields, objectiveFormPage, ownerChoices, prioritiesFields, prioritiesFormPage } from '../src/web/strategic/draft-form-pages.js';
import { draftPageContent } from '../src/web/strategic/draft-page.js';
import { strategicCopy } from '../src/web/strategic/strategic-catalogue.js';

/*
 * The President's office edits the draft strategic plan in pages: each part in its form, errors
 * beside the field in the reader's language, nothing changed by a refused form, and two editors
 * never overwriting each other silently.
 */

type WithCookies = { cookies: Array<{ name: string; value: string }> };
const cookiesOf = (response: unknown) => (response as WithCookies).cookies.map((c) => `${c.name}=${c.value}`).join('; ');

const planOf = async (w: CycleWorld) => (await w.plans.app.inject({ url: `/strategic-plans/${w.plans.planId}`, headers: worker })).json();
const get = (w: CycleWorld, cookie: string, url: string) => w.portal.pages.inject({ url, headers: { cookie } });
const post = (w: CycleWorld, cookie: string, url: string, fields: Record<string, string>) =>
  w.portal.pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form(fields) });

/** A session reading pages in Dutch (the language switch's cookie beside the session's). */
async function inDutch(w: CycleWorld, cookie: string) {
  const switched = await w.portal.pages.inject({ url: '/language/nl?back=%2Fplans', headers: { cookie } });
  return `${cookie}; ${cookiesOf(switched)}`;
}

t.test('the President\'s office edits the draft in forms; errors beside the field in French and Dutch; a refused form changes nothing', async (t) => {
  const w = await cycleWorld(t, { strategicPlanSigned: false });
  const president = await signInByEmail(w, w.people.president.email);
  const base = `/strategic-drafts/${w.plans.planId}`;

  const overview = await get(w, president, base);
  t.equal(overview.statusCode, 200);
  t.match(overview.body, 'Projet de plan stratégique');
  t.match(overview.body, 'Rédaction par le bureau du président', 'the stage in words');
  t.match(overview.body, `action="${base}/lifecycle"`, 'the lifecycle starts from the plan\'s page');
  t.match(overview.body, `href="${base}/objectives/21"`);
  t.match(overview.body, 'Office des Étrangers', 'owners by name');
  t.match((await get(w, president, '/dashboard')).body, `href="${base}"`, 'the dashboard leads to the draft');
  const member = await signInByEmail(w, w.people.dgsp.email);
  t.equal((await get(w, member, base)).statusCode, 403, 'a committee member (and drafter) may not open it');
  t.equal((await post(w, member, `${base}/objectives/21`, { csrf: 'x', revision: '1', title: 'x' })).statusCode, 403, 'nor post its forms');

  // The objective's form: its text, its owners ticked, its ambitions.
  const formPage = await get(w, president, `${base}/objectives/21`);
  t.equal(formPage.statusCode, 200);
  const fields = formValues(formPage.body, `${base}/objectives/21`);
  t.equal(fields['owner:OE'], 'on', 'the owner is ticked');
  t.match(formPage.body, '<label for="title">Titre</label>', 'every field has its label');

  // An empty title: 400, the error beside the field and in the summary, nothing saved.
  const before = await planOf(w);
  const empty = await post(w, president, `${base}/objectives/21`, { ...fields, title: '  ' });
  t.equal(empty.statusCode, 400);
  t.match(empty.body, '<a href="#title">Ce champ est obligatoire.</a>', 'the summary links to the field');
  t.match(empty.body, '<p class="error" id="title-error">Ce champ est obligatoire.</p>', 'the error beside the field');
  t.match(empty.body, 'aria-invalid="true"');
  t.match(empty.body, fields.text!.slice(0, 40).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'), 'what the person typed is kept');
  const noOwner = await post(w, president, `${base}/objectives/21`, Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('owner:'))));
  t.equal(noOwner.statusCode, 400);
  t.match(noOwner.body, '<a href="#owners">Choisissez au moins une entité responsable.</a>');
  const dutch = await inDutch(w, president);
  const dutchError = await post(w, dutch, `${base}/objectives/21`, { ...fields, title: '' });
  t.equal(dutchError.statusCode, 400);
  t.match(dutchError.body, 'Dit veld is verplicht.', 'in Dutch for a Dutch reader');
  t.notMatch(dutchError.body, /request\.invalid|body\.title|is not valid/, 'never the API\'s English');
  t.same(await planOf(w), before, 'no refused form changed the plan');

  // A change: new title, "(Tous)" among the owners, an ambition added.
  const saved = await post(w, president, `${base}/objectives/21`, {
    ...fields, title: 'Une politique de retour plus humaine', 'owner:ALL': 'on', [`ambition:${before.objectives[20].ambitions.length}:text`]: 'Suivi individuel des retours', [`ambition:${before.objectives[20].ambitions.length}:owner:OE`]: 'on',
  });
  t.equal(saved.statusCode, 303, saved.body.slice(0, 500));
  t.equal(saved.headers.location, `${base}?saved=1`);
  const after = await planOf(w);
  t.equal(after.objectives[20].title, 'Une politique de retour plus humaine');
  t.same(after.objectives[20].ownerEntityCodes, ['ALL', 'OE'], '"(Tous)" and the Immigration Office');
  t.equal(after.objectives[20].ambitions.length, before.objectives[20].ambitions.length + 1, 'the ambition is added');
  t.match((await get(w, president, `${base}?saved=1`)).body, 'Les modifications sont enregistrées.');

  // The same old form posted again (a second editor's tab): 409, said in French, the newer text kept.
  const stale = await post(w, president, `${base}/objectives/21`, { ...fields, title: 'Écrasé ?' });
  t.equal(stale.statusCode, 409);
  t.match(stale.body, 'Quelqu’un a modifié ce contenu entre-temps.');
  t.match(formValues(stale.body, `${base}/objectives/21`).revision, String(after.objectives[20].revision), 'the form now names the current revision');
  t.equal((await planOf(w)).objectives[20].title, 'Une politique de retour plus humaine', 'nothing overwritten');

  // Priorities: the last one first, the second removed.
  const prioritiesPage = await get(w, president, `${base}/priorities`);
  const p = formValues(prioritiesPage.body, `${base}/priorities`);
  const count = after.priorities.length;
  const moved = await post(w, president, `${base}/priorities`, { ...p, [`priority:${count - 1}:position`]: '0', 'priority:1:remove': 'on' });
  t.equal(moved.statusCode, 303, moved.body.slice(0, 300));
  const reordered = (await planOf(w)).priorities.map((x: { title: string }) => x.title);
  t.same(reordered, [after.priorities[count - 1].title, after.priorities[0].title, ...after.priorities.slice(2, count - 1).map((x: { title: string }) => x.title)]);

  // Risk domains: a new one without a title is refused beside its title.
  const risksPage = await get(w, president, `${base}/risk-domains`);
  const r = formValues(risksPage.body, `${base}/risk-domains`);
  const n = after.riskDomains.length;
  const planBefore = await planOf(w);
  const badRisk = await post(w, president, `${base}/risk-domains`, { ...r, [`risk:${n}:threats`]: 'Cyberattaque', [`risk:${n}:objective:9`]: 'on' });
  t.equal(badRisk.statusCode, 400);
  t.match(badRisk.body, `<a href="#risk-${n}-title">Ce champ est obligatoire.</a>`);
  t.same(await planOf(w), planBefore, 'nothing changed');

  // A new objective, owned by "(Tous)".
  const newPage = await get(w, president, `${base}/new-objective`);
  const added = await post(w, president, `${base}/new-objective`, { ...formValues(newPage.body, `${base}/new-objective`), title: 'Un SPF durable', text: 'Réduire l’empreinte carbone.', 'owner:ALL': 'on' });
  t.equal(added.statusCode, 303, added.body.slice(0, 300));
  t.equal((await planOf(w)).objectives.at(-1).title, 'Un SPF durable');
});

t.test('the draft\'s pages in German: the overview and the forms, with no French or Dutch left', async (t) => {
  const plan = {
    id: '7b0c3c5e-0000-4000-8000-000000000001', organisationCode: 'spf-interieur', code: 'PS', period: { from: 2022, to: 2024 }, title: { fr: 'Plan stratégique', nl: 'Strategisch plan' },
    status: 'draft' as const, signedAt: null, signedBy: null, signedVersion: null, supersedesId: null, revision: 3, updatedAt: '2026-01-01T00:00:00Z',
    priorities: [{ number: 1, title: 'Digitalisierung', text: 'Text' }],
    objectives: [{ number: 21, title: 'Rückkehr', text: 'Text', category: 'core_mission' as const, domain: 'foreigners' as const, ownerEntityCodes: ['ALL'], reviewedBy: [], revision: 2,
      ambitions: [{ position: 1, text: 'Ambition', ownerTags: ['OE'], ownerEntityCodes: ['OE'] }] }],
    riskDomains: [], addenda: [], communicationPlan: [],
  };
  const lifecycle = {
    stage: 'drafting' as const, version: { number: 1, sha256: 'a'.repeat(64) }, currentRoundId: null, approvedHashes: {}, signature: null, lastAskedVersion: {},
    changesRequested: [{ step: 'state_secretary_review', item: '21', comments: [] }],
  };
  const comments = new Map([['21', [{ personName: 'Kabinett Mahdi', role: 'state_secretary_cell' as const, actedAt: '2026-03-02T10:00:00Z', step: 'state_secretary_review', outcome: 'request_changes' as const, comment: 'Bitte präzisieren.' }]]]);
  const page = draftPageContent('de', { plan, lifecycle, comments, entityNames: { OE: 'Ausländeramt' }, csrf: 'c', errorTitle: 'Fehler' }).toString();
  t.match(page, 'Änderungen verlangt von: der Staatssekretär.', 'the banner names the step');
  t.match(page, 'Kabinett Mahdi (Strategiezelle des Staatssekretärs)', 'who and in which role');
  t.match(page, 'Bitte präzisieren.', 'the comment beside the objective');
  t.match(page, /Montag, 2\. März 2026/, 'when, in the German-speaking Community\'s format');
  t.match(page, 'Den geänderten Entwurf erneut einreichen');
  const t2 = strategicCopy.de;
  const entities = ownerChoices(t2, [{ code: 'OE', name: 'Ausländeramt' }]);
  const objectivePage = objectiveFormPage({ t: t2, errorTitle: 'Fehler', planId: plan.id, csrf: 'c', fields: objectiveFields(plan.objectives[0]!), errors: [{ field: 'title', message: t2.errors.required }], entities }, 21, 1).toString();
  t.match(objectivePage, '<a href="#title">Dieses Feld ist erforderlich.</a>');
  t.match(objectivePage, '(Alle) – alle Einheiten');
  const prioritiesPage = prioritiesFormPage({ t: t2, errorTitle: 'Fehler', planId: plan.id, csrf: 'c', fields: prioritiesFields(plan), errors: [], entities: [] }, 1).toString();
  for (const html of [page, objectivePage, prioritiesPage]) {
    t.notMatch(html, /Modifier|Enregistrer|Titre|Supprimer|Wijzigen|Opslaan|Verwijderen|undefined/, 'no French, Dutch or missing text');
  }
  // Every key has its text in each language.
  for (const language of ['fr', 'nl', 'de'] as const) {
    const missing = Object.entries(strategicCopy[language]).filter(([, v]) => v === '' || v === undefined).map(([k]) => k);
    t.same(missing, [], `${language}: no empty entry`);
  }
});
