import { worker } from '@jalon/plans/test-support/plans-app';
import t from 'tap';
import { launchChromium, screenshot } from '../test-support/chromium.js';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

/*
 * An entity's projects with their deadlines, drafted in pages on real Temporal, PostgreSQL and
 * SMTP: the drafter enters one serving an objective of the entity, is told each fault beside its
 * field, changes and removes it; the President's office sees them under their objective on the
 * consolidation page.
 */

t.setTimeout(600_000);
const w = await cycleWorld(t);
const { people } = w;
const pages = w.portal.pages;
const year = new Date().getUTCFullYear() + 16;

const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year });
if (launched.statusCode !== 201) throw new Error(launched.body);
const planId = (await w.waitFor(year, 'drafting tasks sent', (v) => v.stage === 'drafting' && v.drafting.length > 0 && !!v.operationalPlanId)).operationalPlanId as string;

const [dgsp, oe, president] = [await signInByEmail(w, people.dgsp.email), await signInByEmail(w, people.oe.email), await signInByEmail(w, people.president.email)];
const get = (url: string, cookie: string) => pages.inject({ url, headers: { cookie } });
const post = async (url: string, cookie: string, fields: Record<string, string>, from = url) => {
  const csrf = csrfOf((await get(from, cookie)).body);
  return pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form({ csrf, ...fields }) });
};
interface StoredProject { id: string; title: string; deadline: string | null; objectiveCode: string | null; ownerEntityCode: string; revision: number }
const operationalPlan = async () => (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json() as { revision: number; projects: StoredProject[] };
const dgspPage = `/drafting/${year}/DGSP`;
const code = `DGSP-${year}-01`;

t.test('before any objective, the page asks for one first; then the form offers the entity\'s objectives', async (t) => {
  const empty = await get(dgspPage, dgsp);
  t.match(empty.body, /<h2 id="projects-title">Projets de l’entité et leurs échéances<\/h2>/, 'the projects section, in French');
  t.match(empty.body, 'Encodez d’abord un objectif opérationnel', 'no project without an objective to serve');
  const added = await post(`${dgspPage}/objectives`, dgsp, {
    strategicObjectiveNumber: '12', statement: 'Renforcer la coordination des services de secours.', indicator: 'Zones couvertes',
    target: 'Toutes les zones', means: 'Deux ETP', deadline: `${year}-06-30`,
  }, dgspPage);
  t.equal(added.statusCode, 303);
  const page = await get(dgspPage, dgsp);
  t.match(page.body, `<option value="${code}">${code} – Renforcer la coordination des services de secours.</option>`, 'the objective offered by code and statement');
  t.match(page.body, /<label for="objective-project-deadline">Échéance<\/label>/, 'each field labelled');
});

t.test('a bad project form: each fault beside its field, in the reader\'s language, nothing written', async (t) => {
  const before = await operationalPlan();
  const bad = await post(`${dgspPage}/projects`, dgsp, { title: ' ', objectiveCode: code, deadline: `${year + 1}-02-01` }, dgspPage);
  t.equal(bad.statusCode, 400);
  t.match(bad.body, /<p class="error" id="objective-project-title-error">Ce champ est obligatoire\.<\/p>/, 'the empty title, beside its field');
  t.match(bad.body, new RegExp(`<p class="error" id="objective-project-deadline-error">L’échéance doit tomber en ${year}, l’année du plan\\.</p>`), 'the deadline outside the year');
  t.match(bad.body, /<a href="#objective-project-deadline">Échéance\u00a0: /, 'the error summary links to the field');
  t.match(bad.body, new RegExp(`<option value="${code}" selected>`), 'what was chosen is kept');
  const unknown = await post(`${dgspPage}/projects`, dgsp, { title: 'Projet', objectiveCode: 'OE-0000-99', deadline: `${year}-05-01` }, dgspPage);
  t.equal(unknown.statusCode, 400, 'an objective the plan does not have, refused by the plans service');
  t.match(unknown.body, /id="objective-project-objectiveCode-error">Cet objectif opérationnel n’existe pas dans le plan\./, 'said beside the field from the refusal\'s code');
  t.equal((await operationalPlan()).revision, before.revision, 'nothing was written');
});

t.test('the drafter adds a project with its deadline, changes it and removes it; the consolidation shows it under its objective', async (t) => {
  const added = await post(`${dgspPage}/projects`, dgsp, { title: 'Plateforme commune des centrales 112', objectiveCode: code, deadline: `${year}-09-30` }, dgspPage);
  t.equal(added.statusCode, 303);
  t.equal(added.headers.location, `${dgspPage}?project=saved#projects-title`);
  const [project] = (await operationalPlan()).projects;
  t.match(project, { title: 'Plateforme commune des centrales 112', objectiveCode: code, deadline: `${year}-09-30`, ownerEntityCode: 'DGSP', revision: 1 }, 'the plans service holds it, owned by the page\'s entity');
  const shown = await get(`${dgspPage}?project=saved`, dgsp);
  t.match(shown.body, 'Le projet est enregistré.');
  t.match(shown.body, /<strong>Plateforme commune des centrales 112<\/strong>[\s\S]*30 septembre \d{4}/, 'listed with its deadline in the reader\'s locale');
  const audit = (await w.plans.app.inject({ url: `/audit?subjectType=project&subjectId=${project!.id}`, headers: worker })).json();
  t.equal(audit.items[0].actor, `${people.dgsp.id} (via portal)`, 'audited in the drafter\'s name');

  const dutch = await get(`/drafting/${year}/OE`, oe);
  t.match(dutch.body, /Projecten van de entiteit en hun termijnen/, 'the section in Dutch for a Dutch-speaking drafter');
  t.equal((await get(`${dgspPage}/projects/${project!.id}`, oe)).statusCode, 403, 'another entity\'s drafter does not open it');

  const edit = await get(`${dgspPage}/projects/${project!.id}`, dgsp);
  t.equal(edit.statusCode, 200);
  t.match(edit.body, /value="Plateforme commune des centrales 112"/, 'the edit form holds the project');
  const changed = await post(`${dgspPage}/projects/${project!.id}`, dgsp, { title: 'Plateforme commune des centrales 112', objectiveCode: code, deadline: `${year}-11-30`, expectedRevision: '1' }, `${dgspPage}/projects/${project!.id}`);
  t.equal(changed.statusCode, 303);
  t.match((await operationalPlan()).projects[0], { deadline: `${year}-11-30`, revision: 2 }, 'the deadline is changed');
  const stale = await post(`${dgspPage}/projects/${project!.id}`, dgsp, { title: 'Autre titre', objectiveCode: code, deadline: `${year}-11-30`, expectedRevision: '1' }, `${dgspPage}/projects/${project!.id}`);
  t.equal(stale.statusCode, 409, 'a change made on an older revision is refused');
  t.match(stale.body, 'Quelqu’un a modifié ce projet entre-temps', 'and said in French');

  const second = await post(`${dgspPage}/projects`, dgsp, { title: 'Exercice national de crise', objectiveCode: code, deadline: `${year}-04-15` }, dgspPage);
  t.equal(second.statusCode, 303);
  const consolidation = await get(`/consolidation/${year}`, president);
  t.equal(consolidation.statusCode, 200);
  const underObjective = consolidation.body.slice(consolidation.body.indexOf(`id="objective-${code}"`));
  t.match(underObjective, /Projets au service de cet objectif/, 'the consolidation lists projects under the objective they serve');
  t.match(underObjective, new RegExp(`Plateforme commune des centrales 112 · Échéance\u00a0: \\S+ 30 novembre ${year}`), 'each with its deadline');

  const removed = await post(`${dgspPage}/projects/${project!.id}/remove`, dgsp, { expectedRevision: '2' }, dgspPage);
  t.equal(removed.statusCode, 303);
  t.same((await operationalPlan()).projects.map((p) => p.title), ['Exercice national de crise'], 'the removed project is no longer in the plan');
  t.match((await get(`${dgspPage}?project=removed`, dgsp)).body, 'Le projet est retiré du plan.');

  const browser = await launchChromium(t);
  if (browser) {
    const context = await browser.newContext();
    const [cookieName, cookieValue] = dgsp.split('=') as [string, string];
    await context.addCookies([{ name: cookieName, value: cookieValue, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto(`${w.portalUrl}${dgspPage}#projects-title`);
    await screenshot(page, 'drafting-projects-01-entity-page');
  }
});
