import { progressSchedule, FEDERAL_HOLIDAY_CALENDAR, YEAR_END } from '@jalon/domain';
import { PlansClient, prepareCycleLaunch } from '@jalon/plans-client';
import { keepHistory } from '@jalon/testkit';
import { operationalCycle, operationalCycleWorkflowId } from '@jalon/workflows';
import t from 'tap';
import { as, workerAuthorization, worker } from '@jalon/plans/test-support/plans-app';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';

/*
 * The "Done when" of issue 16: a simulated year on Temporal's time-skipping test server. The plan
 * comes into force; at three checkpoints the DGSP answers at once and the Immigration Office (OE)
 * does not, so it is reminded twice and the President's office, then the committee, are told; at the
 * year end both record their results, the plan closes, and next year's draft starts from them.
 */
t.setTimeout(600_000);

t.test('a simulated year: three checkpoints with one entity late each time, year-end results carried into next year', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  const { client, taskQueue, clock } = w.skipping!;
  const year = await w.nextYear();
  const input = await prepareCycleLaunch(new PlansClient(w.plansUrl, { authorization: workerAuthorization }), w.ORG, year);
  t.same(input.progressCheckpoints, ['03-31', '06-30', '09-30', '12-31'], 'the organisation\'s checkpoints, by default the end of each quarter');
  const handle = await client.workflow.start(operationalCycle, { taskQueue, workflowId: operationalCycleWorkflowId(w.ORG, year), args: [input] });
  const drafting = await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
  const planId = drafting.operationalPlanId as string;
  const plan = async () => (await w.plans.app.inject({ url: `/operational-plans/${planId}`, headers: worker })).json();
  const objectives = [
    { code: 'DGSP-01', strategicObjectiveNumber: 12, statement: 'Renforcer la prévention de la radicalisation.', indicator: 'Communes accompagnées', target: '40 communes', ownerEntityCode: 'DGSP', means: '2 ETP', deadline: `${year}-11-30` },
    { code: 'OE-01', strategicObjectiveNumber: 20, statement: 'Réduire le délai de traitement des visas.', indicator: 'Délai médian en jours', target: '90 jours', ownerEntityCode: 'OE', means: '4 ETP', deadline: `${year}-12-31` },
  ];
  for (const o of objectives) {
    const res = await w.plans.app.inject({ method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker, payload: { expectedRevision: (await plan()).revision, ...o } });
    t.equal(res.statusCode, 201);
  }
  for (const mail of await w.driveToCommittee(year)) await w.actOnEmail(mail, { 'outcome:plan': 'approve' });
  // The Immigration Office's objective is in the State Secretary's competence: his cell approves it.
  const [review] = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.mahdi.email), { timeoutMs: 60_000 });
  await w.actOnEmail(review!, { 'outcome:OE-01': 'approve' });
  await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);

  const overview = async () => (await w.plans.app.inject({ url: `/operational-plans/${planId}/progress`, headers: worker })).json();
  const objectiveOf = async (code: string) => (await overview()).objectives.find((o: { code: string }) => o.code === code);
  const record = async (personId: string, code: string, checkpoint: string, body: Record<string, unknown>) => {
    const res = await w.plans.app.inject({
      method: 'PUT', url: `/operational-plans/${planId}/objectives/${code}/progress/${checkpoint}`, headers: await as.person(personId),
      payload: { expectedRevision: (await objectiveOf(code)).progressRevision, checkpoint, ...body },
    });
    t.equal(res.statusCode, 200, `${code} at ${checkpoint}: ${res.body.slice(0, 200)}`);
  };
  const schedule = progressSchedule(year, input.progressCheckpoints ?? [], FEDERAL_HOLIDAY_CALENDAR);
  const stepsOf = (checkpoint: string) => schedule.filter((s) => s.checkpoint === checkpoint);
  const mailsAbout = (email: string, day: string) => w.mailTo(email).filter((m) => m.subject.includes(day));

  for (const checkpoint of ['03-31', '06-30', '09-30'].map((day) => `${year}-${day}`)) {
    const [y, m, d] = checkpoint.split('-');
    const day = `${d}/${m}/${y}`;
    const steps = stepsOf(checkpoint);
    await clock.sleepPast(steps[0]!.instant);
    await w.notifications.catcher.waitFor((mail) => mail.to.includes(w.people.oe.email) && mail.subject.includes(day), { timeoutMs: 30_000 });
    await w.notifications.catcher.waitFor((mail) => mail.to.includes(w.people.dgsp.email) && mail.subject.includes(day), { timeoutMs: 30_000 });
    t.match(mailsAbout(w.people.dgsp.email, day)[0]?.text, `/progress/${year}/DGSP`, 'the e-mail leads the DGSP to its progress page');
    await record(w.people.dgsp.id, 'DGSP-01', checkpoint, { indicatorValue: '12 communes', status: 'on_track', comment: 'Conforme au calendrier.' });

    await clock.sleepPast(steps.at(-1)!.instant);
    const view = await w.waitFor(year, `${checkpoint} escalated to the committee`, (v) => v.alerts.some((a: { key: string }) => a.key === `progress:${checkpoint}:committee`));
    const alerts = view.alerts.filter((a: { key: string }) => a.key.startsWith(`progress:${checkpoint}:`));
    t.match(alerts, [
      { kind: 'progress_request', target: 'holders', holders: 'DGSP, OE', stage: 'in_force' },
      { kind: 'reminder', target: 'holders', holders: 'OE', key: `progress:${checkpoint}:reminder-5` },
      { kind: 'reminder', target: 'holders', holders: 'OE', key: `progress:${checkpoint}:reminder-1` },
      { kind: 'escalation', target: 'president_office', holders: 'OE', recipients: [w.people.president.email] },
      { kind: 'escalation', target: 'committee', holders: 'OE' },
    ], `${checkpoint}: asked, the late entity reminded twice, then the President's office and the committee told`);
    t.equal(alerts.length, 5, 'and nothing else');
    t.same(alerts.at(-1).recipients.sort(), [w.people.dgsp.email, w.people.oe.email].sort(), 'the committee members are e-mailed');
    const reminders = await w.mailsOnceIn(w.people.oe.email, (mail) => mail.subject.includes(day) && /^Herinnering/.test(mail.subject), 2);
    const escalation = await w.mailsOnceIn(w.people.president.email, (mail) => mail.subject.includes(day), 1);
    t.equal(mailsAbout(w.people.oe.email, day).filter((mail) => /^In te vullen/.test(mail.subject)).length, 1, 'the OE is asked once, in Dutch, with the request\'s own e-mail');
    t.equal(reminders.length, 2, 'then reminded twice');
    t.equal(mailsAbout(w.people.dgsp.email, day).filter((mail) => /^À compléter/.test(mail.subject)).length, 1, 'the DGSP is asked');
    t.equal(mailsAbout(w.people.dgsp.email, day).filter((mail) => /^Rappel/.test(mail.subject)).length, 0, 'and, having answered, not reminded');
    t.equal(escalation.length, 1, 'the President\'s office is told once');
    t.match(escalation[0]?.text, /OE/, 'naming the late entity');
    t.match((await objectiveOf('OE-01')).missing, [checkpoint], 'the missing update is visible in the overview');
    t.same((await objectiveOf('DGSP-01')).missing, [], 'the DGSP misses nothing');
    await record(w.people.oe.id, 'OE-01', checkpoint, { indicatorValue: '104 jours', status: 'late', comment: 'Réponse tardive.' });
    t.same((await objectiveOf('OE-01')).missing, [], 'a late answer fills the gap');
  }

  // The year end: the last checkpoint and the year-end results are asked on 31 December.
  await clock.sleepPast(stepsOf(YEAR_END)[0]!.instant);
  await w.waitFor(year, 'year-end results asked', (v) => v.alerts.some((a: { key: string }) => a.key === `progress:${YEAR_END}:request`));
  const results = {
    'DGSP-01': { person: w.people.dgsp.id, value: '41 communes', status: 'achieved', explanation: 'Objectif dépassé grâce aux partenariats locaux.' },
    'OE-01': { person: w.people.oe.id, value: '97 jours', status: 'partly_achieved', explanation: 'Recrutements achevés en septembre seulement.' },
  } as const;
  for (const [code, r] of Object.entries(results)) {
    await record(r.person, code, `${year}-12-31`, { indicatorValue: r.value, status: 'done' });
    const res = await w.plans.app.inject({
      method: 'PUT', url: `/operational-plans/${planId}/objectives/${code}/year-end-result`, headers: await as.person(r.person),
      payload: { expectedRevision: (await objectiveOf(code)).progressRevision, value: r.value, status: r.status, explanation: r.explanation },
    });
    t.equal(res.statusCode, 200, `${code}'s year-end result: ${res.body.slice(0, 200)}`);
  }
  await clock.sleepPast(stepsOf(YEAR_END).at(-1)!.instant);
  const closed = await w.waitFor(year, 'closed and followed up', (v) => v.stage === 'closed' && v.status === 'completed');
  t.equal((await plan()).status, 'closed', 'the plan closed at the year end');
  t.same(closed.alerts.filter((a: { key: string }) => new RegExp(`progress:(${year}-12-31|year_end):`).test(a.key)).map((a: { kind: string }) => a.kind), ['progress_request', 'progress_request'],
    'everyone answered the year end: asked, never reminded');
  await keepHistory(handle, 'operational-cycle-progress-year');

  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year: year + 1 })).statusCode, 201);
  const next = await w.waitFor(year + 1, 'drafting', (v) => v.drafting.length > 0);
  const nextPlan = (await w.plans.app.inject({ url: `/operational-plans/${next.operationalPlanId}`, headers: worker })).json();
  t.match(nextPlan.objectives, [
    { code: 'DGSP-01', previousResult: '41 communes (atteint / bereikt). Objectif dépassé grâce aux partenariats locaux.', carriedFrom: { year, code: 'DGSP-01' } },
    { code: 'OE-01', previousResult: '97 jours (partiellement atteint / gedeeltelijk bereikt). Recrutements achevés en septembre seulement.' },
  ], 'next year\'s draft carries the year-end results');
});
