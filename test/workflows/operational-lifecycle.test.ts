import { startOfBrusselsDay, type CalendarDate } from '@jalon/domain';
import { PlansClient, prepareCycleLaunch } from '@jalon/plans-client';
import { operationalCycle, operationalCycleWorkflowId } from '@jalon/workflows';
import t from 'tap';
import { workerAuthorization, worker } from '@jalon/plans/test-support/plans-app';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';

/*
 * The cycle's life after transmission and its way back from "changes requested", on Temporal's
 * time-skipping test server. A file of their own: each needs a whole cycle, and under a loaded CI
 * machine the two together with the calendar tests outgrew one file's time limit.
 */
t.setTimeout(360_000);

t.test('a cycle in force continues as new with its state, closes at year end, and next year starts from its objectives and results', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  const { client, taskQueue, clock } = w.skipping!;
  const year = await w.nextYear();
  const input = await prepareCycleLaunch(new PlansClient(w.plansUrl, { authorization: workerAuthorization }), w.ORG, year);
  const handle = await client.workflow.start(operationalCycle, {
    taskQueue, workflowId: operationalCycleWorkflowId(w.ORG, year), args: [{ ...input, continueAsNewAfterEvents: 40 }],
  });
  const firstRun = handle.firstExecutionRunId;
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const planId = drafting.operationalPlanId as string;
  const revision = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().revision;
  const objective = {
    code: 'DGSP-01', strategicObjectiveNumber: 12, statement: 'Renforcer la prévention de la radicalisation.', indicator: 'Communes accompagnées',
    target: '40 communes', ownerEntityCode: 'DGSP', means: '2 ETP', deadline: `${year}-06-30`,
  };
  t.equal((await w.plans.app.inject({ method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker, payload: { expectedRevision: revision, ...objective } })).statusCode, 201);

  const transmitted = await w.driveToTransmission(year);
  const continued = await w.waitFor(year, 'continued as new', (v) => v.continuedAsNew >= 1);
  t.not((await handle.describe()).runId, firstRun, 'a new run carries the cycle on');
  t.same([continued.stage, continued.transmission, continued.alerts], [transmitted.stage, transmitted.transmission, transmitted.alerts], 'with its state: stage, transmission, alerts');
  const project = await w.api('POST', `${w.cycleUrl(year)}/projects`, w.people.president, {
    title: 'Plateforme de signalement', ownerEntityCode: 'DGSP', requestedByParty: 'spf', reason: 'Demande du comité', requestedOn: `${year}-05-02`,
  });
  t.equal(project.statusCode, 201, 'the new run still takes project changes');

  const objectiveRevision = (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().objectives[0].revision;
  const result = await w.plans.app.inject({
    method: 'PUT', url: `/operational-plans/${planId}/objectives/DGSP-01/result`, headers: worker,
    payload: { expectedRevision: objectiveRevision, result: '38 communes accompagnées sur 40.' },
  });
  t.equal(result.statusCode, 200, 'the year\'s result is recorded');

  // Since progress follows the year (issue 16), the cycle ends once the year-end results' follow-up is over, late in January.
  await clock.sleepPast(startOfBrusselsDay(`${year + 1}-02-01` as CalendarDate));
  const closed = await w.waitFor(year, 'closed', (v) => v.stage === 'closed' && v.status === 'completed');
  t.equal(closed.status, 'completed', 'the cycle ends after the year end');
  t.equal((await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json().status, 'closed', 'and the plan is closed');
  const late = await w.api('POST', `${w.cycleUrl(year)}/projects`, w.people.president, {
    title: 'Trop tard', ownerEntityCode: 'DGSP', requestedByParty: 'spf', reason: 'Oubli', requestedOn: `${year + 1}-01-05`,
  });
  t.equal(late.statusCode, 409, 'a closed cycle takes no more projects');
  t.match(late.json().message, /closed/, 'and says why');

  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year: year + 1 })).statusCode, 201);
  const next = await w.waitFor(year + 1, 'drafting', (v) => v.drafting.length > 0);
  const nextPlan = (await w.plans.app.inject({ url: `/operational-plans/${next.operationalPlanId}`, headers: worker })).json();
  t.match(nextPlan.objectives, [{ code: 'DGSP-01', deadline: `${year + 1}-06-30`, previousResult: '38 communes accompagnées sur 40.', carriedFrom: { year, code: 'DGSP-01' } }],
    'next year\'s draft starts from this year\'s objectives and results');
});

t.test('the committee asks for changes: back to consolidation, asked again on the same content, then transmitted', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  const year = await w.nextYear();
  await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  t.equal((await w.api('POST', `${w.cycleUrl(year)}/close-drafting`, w.people.president)).statusCode, 200);
  const mails = (to: string, subject: RegExp) => w.notifications.catcher.messages.filter((m) => m.to.includes(to) && subject.test(m.subject));

  const [consolidation] = await w.notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example') && /Consolidation/.test(m.subject), { timeoutMs: 30_000 });
  await w.actOnEmail(consolidation!, { 'outcome:consolidation': 'approve' });
  const [first] = await w.notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example') && /comité/i.test(m.subject), { timeoutMs: 30_000 });
  const sentBack = await w.actOnEmail(first!, { 'outcome:plan': 'request_changes', 'comment:plan': 'Ajouter un indicateur pour la DGSP.' });
  t.equal(sentBack.posted.statusCode, 200);
  const back = await w.waitFor(year, 'back to consolidation', (v) => v.stage === 'consolidation' && v.changesRequested.length > 0);
  t.match(back.changesRequested, [{ step: 'committee', item: 'plan', comments: [{ comment: 'Ajouter un indicateur pour la DGSP.' }] }], 'the President\'s office sees what the committee asked');

  // Nothing was edited: the same version is confirmed again, and the committee asked again.
  await w.notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example') && /Consolidation/.test(m.subject), { count: 2, timeoutMs: 30_000 });
  const again = mails('corporate@ibz.example', /Consolidation/).at(-1)!;
  t.equal((await w.actOnEmail(again, { 'outcome:consolidation': 'approve' })).posted.statusCode, 200, 'the second consolidation has a working link');
  await w.notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example') && /comité/i.test(m.subject), { count: 2, timeoutMs: 30_000 });
  await w.notifications.catcher.waitFor((m) => m.to.includes('dvz@ibz.example') && /directiecomité/i.test(m.subject), { count: 2, timeoutMs: 30_000 });
  for (const to of ['dgsp@ibz.example', 'dvz@ibz.example']) {
    const mail = mails(to, /comité|directiecomité/i).at(-1)!;
    t.equal((await w.actOnEmail(mail, { 'outcome:plan': 'approve' })).posted.statusCode, 200, `${to} approves the second time`);
  }
  const done = await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);
  t.equal(done.stage, 'in_force');
  t.equal(done.decisions.filter((d: { step: string }) => d.step === 'committee').length, 3, 'the history keeps all three committee decisions');
});
