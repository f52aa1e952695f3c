import t from 'tap';
import { operationalPlanOfYear as planOfYear } from '../test-support/operational-plan.js';
import { actor, as, plansApp, sampleObjective, worker } from '../test-support/plans-app.js';

/*
 * Progress during the year (issue 16) through the plans API: the cycle opens each checkpoint, the
 * owner entity records where its objectives stand, the overview shows what is missing, and the
 * year-end result carries into next year's draft.
 */
type App = Awaited<ReturnType<typeof plansApp>>;

async function register({ app, organisationCode }: App, name: string, email: string, roles: Array<Record<string, string>>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor, payload: { name, email, language: 'fr', roles } });
  if (res.statusCode !== 201) throw new Error(`could not register ${email}: ${res.body}`);
  return (res.json() as { id: string }).id;
}

t.test('the owner entity records progress at a checkpoint the cycle opened; the overview shows what is missing', async (t) => {
  const ctx = await plansApp(t);
  const { app } = ctx;
  const oe = await register(ctx, 'Jan Peeters', 'jan.peeters@ibz.example', [{ role: 'drafter', entityCode: 'OE' }]);
  const dgsp = await register(ctx, 'Claire Dubois', 'claire.dubois@ibz.example', [{ role: 'drafter', entityCode: 'DGSP' }]);
  const visa = sampleObjective({ deadline: '2025-12-31' });
  const police = sampleObjective({ code: 'OO-12.1', strategicObjectiveNumber: 12, ownerEntityCode: 'DGSP', statement: 'Former les zones de police', indicator: 'Zones formées', target: '30 zones', deadline: '2025-10-31' });
  const { planId, transmit } = await planOfYear(ctx, 2025, [visa, police]);
  const put = async (headers: Record<string, string>, code: string, checkpoint: string, body: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: `/operational-plans/${planId}/objectives/${code}/progress/${checkpoint}`, headers, payload: { checkpoint, ...body } });
  const update = { expectedRevision: 1, indicatorValue: '104 jours', status: 'at_risk', comment: 'Recrutements en cours.' };
  const open = (body: Record<string, unknown>) => app.inject({ method: 'POST', url: `/operational-plans/${planId}/progress/checkpoints`, headers: worker, payload: body });
  const overview = async () => (await app.inject({ url: `/operational-plans/${planId}/progress`, headers: await as.person(oe) })).json();

  const early = await put(await as.person(oe), 'OO-20.1', '2025-03-31', update);
  t.equal(early.statusCode, 409, 'nothing is recorded before the plan is in force');
  t.equal(early.json().code, 'operational_plan.not_in_force');
  await transmit();
  const notAsked = await put(await as.person(oe), 'OO-20.1', '2025-03-31', update);
  t.equal(notAsked.statusCode, 409, 'nor at a checkpoint the cycle has not asked for yet');
  t.equal(notAsked.json().code, 'progress.checkpoint_not_open');

  t.equal((await open({ checkpoint: '2025-03-31', dueDate: '2025-04-14' })).statusCode, 200, 'the cycle opens the checkpoint');
  const audits = (await app.inject({ url: `/audit?subjectType=operational_plan&subjectId=${planId}`, headers: worker })).json().items.length;
  t.equal((await open({ checkpoint: '2025-03-31', dueDate: '2025-04-14' })).statusCode, 200, 'again: a retry');
  t.equal((await app.inject({ url: `/audit?subjectType=operational_plan&subjectId=${planId}`, headers: worker })).json().items.length, audits, 'which changes nothing');
  t.same((await overview()).checkpoints, [
    { date: '2025-03-31', state: 'open' }, { date: '2025-06-30', state: 'upcoming' }, { date: '2025-09-30', state: 'upcoming' }, { date: '2025-12-31', state: 'upcoming' },
  ], 'the organisation\'s four checkpoints, the first one open');

  const outside = await put(await as.person(dgsp), 'OO-20.1', '2025-03-31', update);
  t.equal(outside.statusCode, 403, 'another entity\'s drafter records nothing for the Immigration Office');
  t.equal(outside.json().code, 'plan.outside_entity_scope');
  const dropped = await put(await as.person(oe), 'OO-20.1', '2025-03-31', { ...update, status: 'dropped' });
  t.equal(dropped.statusCode, 400, 'a dropped objective needs its reason');
  t.match(dropped.json().issues, [{ path: 'body.droppedReason' }]);
  const mismatch = await app.inject({ method: 'PUT', url: `/operational-plans/${planId}/objectives/OO-20.1/progress/2025-03-31`, headers: await as.person(oe), payload: { ...update, checkpoint: '2025-06-30' } });
  t.equal(mismatch.statusCode, 400);
  t.equal(mismatch.json().code, 'progress.checkpoint_mismatch');

  const recorded = await put(await as.person(oe), 'OO-20.1', '2025-03-31', update);
  t.equal(recorded.statusCode, 200, recorded.body);
  t.match(recorded.json(), { objectiveCode: 'OO-20.1', checkpoint: '2025-03-31', indicatorValue: '104 jours', status: 'at_risk', planVersion: 1, revision: 2 },
    'recorded with the frozen version in force and the next progress revision');
  const stale = await put(await as.person(oe), 'OO-20.1', '2025-03-31', { ...update, indicatorValue: '98 jours' });
  t.equal(stale.statusCode, 409, 'an update on an old revision is refused');
  t.match(stale.json(), { code: 'plan.stale_revision', currentRevision: 2 });
  const audit = (await app.inject({ url: `/audit?subjectType=operational_objective&subjectId=${planId}%23OO-20.1`, headers: worker })).json();
  t.match(audit.items.map((e: { action: string }) => e.action), ['objective.progress_recorded'], 'audited');

  t.same((await overview()).objectives.map((o: { code: string; missing: string[] }) => [o.code, o.missing]), [['OO-12.1', []], ['OO-20.1', []]], 'nothing missing before the due date');
  await open({ checkpoint: '2025-03-31', dueDate: '2025-04-14', overdue: true });
  const late = await overview();
  t.same(late.objectives.map((o: { code: string; missing: string[] }) => [o.code, o.missing]), [['OO-12.1', ['2025-03-31']], ['OO-20.1', []]], 'once overdue, the DGSP\'s silence shows');
  t.match(late.objectives[1], { updates: [{ status: 'at_risk', comment: 'Recrutements en cours.' }], progressRevision: 2, result: null });
  await open({ checkpoint: '2025-06-30', dueDate: '2025-07-14' });
  t.match((await overview()).checkpoints, [{ date: '2025-03-31', state: 'closed' }, { date: '2025-06-30', state: 'open' }], 'the next checkpoint closes the first');
});

t.test('a year-end result carries into next year\'s draft as previousResult, whether the draft carried the objective already or carries it later', async (t) => {
  const ctx = await plansApp(t);
  const { app } = ctx;
  const oe = await register(ctx, 'Jan Peeters', 'jan.peeters@ibz.example', [{ role: 'drafter', entityCode: 'OE' }]);
  const this_ = await planOfYear(ctx, 2025, [sampleObjective({ deadline: '2025-12-31' })]);
  const next = await planOfYear(ctx, 2026, []);
  const carry = async (planId: string, revision: number, fromPlanId: string) =>
    (await app.inject({ method: 'POST', url: `/operational-plans/${planId}/carry-over`, headers: worker, payload: { expectedRevision: revision, fromPlanId } })).json();
  t.match((await carry(next.planId, await next.revision(), this_.planId)).plan.objectives, [{ code: 'OO-20.1', previousResult: null }], 'next year\'s draft, started in the autumn, has no result yet');

  const result = { expectedRevision: 1, value: '88 jours', status: 'achieved', explanation: 'Délai médian sous l’objectif grâce à la nouvelle application.' };
  const url = `/operational-plans/${this_.planId}/objectives/OO-20.1/year-end-result`;
  const early = await app.inject({ method: 'PUT', url, headers: await as.person(oe), payload: result });
  t.equal(early.json().code, 'operational_plan.not_in_force', 'no year-end result before the plan is in force');
  await this_.transmit();
  const recorded = await app.inject({ method: 'PUT', url, headers: await as.person(oe), payload: result });
  t.equal(recorded.statusCode, 200, recorded.body);
  t.match(recorded.json(), { result: { value: '88 jours', status: 'achieved' }, progressRevision: 2 });
  const expected = '88 jours (atteint / bereikt). Délai médian sous l’objectif grâce à la nouvelle application.';
  const nextPlan = (await app.inject({ url: `/operational-plans/${next.planId}`, headers: worker })).json();
  t.match(nextPlan.objectives, [{ code: 'OO-20.1', previousResult: expected }], 'the draft that carried it already now has it');

  const later = await planOfYear(ctx, 2027, []);
  t.match((await carry(later.planId, await later.revision(), this_.planId)).plan.objectives, [{ code: 'OO-20.1', previousResult: expected }], 'a carry-over made afterwards takes it');
  t.match((await app.inject({ url: `/operational-plans/${this_.planId}/progress`, headers: worker })).json().objectives, [{ code: 'OO-20.1', result: { explanation: result.explanation } }]);
});
