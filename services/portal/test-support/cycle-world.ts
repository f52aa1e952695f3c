import { brusselsDateOf } from '@jalon/domain';
import { freePort, type CaughtMessage } from '@jalon/infra';
import { testIdentityProvider, type SkippingClock } from '@jalon/testkit';
import { timeSkippingTemporal, type WorkerQueue } from '@jalon/worker/test-support/test-worker';
import { notificationsApp, PUBLIC_BASE_URL as NOTIFICATIONS_PUBLIC_BASE_URL } from '@jalon/notifications/test-support/notifications-app';
import { actor, plansApp, worker } from '@jalon/plans/test-support/plans-app';
import { signStrategicPlan } from '@jalon/plans/test-support/sign-plan';
import { csrfOf, form, formHeaders, portalApp, type PortalAppTestOptions } from './portal-app.js';

interface Teardown { teardown: (fn: () => unknown) => void }

const ORG = 'spf-interieur';

export interface CycleWorldOptions {
  timeSkipping?: boolean;
  browser?: boolean;
  /** the pages' port, when something must know it before the portal starts (the identity provider's redirection) */
  portalPort?: number;
  portal?: Partial<PortalAppTestOptions>;
  /** false: the reference strategic plan stays a draft, for its own lifecycle to take it to signature */
  strategicPlanSigned?: boolean;
  /** the plans service renders each version's PDF as soon as it is frozen, as `npm start` does */
  renderDocuments?: boolean;
  /** the task queues the world's worker polls (default both); `startWorker` adds workers */
  workerQueues?: WorkerQueue[];
}

/**
 * The year after the clock's own (Brussels) year, the time-skipping server's when there is one: a
 * cycle whose every deadline is still ahead, whatever the day the test runs.
 */
async function nextYearOn(clock: SkippingClock | undefined): Promise<number> {
  return Number(brusselsDateOf(clock ? await clock.now() : new Date()).slice(0, 4)) + 1;
}

/**
 * The yearly cycle's world on real servers: the plans service with the reference plan signed (unless
 * asked otherwise) and the people of the cycle, the notifications service on a real SMTP server, the portal (links, pages and
 * the cycle API), and a worker on Temporal — the dev server, or the time-skipping test server. The
 * cycle API is called with people's access tokens from a stand-in provider (`api`, `as`).
 */
export async function cycleWorld(t: Teardown, options: CycleWorldOptions = {}) {
  const plans = await plansApp(t, options.renderDocuments ? { renderDocuments: { pollMs: 60_000 } } : {});
  if (options.strategicPlanSigned !== false) {
    await signStrategicPlan(async (method, url, payload) => {
      const res = await plans.app.inject({ method, url, headers: worker, ...(payload ? { payload } : {}) });
      return { status: res.statusCode, body: res.body };
    }, plans.planId);
  }
  // A browser follows the links of the e-mails: they must point at the portal it can reach, and the
  // notifications service sends links to that address only.
  const portalPort = options.portalPort ?? (options.browser ? await freePort() : 0);
  const publicBaseUrl = portalPort !== 0 ? { publicBaseUrl: `http://127.0.0.1:${portalPort}` } : {};
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 }, ...publicBaseUrl });
  const plansUrl = await plans.app.listen({ port: 0, host: '127.0.0.1' });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const skipping = options.timeSkipping ? await timeSkippingTemporal(t) : undefined;
  const issuer = testIdentityProvider();
  const portal = await portalApp(t, {
    accessTokens: { issuer: issuer.issuer, audience: issuer.audience },
    ...options.portal, worker: false, plansUrl, notificationsUrl,
    ...publicBaseUrl,
    ...(skipping ? { temporal: { ...skipping, namespace: skipping.env.namespace ?? 'default' } } : {}),
  });
  const portalUrl = await portal.pages.listen({ port: portalPort, host: '127.0.0.1' });
  const internalUrl = await portal.internal.listen({ port: 0, host: '127.0.0.1' });
  // Links to the portal's pages in the cycle's e-mails: the address the notifications service accepts.
  const workerDeps = { plansUrl, notificationsUrl, portalUrl: internalUrl, publicBaseUrl: publicBaseUrl.publicBaseUrl ?? NOTIFICATIONS_PUBLIC_BASE_URL };
  /** Another worker, on `queues` (default both), running until the test ends. */
  const startWorker = (queues?: WorkerQueue[]) => (skipping ?? portal.temporal).startWorker({ ...workerDeps, ...(queues ? { queues } : {}) });
  const firstWorker = await startWorker(options.workerQueues);

  const person = async (name: string, email: string, language: 'fr' | 'nl', roles: Array<Record<string, string>>) => {
    const res = await plans.app.inject({ method: 'POST', url: `/organisations/${ORG}/people`, headers: actor, payload: { name, email, language, roles } });
    if (res.statusCode !== 201) throw new Error(res.body);
    return { ...(res.json() as { id: string }), email };
  };
  const people = {
    president: await person('Laura Szabo', 'corporate@ibz.example', 'fr', [{ role: 'president_office' }]),
    dgsp: await person('Directeur DGSP', 'dgsp@ibz.example', 'fr', [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'DGSP' }]),
    oe: await person('Directeur-generaal DVZ', 'dvz@ibz.example', 'nl', [{ role: 'committee_member' }, { role: 'drafter', entityCode: 'OE' }]),
    mahdi: await person('Kabinet Mahdi', 'kabinet.mahdi@ibz.example', 'nl', [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }]),
    verlinden: await person('Cabinet Verlinden', 'cabinet.verlinden@ibz.example', 'fr', [{ role: 'minister_cell', authorityCode: 'minister-interior' }]),
    outsider: await person('Agent DGSC', 'agent.dgsc@ibz.example', 'fr', []),
  };
  const tokens = new Map<string, string>();
  for (const p of Object.values(people)) tokens.set(p.id, await issuer.accessToken(p));
  /** The `Authorization` of a person's calls: their access token from the run's identity provider. */
  const as = (p: { id: string }) => ({ authorization: `Bearer ${tokens.get(p.id)}` });
  /** A call to the cycle API as a person; reads without one are made as the President's office. */
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, by?: { id: string }, payload?: unknown) =>
    portal.internal.inject({ method, url, headers: as(by ?? people.president), ...(payload !== undefined ? { payload: payload as object } : {}) });
  const cycleUrl = (year: number) => `/organisations/${ORG}/cycles/${year}`;
  const view = async (year: number) => (await api('GET', cycleUrl(year))).json();

  /** Polls the cycle until it satisfies the condition (Temporal runs it beside the test). */
  const waitFor = async (year: number, what: string, ok: (v: ReturnType<typeof JSON.parse>) => boolean, timeoutMs = 60_000) => {
    const until = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < until) {
      const res = await api('GET', cycleUrl(year));
      if (res.statusCode === 200) {
        last = res.json();
        if (ok(last)) return last as ReturnType<typeof JSON.parse>;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the cycle ${year} never reached "${what}"; last seen: ${JSON.stringify(last)?.slice(0, 2000)}`);
  };

  /** Opens the link of an e-mail as a browser would (GET, then POST the form). */
  const actOnEmail = async (mail: { to: readonly string[]; text: string }, fields: Record<string, string>) => {
    const link = mail.text.match(/https?:\/\/[^\s/]+\/decisions\/[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error(`no link in the e-mail to ${mail.to}: ${mail.text}`);
    const path = new URL(link).pathname;
    const page = await portal.pages.inject({ url: path });
    const posted = await portal.pages.inject({ method: 'POST', url: path, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), ...fields }) });
    return { page, posted };
  };
  const mailTo = (email: string) => notifications.catcher.messages.filter((m) => m.to.includes(email));
  /**
   * The e-mails to `email` that `match`, once `count` of them have arrived or 30 s have passed. A cycle
   * records an alert when its e-mail is queued, and the outbox sends it a moment later: counting at
   * once found 3 of 4 on a loaded CI run. A test comparing the count still fails on one missing (the
   * wait ends short) or one too many.
   */
  const mailsOnceIn = async (email: string, match: (m: CaughtMessage) => boolean, count: number) => {
    const mine = (m: CaughtMessage) => m.to.includes(email) && match(m);
    return notifications.catcher.waitFor(mine, { count, timeoutMs: 30_000 }).catch(() => notifications.catcher.messages.filter(mine));
  };

  /**
   * Takes a launched cycle to the committee's round the way people do: the President's office closes
   * the drafting and confirms the consolidation. Gives the e-mails asking the committee to decide.
   */
  const driveToCommittee = async (year: number) => {
    await waitFor(year, 'drafting', (v) => v.stage === 'drafting' && v.drafting.length > 0);
    // What came before: the e-mails of this step may arrive before the close-drafting call returns.
    const seen = new Set(notifications.catcher.messages.map((m) => m.messageId));
    const closed = await api('POST', `${cycleUrl(year)}/close-drafting`, people.president);
    if (closed.statusCode !== 200) throw new Error(`close-drafting: ${closed.body}`);
    const fresh = (m: { messageId: string | null }) => !seen.has(m.messageId);
    const [consolidation] = await notifications.catcher.waitFor((m) => fresh(m) && m.to.includes(people.president.email) && /Consolidation/.test(m.subject), { timeoutMs: 30_000 });
    const confirmed = await actOnEmail(consolidation!, { 'outcome:consolidation': 'approve' });
    if (confirmed.posted.statusCode !== 200) throw new Error(`the consolidation was not confirmed: ${confirmed.posted.statusCode} ${confirmed.posted.body.slice(0, 1500)}`);

    return notifications.catcher.waitFor((m) => fresh(m) && (m.to.includes(people.dgsp.email) || m.to.includes(people.oe.email)) && /comité|directiecomité/i.test(m.subject), { count: 2, timeoutMs: 30_000 });
  };

  /** Takes a launched cycle to transmission: to the committee, which approves from its e-mails. */
  const driveToTransmission = async (year: number) => {
    for (const mail of await driveToCommittee(year)) await actOnEmail(mail, { 'outcome:plan': 'approve' });
    return waitFor(year, 'transmitted', (v) => v.transmission !== null);
  };

  return {
    ORG, plans, notifications, portal, skipping, plansUrl, notificationsUrl, portalUrl, internalUrl, issuer, people, api, cycleUrl, view, waitFor, actOnEmail, mailTo, mailsOnceIn, as,
    driveToCommittee, driveToTransmission, firstWorker, startWorker, nextYear: () => nextYearOn(skipping?.clock),
  };
}

export type CycleWorld = Awaited<ReturnType<typeof cycleWorld>>;
