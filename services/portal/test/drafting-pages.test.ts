import { worker } from '@jalon/plans/test-support/plans-app';
import t from 'tap';
import { launchChromium, screenshot } from '../test-support/chromium.js';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/*
 * A year drafted in pages, on real Temporal, PostgreSQL and SMTP: two drafters enter their SMART
 * objectives in their signed-in pages (French and Dutch), finish their tasks there, the President's
 * office consolidates on its page; the State Secretary's request for changes comes back beside the
 * objective concerned, and the drafter edits it again.
 */

t.setTimeout(600_000);
const w = await cycleWorld(t);
const { people } = w;
const pages = w.portal.pages;
const year = new Date().getUTCFullYear() + 35;

const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year });
if (launched.statusCode !== 201) throw new Error(launched.body);
const planId = (await w.waitFor(year, 'drafting tasks sent', (v) => v.stage === 'drafting' && v.drafting.length > 0 && !!v.operationalPlanId)).operationalPlanId as string;
// The tasks' links are issued with their e-mails: the pages find them once they are sent.
await w.notifications.catcher.waitFor((m) => m.to.includes(people.dgsp.email) || m.to.includes(people.oe.email), { count: 2, timeoutMs: 60_000 });

const [dgsp, oe, president] = [await signInByEmail(w, people.dgsp.email), await signInByEmail(w, people.oe.email), await signInByEmail(w, people.president.email)];
const get = (url: string, cookie: string) => pages.inject({ url, headers: { cookie } });
const post = async (url: string, cookie: string, fields: Record<string, string>, from = url) => {
  const csrf = csrfOf((await get(from, cookie)).body);
  return pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form({ csrf, ...fields }) });
};
const operationalPlan = async () => (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json();
const dgspPage = `/drafting/${year}/DGSP`;
const oePage = `/drafting/${year}/OE`;
/** A photograph of a page as the person of the session sees it, in Chromium (under test-results/screenshots). */
async function photograph(t: Parameters<typeof launchChromium>[0], cookie: string, pathname: string, name: string) {
  const browser = await launchChromium(t);
  if (!browser) return;
  const context = await browser.newContext();
  const [cookieName, cookieValue] = cookie.split('=') as [string, string];
  await context.addCookies([{ name: cookieName, value: cookieValue, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  await page.goto(`${w.portalUrl}${pathname}`);
  await screenshot(page, name);
}

/** The e-mails sent before the consolidation was confirmed: the committee's come after. */
let beforeCommittee = new Set<string>();
const objective = (fields: Record<string, string> = {}) => ({
  strategicObjectiveNumber: '12', statement: 'Renforcer la coordination des services de secours.', indicator: 'Nombre de zones couvertes',
  target: 'Toutes les zones', means: 'Deux ETP, un outil commun', deadline: `${year}-06-30`, ...fields,
});

t.test('the drafting e-mail\'s task and "my tasks" lead to the entity\'s drafting page', async (t) => {
  const tasks = await get('/tasks', dgsp);
  t.match(tasks.body, new RegExp(`href="${dgspPage}"`), '"my tasks" links the drafting task to the page');
  const [mail] = w.mailTo(people.dgsp.email).filter((m) => /\/decisions\//.test(m.text));
  const token = mail!.text.match(/\/decisions\/[A-Za-z0-9_-]+/)![0];
  t.match((await pages.inject({ url: token })).body, new RegExp(`<a href="${dgspPage}">Encoder et consulter les objectifs`), 'the e-mailed task page too');
});

t.test('a drafter sees and edits only their own entity\'s page; the President\'s office consolidates alone', async (t) => {
  const mine = await get(dgspPage, dgsp);
  t.equal(mine.statusCode, 200);
  t.match(mine.body, new RegExp(`<h1>Objectifs opérationnels ${year} – `), 'in French, the drafter\'s language');
  t.match(mine.body, /<option value="12">12\. /, 'the strategic objectives offered by number and title');
  const other = await get(oePage, dgsp);
  t.equal(other.statusCode, 403, 'another entity\'s page: 403');
  t.match(other.body, /rédiger les objectifs de cette entité/);
  const before = await operationalPlan();
  const forged = await pages.inject({ method: 'POST', url: `${oePage}/objectives`, headers: { ...formHeaders, cookie: dgsp }, payload: form({ csrf: csrfOf(mine.body), ...objective() }) });
  t.equal(forged.statusCode, 403, 'nor may they post there');
  t.equal((await get(`/consolidation/${year}`, dgsp)).statusCode, 403, 'a drafter does not consolidate');
  t.equal((await pages.inject({ url: dgspPage })).headers.location, `/sign-in?next=${encodeURIComponent(dgspPage)}`, 'signed out: to sign in');
  t.equal((await operationalPlan()).revision, before.revision, 'nothing was written');
});

t.test('a bad form is refused with each fault beside its field, in the reader\'s language, and nothing is written', async (t) => {
  const before = await operationalPlan();
  const bad = await post(`${dgspPage}/objectives`, dgsp, objective({ deadline: `${year + 1}-01-15`, statement: '' }), dgspPage);
  t.equal(bad.statusCode, 400);
  t.match(bad.body, /<p class="error" id="objective-deadline-error">L’échéance doit tomber en \d{4}, l’année du plan\.<\/p>/, 'the deadline outside the year, beside the field');
  t.match(bad.body, /id="objective-deadline"[^>]*aria-describedby="objective-deadline-hint objective-deadline-error"[^>]*aria-invalid="true"/);
  t.match(bad.body, /<p class="error" id="objective-statement-error">Ce champ est obligatoire\.<\/p>/, 'the empty statement too');
  t.match(bad.body, /<a href="#objective-deadline">Échéance\u00a0: /, 'the error summary links to the field');
  t.match(bad.body, /value="Nombre de zones couvertes"/, 'what was typed is kept');
  t.equal((await operationalPlan()).revision, before.revision, 'nothing was written');
  const dutch = await post(`${oePage}/objectives`, oe, objective({ deadline: `${year - 1}-12-31` }), oePage);
  t.equal(dutch.statusCode, 400);
  t.match(dutch.body, /id="objective-deadline-error">De termijn moet in \d{4} vallen/, 'in Dutch for a Dutch-speaking drafter');
});

t.test('two drafters enter their objectives in pages, edit one, and finish', async (t) => {
  const added = await post(`${dgspPage}/objectives`, dgsp, objective(), dgspPage);
  t.equal(added.statusCode, 303);
  const code = `DGSP-${year}-01`;
  t.equal(added.headers.location, `${dgspPage}?saved=${code}`);
  const shown = await get(added.headers.location as string, dgsp);
  t.match(shown.body, `L’objectif ${code} est enregistré.`);
  t.match(shown.body, `<h3 id="objective-${code}-title">${code} – Renforcer la coordination des services de secours.</h3>`);
  t.match(shown.body, /30 juin \d{4}/, 'the deadline in the reader\'s locale');

  const edit = await get(`${dgspPage}/objectives/${code}`, dgsp);
  t.match(edit.body, /value="Toutes les zones"/, 'the edit form holds the objective');
  const changed = await post(`${dgspPage}/objectives/${code}`, dgsp, objective({ target: '30 zones sur 34' }));
  t.equal(changed.statusCode, 303);
  const stored = (await operationalPlan()).objectives.find((o: { code: string }) => o.code === code);
  t.match(stored, { target: '30 zones sur 34', ownerEntityCode: 'DGSP', strategicObjectiveNumber: 12, revision: 2 }, 'the plans service holds the change');
  const audit = (await w.plans.app.inject({ url: `/audit?subjectType=operational_objective&subjectId=${planId}%23${code}`, headers: worker })).json();
  t.equal(audit.items[0].actor, `${people.dgsp.id} (via portal)`, 'audited in the drafter\'s name, through the portal');

  const dutch = await post(`${oePage}/objectives`, oe, objective({ strategicObjectiveNumber: '21', statement: 'Verkorten van de behandelingstermijn van verblijfsaanvragen.' }), oePage);
  t.equal(dutch.statusCode, 303);
  t.match((await get(oePage, oe)).body, /Doelstelling OE-\d{4}-01 is opgeslagen|OE-\d{4}-01 – Verkorten/, 'the Dutch page shows it');

  for (const [cookie, page] of [[dgsp, dgspPage], [oe, oePage]] as const) {
    const done = await post(`${page}/done`, cookie, {}, page);
    t.equal(done.statusCode, 303, `${page}: "I have finished"`);
    t.equal(done.headers.location, `${page}?finished=1`);
  }
  const view = await w.waitFor(year, 'both done', (v) => ['DGSP', 'OE'].every((e) => v.drafting.find((d: { entityCode: string }) => d.entityCode === e)?.status === 'done'));
  t.equal(view.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP').doneBy, people.dgsp.id, 'the task is done by the drafter');
  const after = await get(dgspPage, dgsp);
  t.match(after.body, /Rédaction terminée\. Terminée le .* par Directeur DGSP\./, 'the page says who finished, by name');
  t.notMatch(after.body, /J’ai terminé/, 'and offers it no more');
  await photograph(t, dgsp, dgspPage, 'drafting-01-entity-page');
});

t.test('a drafter raises a problem from the page: both cells are told at once, once however often the form is sent', async (t) => {
  const page = await get(dgspPage, dgsp);
  const problemId = page.body.match(/name="problemId" value="([^"]+)"/)![1]!;
  const empty = await post(`${dgspPage}/problems`, dgsp, { problemId, description: ' ' }, dgspPage);
  t.equal(empty.statusCode, 400);
  t.match(empty.body, /<p class="error" id="problem-description-error">Ce champ est obligatoire\.<\/p>/, 'an empty description, said beside the field');
  const fields = { problemId, description: 'Les moyens de la coordination des secours sont incertains.' };
  const sent = await post(`${dgspPage}/problems`, dgsp, fields, dgspPage);
  t.equal(sent.headers.location, `${dgspPage}?problem=1`);
  t.match((await get(sent.headers.location as string, dgsp)).body, /Le problème est signalé aux cellules stratégiques\./);
  t.equal((await post(`${dgspPage}/problems`, dgsp, fields, dgspPage)).statusCode, 303, 'the same form sent again…');
  const told = await w.notifications.catcher.waitFor((m) => (m.to.includes(people.mahdi.email) || m.to.includes(people.verlinden.email)) && m.text.includes('coordination des secours'), { count: 2, timeoutMs: 60_000 });
  t.equal(told.length, 2, 'the Minister\'s and the State Secretary\'s cells are told');
  const view = await w.view(year);
  t.same(view.problems.map((p: { description: string; raisedBy: string }) => p.description), [fields.description], '…raises it once');
});

t.test('the President\'s office consolidates: both entities finished, objectives by strategic objective, consolidation done', async (t) => {
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  t.equal((await w.api('POST', `${w.cycleUrl(year)}/close-drafting`, people.president)).statusCode, 200, 'the entities without drafters are not waited for');
  await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(people.president.email) && /Consolidation/.test(m.subject), { timeoutMs: 60_000 });
  t.match((await get('/dashboard', president)).body, new RegExp(`<a href="/consolidation/${year}">Consolidation du plan opérationnel ${year}</a>`), 'the dashboard leads to the consolidation page');
  const page = await get(`/consolidation/${year}`, president);
  t.equal(page.statusCode, 200);
  t.match(page.body, new RegExp(`<h1>Consolidation du plan opérationnel ${year}</h1>`));
  t.match(page.body, /<td>Terminée<\/td>\s*<td>Directeur DGSP/, 'the DGSP has finished, by its drafter');
  t.match(page.body, /<td>Terminée<\/td>\s*<td>Directeur-generaal DVZ/, 'the Immigration Office too');
  t.match(page.body, /<h3 id="so-12">12\. [^<]+<\/h3>[\s\S]*DGSP-\d{4}-01/, 'the DGSP\'s objective under strategic objective 12');
  t.match(page.body, /<h3 id="so-21">21\. [^<]+<\/h3>[\s\S]*OE-\d{4}-01/, 'the Immigration Office\'s under 21');
  beforeCommittee = new Set(w.notifications.catcher.messages.map((m) => m.id));
  await photograph(t, president, `/consolidation/${year}`, 'drafting-02-consolidation');
  const done = await post(`/consolidation/${year}/done`, president, {}, `/consolidation/${year}`);
  t.equal(done.statusCode, 303);
  t.match((await get(done.headers.location as string, president)).body, /La consolidation est enregistrée/);
  await w.waitFor(year, 'committee', (v) => v.stage === 'committee');
  t.equal((await operationalPlan()).status, 'in_committee');
});

t.test('once the plan went to the committee, edits are refused in the reader\'s language; after changes requested, the comment is beside the objective', async (t) => {
  const code = `OE-${year}-01`;
  const before = await operationalPlan();
  const refused = await post(`${oePage}/objectives/${code}`, oe, objective({ strategicObjectiveNumber: '21' }), oePage);
  t.equal(refused.statusCode, 409, 'the plans service refuses: the plan is not in drafting');
  t.match(refused.body, /Het plan wordt niet meer opgesteld: deze doelstelling kan niet meer gewijzigd worden\./, 'said in Dutch, from the refusal\'s code');
  t.equal((await operationalPlan()).revision, before.revision, 'nothing was written');

  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  const committee = await w.notifications.catcher.waitFor((m) => !beforeCommittee.has(m.id) && (m.to.includes(people.dgsp.email) || m.to.includes(people.oe.email)) && /comité|directiecomité/i.test(m.subject), { count: 2, timeoutMs: 60_000 });
  for (const mail of committee) await w.actOnEmail(mail, { 'outcome:plan': 'approve' });
  const [review] = await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(people.mahdi.email) && /\/decisions\//.test(m.text), { timeoutMs: 60_000 });
  const asked = await w.actOnEmail(review!, { [`outcome:${code}`]: 'request_changes', [`comment:${code}`]: 'Précisez la cible par type de demande.' });
  t.equal(asked.posted.statusCode, 200, 'the State Secretary\'s cell requests a change on the objective');
  await w.waitFor(year, 'back to consolidation', (v) => v.stage === 'consolidation' && v.changesRequested.length > 0);

  const page = await get(`${oePage}/objectives/${code}`, oe);
  t.match(page.body, /<aside class="review-comments" aria-label="Opmerkingen van de nalezers">[\s\S]*Précisez la cible par type de demande\.[\s\S]*Kabinet Mahdi/, 'the comment, by name, beside the objective');
  const edited = await post(`${oePage}/objectives/${code}`, oe, objective({ strategicObjectiveNumber: '21', target: 'Verblijf: 60 dagen; gezinshereniging: 90 dagen' }));
  await photograph(t, oe, `${oePage}/objectives/${code}`, 'drafting-03-changes-requested');
  t.equal(edited.statusCode, 303, 'the drafter edits it again');
  t.notMatch((await get(dgspPage, dgsp)).body, /Précisez la cible/, 'another entity\'s page does not show it');
});

t.test('once the plan is in force, the drafter records results on the page', async (t) => {
  const code = `OE-${year}-01`;
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  await w.notifications.catcher.waitFor((m) => m.to.includes(people.president.email) && /Consolidation/.test(m.subject) && !beforeCommittee.has(m.id), { timeoutMs: 60_000 });
  const confirmed = await post(`/consolidation/${year}/done`, president, {}, `/consolidation/${year}`);
  t.equal(confirmed.statusCode, 303, 'the President\'s office confirms the consolidation again');
  const committee = await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && (m.to.includes(people.dgsp.email) || m.to.includes(people.oe.email)) && /comité|directiecomité/i.test(m.subject), { count: 2, timeoutMs: 60_000 });
  for (const mail of committee) await w.actOnEmail(mail, { 'outcome:plan': 'approve' });
  const [review] = await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(people.mahdi.email) && /\/decisions\//.test(m.text), { timeoutMs: 60_000 });
  await w.actOnEmail(review!, { [`outcome:${code}`]: 'approve' });
  await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);

  const page = await get(oePage, oe);
  t.match(page.body, new RegExp(`<form method="post" action="${oePage}/objectives/${code}/result"`), 'a result form beside the objective');
  t.notMatch(page.body, /Een nieuwe doelstelling invoeren/, 'and no more new objectives');
  const empty = await post(`${oePage}/objectives/${code}/result`, oe, { result: '', expectedRevision: '3' }, oePage);
  t.equal(empty.statusCode, 400);
  t.match(empty.body, new RegExp(`<p class="error" id="result-${code}-error">Dit veld is verplicht\\.</p>`), 'an empty result, said beside its field');
  const revision = String((await operationalPlan()).objectives.find((o: { code: string }) => o.code === code).revision);
  const recorded = await post(`${oePage}/objectives/${code}/result`, oe, { result: 'Mediaan 58 dagen.', expectedRevision: revision }, oePage);
  t.equal(recorded.headers.location, `${oePage}?result=${code}`);
  t.match((await operationalPlan()).objectives.find((o: { code: string }) => o.code === code), { result: 'Mediaan 58 dagen.' }, 'the plans service holds the result');
  t.match((await get(oePage, oe)).body, /<dd>Mediaan 58 dagen\.<\/dd>/);
});
