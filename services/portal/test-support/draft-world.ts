import { worker } from '@jalon/plans/test-support/plans-app';
import type { CycleWorld } from './cycle-world.js';
import { formValues } from './page-forms.js';
import { csrfOf, form, formHeaders } from './portal-app.js';

/*
 * The parts of the page world still being written: a strategic plan in draft and a yearly cycle
 * still in drafting. The world's own plan is signed and its cycle is at the committee, so the
 * draft pages would have nothing to show without these. Everything is entered through the
 * portal's own forms, as the people who write plans do.
 */

const get = (w: CycleWorld, cookie: string, url: string) => w.portal.pages.inject({ url, headers: { cookie } });
async function post(w: CycleWorld, cookie: string, url: string, fields: Record<string, string>, from = url) {
  const csrf = csrfOf((await get(w, cookie, from)).body);
  return w.portal.pages.inject({ method: 'POST', url, headers: { ...formHeaders, cookie }, payload: form({ csrf, ...fields }) });
}
function expectRedirect(what: string, res: { statusCode: number; body: string; headers: Record<string, unknown> }) {
  if (res.statusCode !== 303) throw new Error(`${what} was refused (${res.statusCode}): ${res.body.slice(0, 2000)}`);
  return String(res.headers.location);
}

/** What the draft pages show that people typed: data, the same in every language. */
export const DRAFT_TEXTS = {
  planTitle: 'Plan stratégique des années à venir',
  priorityTitle: 'Un service public numérique',
  priorityText: 'Des démarches en ligne pour chaque usager.',
  objectiveTitle: 'Des guichets en ligne accessibles',
  objectiveText: 'Chaque démarche peut se faire en ligne, dans la langue de l’usager.',
  statement: 'Renforcer la coordination des services de secours.',
  indicator: 'Nombre de zones couvertes',
  target: 'Toutes les zones',
  means: 'Deux ETP, un outil commun',
  project: 'Plateforme commune des centrales 112',
};

/**
 * A strategic plan in draft, far in the future (`fromYear`, so that no other test's plan covers
 * its period), with one priority and one objective, created by the President's office.
 */
export async function strategicDraft(w: CycleWorld, president: string, fromYear: number) {
  const created = expectRedirect('the draft strategic plan', await post(w, president, '/strategic-drafts/new', {
    code: `PS-${fromYear}`, 'period.from': String(fromYear), 'period.to': String(fromYear + 2), 'title.fr': DRAFT_TEXTS.planTitle, 'title.nl': 'Strategisch plan van de komende jaren',
  }));
  const planId = created.match(/\/strategic-drafts\/([0-9a-f-]{36})/)?.[1];
  if (!planId) throw new Error(`no draft plan in ${created}`);
  const base = `/strategic-drafts/${planId}`;
  const priorities = formValues((await get(w, president, `${base}/priorities`)).body, `${base}/priorities`);
  expectRedirect('the draft\'s priority', await post(w, president, `${base}/priorities`, {
    ...priorities, 'priority:0:title': DRAFT_TEXTS.priorityTitle, 'priority:0:text': DRAFT_TEXTS.priorityText, 'priority:0:position': '1',
  }));
  const objective = formValues((await get(w, president, `${base}/new-objective`)).body, `${base}/new-objective`);
  expectRedirect('the draft\'s objective', await post(w, president, `${base}/new-objective`, {
    ...objective, title: DRAFT_TEXTS.objectiveTitle, text: DRAFT_TEXTS.objectiveText, 'owner:ALL': 'on',
  }));
  return { planId, objectiveNumber: 1 };
}

/**
 * A second yearly cycle, launched by the President's office and left in drafting: the drafter of
 * `entity` enters one objective and one project in their pages.
 */
export async function draftingYear(w: CycleWorld, sessions: { president: string; drafter: string; drafterEmail: string }, year: number, entity: string) {
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  if (launched.statusCode >= 300) throw new Error(`the cycle ${year} was not launched: ${launched.body}`);
  const cycle = await w.waitFor(year, 'drafting tasks', (v) => v.stage === 'drafting' && v.drafting.length > 0 && !!v.operationalPlanId);
  // The drafting page finds the entity's task once its e-mail is sent.
  await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(sessions.drafterEmail), { timeoutMs: 60_000 });
  const page = `/drafting/${year}/${entity}`;
  const saved = expectRedirect('the drafted objective', await post(w, sessions.drafter, `${page}/objectives`, {
    strategicObjectiveNumber: '12', statement: DRAFT_TEXTS.statement, indicator: DRAFT_TEXTS.indicator, target: DRAFT_TEXTS.target, means: DRAFT_TEXTS.means, deadline: `${year}-06-30`,
  }, page));
  const objectiveCode = decodeURIComponent(saved.match(/saved=([^&#]+)/)?.[1] ?? '');
  if (!objectiveCode) throw new Error(`no objective code in ${saved}`);
  expectRedirect('the drafted project', await post(w, sessions.drafter, `${page}/projects`, { title: DRAFT_TEXTS.project, objectiveCode, deadline: `${year}-09-30` }, page));
  const projectId = (await get(w, sessions.drafter, page)).body.match(new RegExp(`href="${page}/projects/([0-9a-f-]{36})"`))?.[1];
  if (!projectId) throw new Error('no drafted project on the entity\'s page');
  // The strategic plan the year serves: the drafting pages offer its objectives.
  const served = (await w.plans.app.inject({ url: `/operational-plans/${cycle.operationalPlanId as string}`, headers: worker })).json() as { strategicPlanId?: string };
  const strategic = (await w.plans.app.inject({ url: `/strategic-plans/${served.strategicPlanId ?? ''}`, headers: worker })).json() as { objectives?: Array<{ number: number; title: string }> };
  if (!strategic.objectives?.length) throw new Error(`no strategic objectives served by the year ${year}: ${JSON.stringify(strategic).slice(0, 500)}`);
  return { year, entity, objectiveCode, projectId, servedObjectives: strategic.objectives };
}
