import { PlansClient, prepareCycleLaunch } from '@jalon/plans-client';
import { actor, workerAuthorization } from '@jalon/plans/test-support/plans-app';
import { cycleWorld, type CycleWorld } from '@jalon/portal/test-support/cycle-world';
import { keepHistory } from '@jalon/testkit';
import { operationalCycle, operationalCycleWorkflowId, type OperationalCycleInput } from '@jalon/workflows';
import t from 'tap';

/*
 * The organisation's rules in the yearly cycle: who drafts the objectives owned by "(Tous)", the
 * alert for objectives nobody of their own drafts, and the committee's rule with seats (a deputy
 * standing in for the holder) and a quorum above the seats available. Years 2052–2054: unique on the
 * run's shared Temporal server.
 */
t.setTimeout(360_000);

/** Objective 1 of the reference plan is owned by "(Tous)" only. */
// As the reference plan writes it: with its no-break spaces (the fixture keeps the source's characters).
const TOUS_OBJECTIVE = 'Des services et produits à la mesure du citoyen'.replaceAll(' ', '\u00a0');

async function start(w: CycleWorld, year: number, overrides: Partial<OperationalCycleInput>) {
  const input = await prepareCycleLaunch(new PlansClient(w.plansUrl, { authorization: workerAuthorization }), w.ORG, year);
  const { client, taskQueue } = w.portal.temporal;
  return client.workflow.start(operationalCycle, { taskQueue, workflowId: operationalCycleWorkflowId(w.ORG, year), args: [{ ...input, ...overrides }] });
}

const draftingMail = (w: CycleWorld, email: string) =>
  w.notifications.catcher.waitFor((m) => m.to.includes(email) && /\/decisions\//.test(m.text) && /objectifs|doelstellingen/i.test(m.subject), { timeoutMs: 30_000 });

t.test('"(Tous)" objectives reach every drafting entity; an entity without a drafter raises an alert', async (t) => {
  const w = await cycleWorld(t);
  const year = 2052;
  // A drafter for an entity that owns no objective of its own: under "every entity" it drafts the "(Tous)" ones.
  const governors = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Rédacteur Gouverneurs', email: 'gouverneurs@ibz.example', language: 'fr', roles: [{ role: 'drafter', entityCode: 'GOVERNORS' }] },
  });
  t.equal(governors.statusCode, 201);
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201, 'launched with the default setting');
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const entities = drafting.drafting.map((d: { entityCode: string }) => d.entityCode);
  t.ok(entities.includes('GOVERNORS'), 'an entity with a drafter but no objective of its own gets a task');
  t.notOk(entities.includes('ALL'), 'no task of their own: every entity drafts them');

  const [dgsp] = await draftingMail(w, w.people.dgsp.email);
  t.match(dgsp!.text, TOUS_OBJECTIVE, 'DGSP\'s drafter is asked about objective 1, owned by "(Tous)"');
  const [gov] = await draftingMail(w, 'gouverneurs@ibz.example');
  t.match(gov!.text, TOUS_OBJECTIVE, 'and so is the governors\' drafter');

  const alerts = drafting.alerts.filter((a: { kind: string }) => a.kind === 'no_drafter');
  t.ok(alerts.some((a: { holders: string }) => /NCCN|Centre de crise/i.test(a.holders)), 'NCCN has no drafter: an alert says so');
  t.notOk(alerts.some((a: { key: string }) => a.key === 'no_drafter:DGSP'), 'DGSP has one: no alert');
  t.equal(alerts.length, entities.length - 3, 'one alert per entity without a drafter (all but DGSP, OE and the governors)');
  t.ok(alerts.every((a: { target: string }) => a.target === 'president_office'), 'for the President\'s office');
});

t.test('with the setting "president_office", the "(Tous)" objectives are one task of the President\'s office', async (t) => {
  const w = await cycleWorld(t);
  const year = 2053;
  const handle = await start(w, year, { allEntitiesObjectivesGoTo: 'president_office' });
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const all = drafting.drafting.find((d: { entityCode: string }) => d.entityCode === 'ALL');
  t.match(all, { entityName: { fr: 'Toutes les entités (Tous)', nl: 'Alle entiteiten (Allen)' }, status: 'open' }, 'a task for every entity\'s objectives');
  t.notOk(drafting.alerts.some((a: { key: string }) => a.key === 'no_drafter:ALL'), 'asked of the President\'s office by choice: no alert');

  const mails = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.president.email) && m.text.includes(TOUS_OBJECTIVE), { timeoutMs: 30_000 });
  const [dgsp] = await draftingMail(w, w.people.dgsp.email);
  t.notMatch(dgsp!.text, TOUS_OBJECTIVE, 'DGSP is not asked about objective 1');
  const done = await w.actOnEmail(mails[0]!, { 'outcome:drafting': 'approve' });
  t.equal(done.posted.statusCode, 200, 'the President\'s office confirms them');
  const after = await w.waitFor(year, 'the "(Tous)" task done', (v) => v.drafting.find((d: { entityCode: string }) => d.entityCode === 'ALL')?.status === 'done');
  t.ok(after, 'the task is done');
  await keepHistory(handle, 'operational-cycle-all-entities-president-office');
  await handle.terminate('test over');
});

t.test('a deputy stands in for the absent holder in the committee; a quorum above the seats raises an alert and asks every seat', async (t) => {
  const w = await cycleWorld(t);
  const year = 2054;
  const deputy = await w.plans.app.inject({
    method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor,
    payload: { name: 'Adjointe DGSP', email: 'adjointe.dgsp@ibz.example', language: 'fr', roles: [] },
  });
  const deputyId = deputy.json().id as string;
  const delegated = await w.plans.app.inject({
    method: 'POST', url: `/people/${w.people.dgsp.id}/delegations`, headers: actor,
    payload: { role: 'committee_member', deputyId, startsOn: '2026-01-01', endsOn: '2030-12-31' },
  });
  t.equal(delegated.statusCode, 201, 'DGSP is away: her deputy stands in on the committee');
  // Two seats (DGSP with her deputy, OE), three people: a quorum of 3 could never be reached.
  const handle = await start(w, year, { committeeRule: { kind: 'quorum', approvals: 3 } });
  await w.driveToCommittee(year);
  const [byDeputy] = await w.notifications.catcher.waitFor((m) => m.to.includes('adjointe.dgsp@ibz.example') && /comité/i.test(m.subject), { timeoutMs: 30_000 });
  const committee = await w.view(year);
  t.match(committee.alerts.filter((a: { kind: string }) => a.kind === 'quorum_unreachable'), [{ target: 'president_office', stage: 'committee' }], 'the President\'s office is alerted');

  t.equal((await w.actOnEmail(byDeputy!, { 'outcome:plan': 'approve' })).posted.statusCode, 200, 'the deputy approves');
  const [holderMail] = w.mailTo(w.people.dgsp.email).filter((m) => /comité/i.test(m.subject));
  const holderLink = new URL(holderMail!.text.match(/https?:\/\/[^\s/]+\/decisions\/[A-Za-z0-9_-]+/)![0]).pathname;
  const holderPage = await w.portal.pages.inject({ url: holderLink });
  t.equal(holderPage.statusCode, 409, 'the holder\'s link no longer offers a form');
  t.match(holderPage.body, 'Adjointe DGSP a déjà décidé pour vous', 'it says her deputy decided for her');
  const [oe] = w.mailTo(w.people.oe.email).filter((m) => /directiecomité/i.test(m.subject));
  t.equal((await w.actOnEmail(oe!, { 'outcome:plan': 'approve' })).posted.statusCode, 200);
  const transmitted = await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);
  t.ok(transmitted.transmission, 'both seats approved: the plan goes on without the absent holder');
  t.notOk(transmitted.decisions.some((d: { personId: string; step: string }) => d.step === 'committee' && d.personId === w.people.dgsp.id), 'the holder never decided');
  await keepHistory(handle, 'operational-cycle-deputy-seat-quorum');
  await handle.terminate('test over');
});
