import { createActivities, type DecisionRequestInput } from '@jalon/activities';
import { countRows, notificationsApp, PUBLIC_BASE_URL, settle } from '@jalon/notifications/test-support/notifications-app';
import { portalApp } from '@jalon/portal/test-support/portal-app';
import { testKeyring } from '@jalon/testkit';
import { MockActivityEnvironment } from '@temporalio/testing';
import t from 'tap';

/*
 * sendDecisionRequests, the activity that asks a whole drafting round at once, against the real
 * portal and notifications services: every link in one call, every e-mail in another, each with
 * its own idempotency key.
 */

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * `portalAddress`: where the portal's links lead (the notifications service accepts links under PUBLIC_BASE_URL only).
 * `notServed`: a batch route answered 404 as by a service of the version before it, during a rolling upgrade.
 */
async function services(t: Teardown, portalAddress = PUBLIC_BASE_URL, notServed?: string) {
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const portal = await portalApp(t, { worker: false, publicBaseUrl: portalAddress });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const portalUrl = await portal.internal.listen({ port: 0, host: '127.0.0.1' });
  const activities = createActivities({ plansUrl: 'http://127.0.0.1:9', notificationsUrl, portalUrl, signer: (await testKeyring()).auth('worker').signer });
  // The calls the activity makes, by path: what a launch day with many organisations pays for.
  const calls: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const path = new URL(String(input)).pathname;
    calls.push(`${init?.method ?? 'GET'} ${path}`);
    if (path === notServed) return Promise.resolve(Response.json({ statusCode: 404, error: 'Not Found', message: `Route POST:${path} not found` }, { status: 404 }));
    return realFetch(input, init);
  };
  t.teardown(() => { globalThis.fetch = realFetch; });
  return { notifications, portal, activities, calls };
}

let round = 0;
/** The drafting e-mails of one round, one per person, as the cycle workflow asks for them. */
function draftingRound(people: string[]): DecisionRequestInput[] {
  const roundId = `operational-cycle-test-${process.pid}-${++round}`;
  return people.map((p) => ({
    link: {
      roundId, workflowId: roundId, step: 'drafting', person: { id: p, name: p.toUpperCase(), language: 'fr' },
      planId: `plan-${roundId}`, planVersion: 1, planSha256: 'ab'.repeat(32), items: [{ key: 'drafting', title: 'Rédaction' }],
      summary: { planTitle: 'Plan opérationnel 2027', stepTitle: 'Rédaction', objectives: [], changesSinceLastReview: null },
      expiresAt: '2027-12-31T00:00:00Z',
    },
    recipient: { email: `${p}@ibz.example`, name: p.toUpperCase(), language: 'fr' },
    template: 'drafting_task',
    idempotencyKey: `${roundId}:drafting:${p}:drafting_task`,
    params: {
      planTitle: { fr: 'Plan opérationnel 2027', nl: 'Operationeel plan 2027' }, stepName: { fr: 'Rédaction', nl: 'Opstelling' }, due: '2027-02-28',
      task: { strategicPlanTitle: { fr: 'Plan stratégique', nl: 'Strategisch plan' }, entityName: { fr: `Entité ${p}`, nl: `Entiteit ${p}` }, year: 2027, strategicObjectives: [{ number: 1, title: 'Objectif 1' }] },
    },
  }));
}

const people = Array.from({ length: 11 }, (_, i) => `drafter${i}`);

t.test('a drafting round of 11 e-mails: one call for the links, one for the e-mails; retried, nothing is sent twice', async (t) => {
  const { notifications, activities, calls } = await services(t);
  const requests = draftingRound(people);
  const outcomes = await activities.sendDecisionRequests(requests);
  t.same(outcomes.map((o) => o.status), people.map(() => 'queued'), 'every e-mail queued');
  t.same(outcomes.map((o) => o.idempotencyKey), requests.map((r) => r.idempotencyKey), 'in the requests\' order');
  t.same(calls, ['POST /links/batch', 'POST /notifications/batch'], 'two calls in all');
  t.same(await activities.sendDecisionRequests(requests).then((o) => o.map((x) => x.status)), people.map(() => 'queued'), 'a retried activity');
  t.equal(await countRows(notifications.db), 11, 'queued once each');
  await notifications.catcher.waitFor(() => notifications.catcher.messages.length >= 11);
  await settle();
  const mails = notifications.catcher.messages;
  t.same(mails.map((m) => m.to[0]).sort(), people.map((p) => `${p}@ibz.example`).sort(), 'each drafter one e-mail');
  const links = mails.map((m) => /https:\/\/jalon\.ibz\.example\/decisions\/[A-Za-z0-9_-]{43}/.exec(m.text)?.[0]);
  t.equal(new Set(links.filter(Boolean)).size, 11, 'each with a link of their own');
});

t.test('a batch held up by a slow call keeps telling Temporal it is alive, every few seconds', async (t) => {
  const { activities } = await services(t);
  // The portal answers the links 8 s late: longer than a lost batch is now left before it is retried (15 s) allows between two heartbeats.
  const answering = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    if (new URL(String(input)).pathname === '/links/batch') await new Promise((resolve) => setTimeout(resolve, 8_000));
    return answering(input, init);
  };
  const env = new MockActivityEnvironment();
  const beats: number[] = [];
  env.on('heartbeat', () => beats.push(Date.now()));
  const started = Date.now();
  try {
    const outcomes: Awaited<ReturnType<typeof activities.sendDecisionRequests>> = await env.run(activities.sendDecisionRequests, draftingRound(['slow0', 'slow1']));
    t.same(outcomes.map((o) => o.status), ['queued', 'queued'], 'the batch goes through');
  } finally {
    globalThis.fetch = answering;
  }
  const times = [started, ...beats, Date.now()];
  const longestSilence = Math.max(...times.slice(1).map((time, i) => time - times[i]!));
  t.ok(longestSilence < 5_000, `never more than 5 s without a heartbeat (longest ${longestSilence} ms, ${beats.length} heartbeats in ${Date.now() - started} ms)`);
});

t.test('60 e-mails go in two batches of links and two of e-mails', async (t) => {
  const { activities, calls } = await services(t);
  const outcomes = await activities.sendDecisionRequests(draftingRound(Array.from({ length: 60 }, (_, i) => `person${i}`)));
  t.equal(outcomes.filter((o) => o.status === 'queued').length, 60);
  t.same(calls, ['POST /links/batch', 'POST /notifications/batch', 'POST /links/batch', 'POST /notifications/batch']);
});

t.test('a person who already decided with their link is not asked again; the others are', async (t) => {
  const { notifications, portal, activities, calls } = await services(t);
  const requests = draftingRound(people.slice(0, 3));
  // The first person already decided with the link of an earlier e-mail of the round.
  t.same((await activities.sendDecisionRequests([{ ...requests[0]!, idempotencyKey: `${requests[0]!.idempotencyKey}:earlier` }])).map((o) => o.status), ['queued']);
  await portal.db.updateTable('decision_links').set({ used_at: new Date() }).where('round_id', '=', requests[0]!.link.roundId).execute();
  calls.length = 0;
  const outcomes = await activities.sendDecisionRequests(requests);
  t.same(outcomes.map((o) => o.status), ['not_needed', 'queued', 'queued']);
  t.same(calls, ['POST /links/batch', 'POST /notifications/batch'], 'found in the batch');
  t.equal(await countRows(notifications.db), 3, 'the earlier e-mail and the two others');
});

t.test('a request that breaks the contract is refused alone, naming the field: the round is sent one by one', async (t) => {
  const { notifications, activities, calls } = await services(t);
  const requests = draftingRound(people.slice(0, 4));
  requests[1]!.link.planSha256 = 'nope';
  const outcomes = await activities.sendDecisionRequests(requests);
  t.same(outcomes.map((o) => o.status), ['queued', 'refused', 'queued', 'queued']);
  t.match(outcomes[1], { status: 'refused', reason: /planSha256/ }, 'naming the field');
  t.notOk(calls.includes('POST /links/batch'), 'the batch is checked before it is sent');
  t.same(calls.filter((c) => c === 'POST /links').length, 3, 'the three others one call each');
  t.equal(await countRows(notifications.db), 3);
});

t.test('an e-mail the notifications service refuses (its link leads elsewhere) is reported; the round goes on', async (t) => {
  const { notifications, activities, calls } = await services(t, 'https://elsewhere.example');
  const outcomes = await activities.sendDecisionRequests(draftingRound(people.slice(0, 2)));
  t.same(outcomes.map((o) => o.status), ['refused', 'refused']);
  t.match(outcomes[0], { reason: /drafting_task e-mail: .*must be an address under https:\/\/jalon\.ibz\.example/ });
  t.same(calls, ['POST /links/batch', 'POST /notifications/batch'], 'each refused in the batch\'s answer');
  t.equal(await countRows(notifications.db), 0);
});

t.test('a portal of the version before the batch (404) gets the round one call per link, and every e-mail goes once', async (t) => {
  const { notifications, activities, calls } = await services(t, PUBLIC_BASE_URL, '/links/batch');
  const requests = draftingRound(people);
  const outcomes = await activities.sendDecisionRequests(requests);
  t.same(outcomes.map((o) => o.status), people.map(() => 'queued'), 'every e-mail queued');
  t.same([calls[0], calls.filter((c) => c === 'POST /links').length, calls.filter((c) => c === 'POST /notifications').length], ['POST /links/batch', 11, 11], 'the batch tried once, then one call per link and per e-mail');
  t.equal(await countRows(notifications.db), 11, 'queued once each');
});

t.test('a notifications service of the version before the batch (404) gets the e-mails one by one, with the links already issued', async (t) => {
  const { notifications, portal, activities, calls } = await services(t, PUBLIC_BASE_URL, '/notifications/batch');
  const requests = draftingRound(people.slice(0, 3));
  const outcomes = await activities.sendDecisionRequests(requests);
  t.same(outcomes.map((o) => o.status), ['queued', 'queued', 'queued']);
  t.same(calls, ['POST /links/batch', 'POST /notifications/batch', 'POST /notifications', 'POST /notifications', 'POST /notifications'], 'the links are not issued again');
  t.equal(await countRows(notifications.db), 3, 'queued once each');
  const links = await portal.db.selectFrom('decision_links').select('id').where('round_id', '=', requests[0]!.link.roundId).execute();
  t.equal(links.length, 3, 'one link per person');
});
