import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { ownDevServer } from '@jalon/worker/test-support/test-worker';
import { worker } from '@jalon/plans/test-support/plans-app';
import t from 'tap';

/**
 * A whole yearly cycle on a Temporal dev server that is killed (kill -9) twice and started again on
 * its SQLite file: while eleven drafting rounds wait, and in the middle of the committee's round.
 * Nothing done before a crash is lost, the cycle goes on to transmission, and no e-mail goes twice.
 */
t.test('the Temporal dev server is killed twice during a cycle: the cycle continues to transmission, nothing lost or sent twice', async (t) => {
  const temporal = await ownDevServer(t);
  const w = await cycleWorld(t, { portal: { temporal } });
  const { people, api, notifications } = w;
  const year = new Date().getUTCFullYear() + 1;
  const crashAndRestart = async () => {
    await temporal.crash();
    await temporal.restart();
  };

  t.equal((await api('POST', `/organisations/${w.ORG}/cycles`, people.president, { year })).statusCode, 201, 'the President\'s office launches the year');
  const drafting = await w.waitFor(year, 'every drafting task sent', (v) => v.drafting.length > 0 && v.holders.length === v.drafting.length);
  const [task] = await notifications.catcher.waitFor((m) => m.to.includes(people.dgsp.email), { timeoutMs: 30_000 });
  t.equal((await w.actOnEmail(task!, { 'outcome:drafting': 'approve' })).posted.statusCode, 200, 'the DGSP confirms its drafting task');
  await w.waitFor(year, 'DGSP done', (v) => v.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP')?.status === 'done');

  await crashAndRestart();
  // The portal answers 503 until its client and the worker have reconnected; waitFor tries again.
  const after = await w.waitFor(year, 'readable after the restart', () => true, 60_000);
  t.equal(after.stage, 'drafting', 'after the first crash the cycle is still drafting');
  t.same(
    after.drafting.filter((d: { status: string }) => d.status === 'done').map((d: { entityCode: string }) => d.entityCode), ['DGSP'],
    'with the DGSP\'s confirmation made before it, and the other tasks still open',
  );
  t.equal(after.drafting.length, drafting.drafting.length);
  const [oeTask] = await notifications.catcher.waitFor((m) => m.to.includes(people.oe.email), { timeoutMs: 30_000 });
  t.equal((await w.actOnEmail(oeTask!, { 'outcome:drafting': 'approve' })).posted.statusCode, 200, 'a link e-mailed before the crash still works after it');
  await w.waitFor(year, 'OE done', (v) => v.drafting.find((d: { entityCode: string }) => d.entityCode === 'OE')?.status === 'done');

  t.equal((await api('POST', `${w.cycleUrl(year)}/close-drafting`, people.president)).statusCode, 200);
  const [consolidation] = await notifications.catcher.waitFor((m) => m.to.includes(people.president.email) && /Consolidation/.test(m.subject), { timeoutMs: 30_000 });
  t.equal((await w.actOnEmail(consolidation!, { 'outcome:consolidation': 'approve' })).posted.statusCode, 200, 'the consolidation is confirmed');
  const committee = await notifications.catcher.waitFor((m) => (m.to.includes(people.dgsp.email) || m.to.includes(people.oe.email)) && /comité|directiecomité/i.test(m.subject), { count: 2, timeoutMs: 30_000 });
  const toDgsp = committee.find((m) => m.to.includes(people.dgsp.email))!;
  const toOe = committee.find((m) => m.to.includes(people.oe.email))!;
  t.equal((await w.actOnEmail(toDgsp, { 'outcome:plan': 'approve' })).posted.statusCode, 200, 'one committee member approves');
  await w.waitFor(year, 'waiting for the other member', (v) => v.stage === 'committee' && v.holders.length === 1);

  await crashAndRestart();
  const middle = await w.waitFor(year, 'readable after the second restart', () => true, 60_000);
  t.equal(middle.stage, 'committee', 'after the second crash the committee round is still open');
  t.same(middle.holders.map((h: { personId: string }) => h.personId), [people.oe.id], 'waiting only for the member who has not answered');
  t.equal((await w.actOnEmail(toOe, { 'outcome:plan': 'approve' })).posted.statusCode, 200, 'the other member approves after the crash');

  const transmitted = await w.waitFor(year, 'transmitted', (v) => v.transmission !== null, 60_000);
  t.equal(transmitted.stage, 'in_force', 'the cycle reaches transmission');
  const committeeDecisions = transmitted.decisions.filter((d: { step: string }) => d.step === 'committee').map((d: { personId: string }) => d.personId).sort();
  t.same(committeeDecisions, [people.dgsp.id, people.oe.id].sort(), 'both committee decisions are recorded, the one before the crash included');
  const plan = (await w.plans.app.inject({ url: `/operational-plans/${transmitted.operationalPlanId}`, headers: worker })).json();
  t.equal(plan.status, 'transmitted', 'the plans service has the plan transmitted');

  const [toMinister] = await notifications.catcher.waitFor((m) => m.to.includes(people.verlinden.email), { timeoutMs: 30_000 });
  t.ok(toMinister, 'the Minister\'s cell receives the plan');
  // What a retried activity would have sent twice comes late: give it the time to arrive.
  await new Promise((r) => setTimeout(r, 2_000));
  const ids = notifications.catcher.messages.map((m) => m.messageId);
  t.equal(new Set(ids).size, ids.length, `no e-mail was sent twice (${ids.length} e-mails)`);
  const count = (email: string, subject: RegExp) => notifications.catcher.messages.filter((m) => m.to.includes(email) && subject.test(m.subject)).length;
  t.equal(count(people.dgsp.email, /comité|directiecomité/i), 1, 'one committee request to each member');
  t.equal(count(people.oe.email, /comité|directiecomité/i), 1);
  t.equal(notifications.catcher.messages.filter((m) => m.to.includes(people.verlinden.email)).length, 1, 'one transmission to the Minister\'s cell');
  t.equal(notifications.catcher.messages.filter((m) => m.to.includes(people.dgsp.email) && !/comité|directiecomité/i.test(m.subject)).length, 1, 'one drafting task to the DGSP');
});
