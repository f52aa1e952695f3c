import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import type { PageLanguage } from '../src/ui/page-language.js';
import { providerFailedPage, providerUnavailablePage, unknownPersonPage } from '../src/web/provider-pages.js';
import { formValues } from './page-forms.js';
import { CREATED_ORGANISATION, type PageWorld } from './page-world.js';
import { csrfOf, form, formHeaders } from './portal-app.js';
import { actor } from '@jalon/plans/test-support/plans-app';

/*
 * EVERY page of the portal, once, with who may see it and how a test reaches it in a given
 * language: the language test renders each in French, Dutch and German, the accessibility test
 * runs axe on each. A new page adds ONE entry here.
 */

/** The answer a test inspects: the status and the HTML. */
export interface PageAnswer { status: number; body: string }

export interface PortalPage {
  /** what the page is, for test messages */
  name: string;
  /** the route as the portal registers it ('render' for a page only an outside provider leads to) */
  method: 'GET' | 'POST' | 'render';
  route: string;
  /** who may see it: anyone, any signed-in person, the holder of a role, or the holder of a link */
  who: 'anyone' | 'signed-in' | 'drafter' | 'president_office' | 'minister_cell' | 'org_admin' | 'link-holder';
  /** the status the page answers with */
  status: number;
  /**
   * 'single': the page speaks the language asked; 'side-by-side': the reader is unknown (an
   * unknown link), so the page says it in every page language, each section marked with its lang
   */
  languages?: 'single' | 'side-by-side';
  /** how to reach it in a language, in the page world */
  reach: (world: PageWorld, language: PageLanguage) => Promise<PageAnswer>;
}

type WithCookies = { cookies: Array<{ name: string; value: string }> };
const cookiesOf = (response: unknown) => (response as WithCookies).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const languageCookie = (language: PageLanguage) => `jalon_lang=${language}`;

/** A request as a browser that chose the language with the switch (the cookie it sets), signed in or not. */
async function inject(world: PageWorld, language: PageLanguage, options: InjectOptions & { session?: string }): Promise<PageAnswer> {
  const { session, ...request } = options;
  const cookie = [session, languageCookie(language)].filter(Boolean).join('; ');
  const res = await world.w.portal.pages.inject({ ...request, headers: { ...(request.headers ?? {}), cookie } });
  return { status: res.statusCode, body: res.body };
}
const get = (url: string, session?: (world: PageWorld) => string) => (world: PageWorld, language: PageLanguage) =>
  inject(world, language, { url, ...(session ? { session: session(world) } : {}) });

/** A page rendered as the route renders it, for pages only an outside identity provider leads to. */
const asAdmin = (url: string) => get(url, (x) => x.sessions.admin);
/** A form the organisation's administrator sends from a page, refused as the test world's data makes it. */
const adminPost = (page: string, url: string, fields: Record<string, string>) => async (world: PageWorld, language: PageLanguage) => {
  const shown = await world.w.portal.pages.inject({ url: page, headers: { cookie: world.sessions.admin } });
  return inject(world, language, { method: 'POST', url, session: world.sessions.admin, headers: formHeaders, payload: form({ csrf: csrfOf(shown.body), ...fields }) });
};
/** The administrator's own role: taking it away is refused (nobody administers themselves), which leaves the world as it was. */
const ownRoleRemoval = async (world: PageWorld) => {
  const self = (await world.w.plans.app.inject({ url: `/people/${world.adminId}`, headers: actor })).json() as { roles?: Array<{ id: string }> };
  return `/organisation/people/${world.adminId}/roles/${self.roles?.[0]?.id ?? ''}/remove`;
};

/**
 * A page's own form sent back with some fields changed, as a browser would: the form is refused
 * (the test world's data makes it so) and shown again with the faults beside the fields.
 */
const refusedForm = (url: (world: PageWorld) => string, session: (world: PageWorld) => string, changes: Record<string, string>) => async (world: PageWorld, language: PageLanguage) => {
  const shown = await inject(world, language, { url: url(world), session: session(world) });
  return inject(world, language, { method: 'POST', url: url(world), session: session(world), headers: formHeaders, payload: form({ ...formValues(shown.body, url(world)), ...changes }) });
};
const drafter = (world: PageWorld) => world.sessions.member;
const president = (world: PageWorld) => world.sessions.president;
const draftingPage = (world: PageWorld) => `/drafting/${world.drafting.year}/${world.drafting.entity}`;
const draftPlan = (world: PageWorld) => `/strategic-drafts/${world.strategic.planId}`;
/** a page of the world, reached by whose session */
const at = (url: (world: PageWorld) => string, session: (world: PageWorld) => string) => (world: PageWorld, language: PageLanguage) => get(url(world), session)(world, language);

const rendered = (render: (language: PageLanguage) => string) => async (_world: PageWorld, language: PageLanguage): Promise<PageAnswer> => ({ status: 200, body: render(language) });

export const portalPages: readonly PortalPage[] = [
  { name: 'sign-in', method: 'GET', route: '/sign-in', who: 'anyone', status: 200, reach: get('/sign-in') },
  {
    name: 'sign-in link sent', method: 'POST', route: '/sign-in', who: 'anyone', status: 200,
    reach: async (world, language) => {
      const page = await world.w.portal.pages.inject({ url: '/sign-in' });
      return inject(world, language, { method: 'POST', url: '/sign-in', session: cookiesOf(page), headers: formHeaders, payload: form({ csrf: csrfOf(page.body), email: 'nobody@ibz.example' }) });
    },
  },
  {
    name: 'sign-in, invalid e-mail address', method: 'POST', route: '/sign-in', who: 'anyone', status: 400,
    reach: async (world, language) => {
      const page = await world.w.portal.pages.inject({ url: '/sign-in' });
      return inject(world, language, { method: 'POST', url: '/sign-in', session: cookiesOf(page), headers: formHeaders, payload: form({ csrf: csrfOf(page.body), email: 'not an address' }) });
    },
  },
  { name: 'sign-in link: confirm', method: 'GET', route: '/sign-in/:token', who: 'anyone', status: 200, reach: (world, language) => get(world.signInLinkPath)(world, language) },
  { name: 'sign-in link: no longer valid', method: 'GET', route: '/sign-in/:token', who: 'anyone', status: 404, reach: get(`/sign-in/${'A'.repeat(43)}`) },
  {
    name: 'identity provider: unknown person', method: 'render', route: '/sign-in/callback', who: 'anyone', status: 200,
    reach: rendered((language) => unknownPersonPage({ language, path: '/sign-in' }, { kind: 'unknown', reason: 'not-found', email: 'nobody@ibz.example' }, '/sign-in')),
  },
  { name: 'identity provider: failed', method: 'render', route: '/sign-in/callback', who: 'anyone', status: 200, reach: rendered((language) => providerFailedPage({ language, path: '/sign-in' })) },
  { name: 'identity provider: unavailable', method: 'render', route: '/sign-in/provider', who: 'anyone', status: 200, reach: rendered((language) => providerUnavailablePage({ language, path: '/sign-in' })) },
  { name: 'dashboard', method: 'GET', route: '/dashboard', who: 'president_office', status: 200, reach: get('/dashboard', (x) => x.sessions.president) },
  {
    name: 'dashboard, a refused form', method: 'POST', route: '/dashboard/cycles/:year/close-drafting', who: 'president_office', status: 409,
    reach: async (world, language) => {
      const page = await inject(world, language, { url: '/dashboard', session: world.sessions.president });
      // The drafting of the world's cycle is closed: closing it again is refused with a code.
      return inject(world, language, { method: 'POST', url: `/dashboard/cycles/${world.year}/close-drafting`, session: world.sessions.president, headers: formHeaders, payload: form({ csrf: csrfOf(page.body) }) });
    },
  },
  {
    name: 'dashboard, an invalid year', method: 'POST', route: '/dashboard/cycles', who: 'president_office', status: 400,
    reach: async (world, language) => {
      const page = await inject(world, language, { url: '/dashboard', session: world.sessions.president });
      return inject(world, language, { method: 'POST', url: '/dashboard/cycles', session: world.sessions.president, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), year: '1900' }) });
    },
  },
  { name: 'access refused', method: 'GET', route: '/dashboard', who: 'signed-in', status: 403, reach: get('/dashboard', (x) => x.sessions.outsider) },
  {
    name: 'form expired', method: 'POST', route: '/dashboard/cycles', who: 'president_office', status: 403,
    reach: (world, language) => inject(world, language, { method: 'POST', url: '/dashboard/cycles', session: world.sessions.president, headers: formHeaders, payload: form({ csrf: 'stale', year: '2030' }) }),
  },
  { name: 'new strategic plan', method: 'GET', route: '/strategic-drafts/new', who: 'president_office', status: 200, reach: get('/strategic-drafts/new', (x) => x.sessions.president) },
  {
    // The reference plan covers 2022-2024: the refusal's message beside the fields, in the reader's language.
    name: 'new strategic plan, a period already covered', method: 'POST', route: '/strategic-drafts/new', who: 'president_office', status: 409,
    reach: async (world, language) => {
      const page = await inject(world, language, { url: '/strategic-drafts/new', session: world.sessions.president });
      return inject(world, language, {
        method: 'POST', url: '/strategic-drafts/new', session: world.sessions.president, headers: formHeaders,
        payload: form({ csrf: csrfOf(page.body), code: `PS-${language}`, 'period.from': '2023', 'period.to': '2027', 'title.fr': 'Plan', 'title.nl': 'Plan' }),
      });
    },
  },
  {
    name: 'first administrator of an organisation', method: 'GET', route: '/organisations/:org/first-administrator', who: 'org_admin', status: 200,
    reach: get(`/organisations/${CREATED_ORGANISATION}/first-administrator`, (x) => x.sessions.operator),
  },
  {
    name: 'first administrator, an invalid address', method: 'POST', route: '/organisations/:org/first-administrator', who: 'org_admin', status: 400,
    reach: async (world, language) => {
      const url = `/organisations/${CREATED_ORGANISATION}/first-administrator`;
      const page = await inject(world, language, { url, session: world.sessions.operator });
      return inject(world, language, { method: 'POST', url, session: world.sessions.operator, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), name: 'X', email: 'not an address', language: 'fr' }) });
    },
  },
  { name: 'my tasks', method: 'GET', route: '/tasks', who: 'signed-in', status: 200, reach: get('/tasks', (x) => x.sessions.member) },
  { name: 'my tasks, none', method: 'GET', route: '/tasks', who: 'signed-in', status: 200, reach: get('/tasks', (x) => x.sessions.outsider) },
  { name: 'one task: its decision form', method: 'GET', route: '/tasks/:linkId', who: 'signed-in', status: 200, reach: (world, language) => get(world.taskPath, (x) => x.sessions.member)(world, language) },
  { name: 'plans', method: 'GET', route: '/plans', who: 'signed-in', status: 200, reach: get('/plans', (x) => x.sessions.member) },
  { name: 'strategic plan', method: 'GET', route: '/plans/:kind/:planId', who: 'signed-in', status: 200, reach: (world, language) => get(`/plans/strategic/${world.strategicPlanId}`, (x) => x.sessions.member)(world, language) },
  { name: 'operational plan', method: 'GET', route: '/plans/:kind/:planId', who: 'signed-in', status: 200, reach: (world, language) => get(`/plans/operational/${world.operationalPlanId}`, (x) => x.sessions.member)(world, language) },
  {
    name: 'two versions compared', method: 'GET', route: '/plans/:kind/:planId/compare', who: 'signed-in', status: 200,
    reach: (world, language) => get(`/plans/operational/${world.operationalPlanId}/compare?from=1&to=1`, (x) => x.sessions.member)(world, language),
  },
  { name: 'plan not found', method: 'GET', route: '/plans/:kind/:planId', who: 'signed-in', status: 404, reach: get(`/plans/strategic/${randomUUID()}`, (x) => x.sessions.member) },
  { name: 'progress of the year', method: 'GET', route: '/progress/:year', who: 'president_office', status: 200, reach: (world, language) => get(`/progress/${world.year}`, (x) => x.sessions.president)(world, language) },
  { name: 'an entity\'s progress', method: 'GET', route: '/progress/:year/:entity', who: 'president_office', status: 200, reach: (world, language) => get(`/progress/${world.year}/DGSP`, (x) => x.sessions.president)(world, language) },
  { name: 'year-end report', method: 'GET', route: '/reports/:year', who: 'signed-in', status: 200, reach: (world, language) => get(`/reports/${world.year}`, (x) => x.sessions.member)(world, language) },
  {
    name: 'year-end report of an entity', method: 'GET', route: '/reports/:year/:entity', who: 'signed-in', status: 200,
    reach: async (world, language) => {
      // an entity of the world's organisation
      const entities = (await world.w.plans.app.inject({ url: `/organisations/${world.w.ORG}/entities`, headers: actor })).json() as Array<{ code: string }>;
      const entity = entities[0]?.code;
      if (!entity) throw new Error('the world\'s organisation has no entity');
      return get(`/reports/${world.year}/${entity}`, (x) => x.sessions.member)(world, language);
    },
  },
  { name: 'year-end report not found', method: 'GET', route: '/reports/:year', who: 'signed-in', status: 404, reach: get('/reports/2001', (x) => x.sessions.member) },
  { name: 'signature', method: 'GET', route: '/signature', who: 'minister_cell', status: 200, reach: get('/signature', (x) => x.sessions.minister) },
  {
    name: 'signature, refused', method: 'POST', route: '/signature/:planId', who: 'minister_cell', status: 409,
    reach: async (world, language) => inject(world, language, {
      method: 'POST', url: `/signature/${world.strategicPlanId}`, session: world.sessions.minister, headers: formHeaders,
      // The session's anti-forgery value, from the page's own forms (sign-out has it too).
      payload: form({ csrf: csrfOf((await inject(world, language, { url: '/signature', session: world.sessions.minister })).body), version: '1' }),
    }),
  },
  { name: 'decision link: the decision form', method: 'GET', route: '/decisions/:token', who: 'link-holder', status: 200, reach: (world, language) => get(`${world.decisionPath}?lang=${language}`)(world, language) },
  {
    name: 'decision link: already used', method: 'GET', route: '/decisions/:token', who: 'link-holder', status: 410,
    reach: async (world, language) => {
      await world.decideOnce();
      return get(`${world.decisionPath}?lang=${language}`)(world, language);
    },
  },
  { name: 'organisation administration', method: 'GET', route: '/organisation', who: 'org_admin', status: 200, reach: asAdmin('/organisation') },
  {
    name: 'organisation administration, a refused form', method: 'POST', route: '/organisation/names', who: 'org_admin', status: 400,
    reach: adminPost('/organisation', '/organisation/names', { 'name.fr': '', 'name.nl': 'FOD', shortName: 'IBZ', 'languages.fr': 'on' }),
  },
  {
    name: 'organisation settings, checkpoints out of order', method: 'POST', route: '/organisation/settings', who: 'org_admin', status: 400,
    reach: adminPost('/organisation', '/organisation/settings', {
      'emailSignIn.allowed': 'on', 'committeeRule.kind': 'all', reviewDays: '10', allEntitiesObjectivesGoTo: 'every_entity', 'consolidatorName.fr': 'Cellule Corporate',
      'consolidatorName.nl': 'Cel Corporate', 'reviewers.committee.committee_member': 'on', progressCheckpoints: '06-30, 03-31',
    }),
  },
  { name: 'organisation: one entity', method: 'GET', route: '/organisation/entities/:code', who: 'org_admin', status: 200, reach: asAdmin('/organisation/entities/OE') },
  { name: 'organisation: removing an entity, confirmed first', method: 'GET', route: '/organisation/entities/:code/remove', who: 'org_admin', status: 200, reach: asAdmin('/organisation/entities/OE/remove') },
  {
    name: 'organisation: removing an entity, refused', method: 'POST', route: '/organisation/entities/:code/remove', who: 'org_admin', status: 409,
    reach: adminPost('/organisation/entities/OE/remove', '/organisation/entities/OE/remove', {}),
  },
  {
    name: 'organisation: one authority', method: 'GET', route: '/organisation/authorities/:code', who: 'org_admin', status: 200,
    reach: asAdmin('/organisation/authorities/state-secretary-asylum-migration'),
  },
  {
    name: 'organisation: removing an authority, confirmed first', method: 'GET', route: '/organisation/authorities/:code/remove', who: 'org_admin', status: 200,
    reach: asAdmin('/organisation/authorities/state-secretary-asylum-migration/remove'),
  },
  { name: 'organisation: people, roles and delegations', method: 'GET', route: '/organisation/people', who: 'org_admin', status: 200, reach: asAdmin('/organisation/people') },
  {
    name: 'organisation: taking a role away, confirmed first', method: 'GET', route: '/organisation/people/:personId/roles/:roleId/remove', who: 'org_admin', status: 200,
    reach: async (world, language) => asAdmin(await ownRoleRemoval(world))(world, language),
  },
  {
    name: 'organisation: taking a role away, refused', method: 'POST', route: '/organisation/people/:personId/roles/:roleId/remove', who: 'org_admin', status: 403,
    reach: async (world, language) => adminPost('/organisation/people', await ownRoleRemoval(world), {})(world, language),
  },
  { name: 'published plans (public)', method: 'GET', route: '/publication/:org', who: 'anyone', status: 200, reach: (world, language) => get(`/publication/${world.w.ORG}`)(world, language) },
  {
    name: 'published plans, with "Publier"', method: 'GET', route: '/publication/:org', who: 'president_office', status: 200,
    reach: (world, language) => get(`/publication/${world.w.ORG}`, (x) => x.sessions.president)(world, language),
  },
  { name: 'drafting: my entities', method: 'GET', route: '/drafting', who: 'drafter', status: 200, reach: get('/drafting', drafter) },
  { name: 'drafting: an entity\'s objectives', method: 'GET', route: '/drafting/:year/:entity', who: 'drafter', status: 200, reach: at(draftingPage, drafter) },
  {
    name: 'drafting: a new objective, refused', method: 'POST', route: '/drafting/:year/:entity/objectives', who: 'drafter', status: 400,
    reach: async (world, language) => {
      const shown = await inject(world, language, { url: draftingPage(world), session: drafter(world) });
      return inject(world, language, { method: 'POST', url: `${draftingPage(world)}/objectives`, session: drafter(world), headers: formHeaders, payload: form({ csrf: csrfOf(shown.body), statement: ' ', deadline: 'demain' }) });
    },
  },
  {
    name: 'drafting: one objective', method: 'GET', route: '/drafting/:year/:entity/objectives/:code', who: 'drafter', status: 200,
    reach: at((world) => `${draftingPage(world)}/objectives/${world.drafting.objectiveCode}`, drafter),
  },
  {
    name: 'drafting: one objective, refused', method: 'POST', route: '/drafting/:year/:entity/objectives/:code', who: 'drafter', status: 400,
    reach: refusedForm((world) => `${draftingPage(world)}/objectives/${world.drafting.objectiveCode}`, drafter, { statement: ' ' }),
  },
  {
    name: 'drafting: one project', method: 'GET', route: '/drafting/:year/:entity/projects/:projectId', who: 'drafter', status: 200,
    reach: at((world) => `${draftingPage(world)}/projects/${world.drafting.projectId}`, drafter),
  },
  {
    name: 'drafting: one project, refused', method: 'POST', route: '/drafting/:year/:entity/projects/:projectId', who: 'drafter', status: 400,
    reach: refusedForm((world) => `${draftingPage(world)}/projects/${world.drafting.projectId}`, drafter, { title: ' ' }),
  },
  { name: 'consolidation of the year', method: 'GET', route: '/consolidation/:year', who: 'president_office', status: 200, reach: at((world) => `/consolidation/${world.drafting.year}`, president) },
  { name: 'new organisation', method: 'GET', route: '/organisations/new', who: 'org_admin', status: 200, reach: get('/organisations/new', (x) => x.sessions.operator) },
  {
    name: 'new organisation, an invalid code', method: 'POST', route: '/organisations/new', who: 'org_admin', status: 400,
    reach: adminPost('/organisations/new', '/organisations/new', { code: 'Pas un code', 'name.fr': 'SPF Test', 'name.nl': 'FOD Test', shortName: 'Test', languages: 'fr' }),
  },
  { name: 'draft strategic plan', method: 'GET', route: '/strategic-drafts/:planId', who: 'president_office', status: 200, reach: at(draftPlan, president) },
  { name: 'draft: a new objective', method: 'GET', route: '/strategic-drafts/:planId/new-objective', who: 'president_office', status: 200, reach: at((world) => `${draftPlan(world)}/new-objective`, president) },
  {
    name: 'draft: a new objective, refused', method: 'POST', route: '/strategic-drafts/:planId/new-objective', who: 'president_office', status: 400,
    reach: refusedForm((world) => `${draftPlan(world)}/new-objective`, president, { title: ' ' }),
  },
  {
    name: 'draft: one objective', method: 'GET', route: '/strategic-drafts/:planId/objectives/:number', who: 'president_office', status: 200,
    reach: at((world) => `${draftPlan(world)}/objectives/${world.strategic.objectiveNumber}`, president),
  },
  {
    name: 'draft: one objective, refused', method: 'POST', route: '/strategic-drafts/:planId/objectives/:number', who: 'president_office', status: 400,
    reach: refusedForm((world) => `${draftPlan(world)}/objectives/${world.strategic.objectiveNumber}`, president, { title: ' ' }),
  },
  { name: 'draft: priorities', method: 'GET', route: '/strategic-drafts/:planId/priorities', who: 'president_office', status: 200, reach: at((world) => `${draftPlan(world)}/priorities`, president) },
  {
    name: 'draft: priorities, refused', method: 'POST', route: '/strategic-drafts/:planId/priorities', who: 'president_office', status: 400,
    reach: refusedForm((world) => `${draftPlan(world)}/priorities`, president, { 'priority:0:title': ' ' }),
  },
  { name: 'draft: risk domains', method: 'GET', route: '/strategic-drafts/:planId/risk-domains', who: 'president_office', status: 200, reach: at((world) => `${draftPlan(world)}/risk-domains`, president) },
  { name: 'decision link: unknown', method: 'GET', route: '/decisions/:token', who: 'anyone', status: 404, languages: 'side-by-side', reach: get(`/decisions/${'B'.repeat(43)}`) },
];
