import { cycleWorld, type CycleWorld } from './cycle-world.js';
import { DRAFT_TEXTS, draftingYear, strategicDraft } from './draft-world.js';
import { signInByEmail } from './email-sign-in.js';
import { csrfOf, form, formHeaders } from './portal-app.js';
import { actor } from '@jalon/plans/test-support/plans-app';

interface Teardown { teardown: (fn: () => unknown) => void }

/** who signed the reference plan (services/plans/test-support/sign-plan.ts): the plan records a name */
const SIGNER = 'Annelies Verlinden';

/** The organisation that runs the installation: its administrator creates the others (the operator's pages). */
const w0Operator = 'spf-interieur';
/** the organisation's administrator (nobody in the reference holds org_admin); the reference organisation is also the operator */
const OPERATOR = { name: 'Zoé Admin', email: 'admin@ibz.example' };
/** an organisation the operator created that has no administrator yet */
export const CREATED_ORGANISATION = 'spf-mobilite';

/**
 * The year of this world's cycle, as an offset from this year: +50 by default. Two page worlds at
 * once on the shared Temporal server would collide on one cycle year, so a second test gives its own.
 */
const CYCLE_YEAR_OFFSET = 50;

export interface PageWorldOptions { yearOffset?: number }

/**
 * A world in which every page of the portal has something to show: the reference plan signed, a
 * yearly cycle launched and taken to the committee (so a member has a decision link and a task),
 * people signed in, and a sign-in link not yet used. Built once, then walked page by page.
 */
export async function pageWorld(t: Teardown, options: PageWorldOptions = {}) {
  // Errors logged: a page that fails says why in the test's output.
  const w: CycleWorld = await cycleWorld(t, { portal: { emailSignIn: true, logger: { level: 'error' }, codec: { operatorOrganisation: w0Operator } } });
  const year = new Date().getUTCFullYear() + (options.yearOffset ?? CYCLE_YEAR_OFFSET);
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  if (launched.statusCode >= 300) throw new Error(`the cycle ${year} was not launched: ${launched.body}`);
  const [committeeMail] = (await w.driveToCommittee(year)).filter((m) => m.to.includes(w.people.dgsp.email));
  const decisionPath = committeeMail?.text.match(/https?:\/\/[^\s/]+(\/decisions\/[A-Za-z0-9_-]+)/)?.[1];
  if (!decisionPath) throw new Error('no committee e-mail to the DGSP member');

  const registered = await w.plans.app.inject({ method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor, payload: { ...OPERATOR, language: 'fr', roles: [{ role: 'org_admin' }] } });
  const created = await w.plans.app.inject({
    method: 'POST', url: '/organisations', headers: actor,
    payload: { code: CREATED_ORGANISATION, name: { fr: 'SPF Mobilité et Transports', nl: 'FOD Mobiliteit en Vervoer', de: 'FÖD Mobilität und Transportwesen' }, shortName: 'Mobilité' },
  });
  if (registered.statusCode !== 201 || created.statusCode !== 201) throw new Error(`the operator's world was not built: ${registered.body} ${created.body}`);
  const adminId = (registered.json() as { id: string }).id;
  const adminSession = await signInByEmail(w, OPERATOR.email);

  const sessions = {
    // one person: the organisation's administrator, who as the operator's also creates organisations
    operator: adminSession,
    admin: adminSession,
    president: await signInByEmail(w, w.people.president.email),
    member: await signInByEmail(w, w.people.dgsp.email),
    minister: await signInByEmail(w, w.people.verlinden.email),
    outsider: await signInByEmail(w, w.people.outsider.email),
  };
  const dashboard = await w.portal.pages.inject({ url: '/dashboard', headers: { cookie: sessions.president } });
  const operationalPlanId = dashboard.body.match(new RegExp(`href="/plans/operational/([0-9a-f-]{36})">${year}<`))?.[1];
  if (!operationalPlanId) throw new Error(`no operational plan ${year}`);
  const tasks = await w.portal.pages.inject({ url: '/tasks', headers: { cookie: sessions.member } });
  const taskPath = tasks.body.match(/href="(\/tasks\/[0-9a-f-]{36})"/)?.[1];
  if (!taskPath) throw new Error('the committee member has no task');

  // The pages of plans still being written: a strategic draft far in the future, and the next
  // year's cycle left in drafting (the committee member drafts for DGSP). Both at once, after the
  // member's task above is found (the drafting task would come first in their list).
  const [strategic, drafting] = await Promise.all([
    // a period no other plan of the world covers, within the years a plan may have (so not beyond the cycles)
    strategicDraft(w, sessions.president, year - 20),
    draftingYear(w, { president: sessions.president, drafter: sessions.member, drafterEmail: w.people.dgsp.email }, year + 1, 'DGSP'),
  ]);

  // A sign-in link, read (which uses nothing) but never confirmed.
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  const signIn = await w.portal.pages.inject({ url: '/sign-in' });
  const pre = (signIn as unknown as { cookies: Array<{ name: string; value: string }> }).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await w.portal.pages.inject({ method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie: pre }, payload: form({ csrf: csrfOf(signIn.body), email: w.people.mahdi.email }) });
  const [signInMail] = await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(w.people.mahdi.email), { timeoutMs: 20_000 });
  const signInLinkPath = signInMail!.text.match(/https?:\/\/[^\s/]+(\/sign-in\/[A-Za-z0-9_-]+)/)?.[1];
  if (!signInLinkPath) throw new Error('no sign-in link');

  let decided: Promise<unknown> | undefined;
  /** The member's decision with the e-mailed link, made once whatever asks for it first. */
  const decideOnce = () => (decided ??= (async () => {
    const page = await w.portal.pages.inject({ url: decisionPath });
    const posted = await w.portal.pages.inject({ method: 'POST', url: decisionPath, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
    if (posted.statusCode !== 200) throw new Error(`the member's decision was not recorded: ${posted.statusCode}`);
  })());

  // Entity names are data, shown as the organisation wrote them (an alert names an entity "fr / nl").
  const entities = (await w.plans.app.inject({ url: `/organisations/${w.ORG}/entities`, headers: actor })).json() as Array<{ name: Record<string, string>; abbreviation: string | null }>;
  const organisation = (await w.plans.app.inject({ url: `/organisations/${w.ORG}`, headers: actor })).json() as { name: Record<string, string> };
  // Authorities' titles and people's e-mail addresses too (a title given in French alone is shown as such in German).
  const authorities = (await w.plans.app.inject({ url: `/organisations/${w.ORG}/authorities`, headers: actor })).json() as Array<{ title: Record<string, string>; holderName: string }>;
  const people = (await w.plans.app.inject({ url: `/organisations/${w.ORG}/people?limit=200`, headers: actor })).json() as { items: Array<{ name: string; email: string }> };

  // The strategic objectives' titles are the plan's text, written in one language and shown so to every reader.
  const numbered = (items: Array<{ number: number; title: string }>) => items.flatMap((o) => [o.title, `${o.number}. ${o.title}`].map((s) => s.replace(/\s+/g, ' ').trim()));

  return {
    w, year, sessions, adminId, strategic, drafting, operationalPlanId, strategicPlanId: w.plans.planId, decisionPath, taskPath, signInLinkPath, decideOnce,
    /** every person's name: the same in every language, so never "untranslated" */
    names: [...Object.values(DRAFT_TEXTS), drafting.objectiveCode, ...numbered(drafting.servedObjectives), ...numbered([{ number: strategic.objectiveNumber, title: DRAFT_TEXTS.objectiveTitle }]), ...Object.values(w.people).map((p) => (p as { name?: string }).name).filter((n): n is string => typeof n === 'string'), SIGNER, OPERATOR.name,
      ...entities.flatMap((e) => [...Object.values(e.name), e.abbreviation ?? '']), ...Object.values(organisation.name), ...authorities.flatMap((a) => [...Object.values(a.title), a.holderName]),
      ...people.items.flatMap((p) => [p.name, p.email])],
  };
}

export type PageWorld = Awaited<ReturnType<typeof pageWorld>>;
