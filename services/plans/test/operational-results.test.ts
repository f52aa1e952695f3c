import { randomUUID } from 'node:crypto';
import t from 'tap';
import { plansApp, sampleObjective, sampleProject, worker } from '../test-support/plans-app.js';

type App = Awaited<ReturnType<typeof plansApp>>;

const countAudit = async (db: App['db']) =>
  (await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

async function createPlan({ app, planId, organisationCode }: App, year: number, strategicPlanId = planId, org = organisationCode) {
  const res = await app.inject({ method: 'POST', url: `/organisations/${org}/operational-plans`, headers: worker, payload: { year, strategicPlanId } });
  if (res.statusCode !== 201) throw new Error(`could not create the plan ${year}: ${res.body}`);
  return res.json();
}

const getPlan = async ({ app }: App, id: string) => (await app.inject({ url: `/operational-plans/${id}`, headers: worker })).json();

const objective = (overrides: Record<string, unknown> = {}) => sampleObjective({ deadline: '2024-02-29', ...overrides });

async function addObjectives(ctx: App, planId: string, objectives: Array<Record<string, unknown>>) {
  for (const o of objectives) {
    const { revision } = await getPlan(ctx, planId);
    const res = await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/objectives`, headers: worker, payload: { expectedRevision: revision, ...o } });
    if (res.statusCode !== 201) throw new Error(`could not add ${String(o.code)}: ${res.body}`);
  }
}

/** Committee, validation, a frozen version, transmission: the way a plan comes into force. */
async function transmit(ctx: App, planId: string) {
  const status = async (body: Record<string, unknown>) => {
    const { revision } = await getPlan(ctx, planId);
    const res = await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/status`, headers: worker, payload: { expectedRevision: revision, ...body } });
    if (res.statusCode !== 200) throw new Error(`could not move the plan to ${String(body.status)}: ${res.body}`);
    return res.json();
  };
  await status({ status: 'in_committee' });
  await status({ status: 'validated' });
  const version = await ctx.app.inject({ method: 'POST', url: `/operational-plans/${planId}/versions`, headers: worker });
  if (version.statusCode !== 201) throw new Error(`could not freeze a version: ${version.body}`);
  await status({ status: 'transmitted', version: version.json().number });
  return { version: version.json(), status };
}

const project = sampleProject;

t.test('a project added with an id is added once: the same request again returns it, other content under the id is refused', async (t) => {
  const ctx = await plansApp(t);
  const { app, db } = ctx;
  const plan = await createPlan(ctx, 2025);
  const url = `/operational-plans/${plan.id}/projects`;
  const id = randomUUID();
  const projectRows = async () => (await db.selectFrom('projects').select('id').execute()).length;
  const changeRows = async () => (await db.selectFrom('project_changes').select('id').execute()).length;

  const first = await app.inject({ method: 'POST', url, headers: worker, payload: { ...project, id } });
  t.equal(first.statusCode, 201);
  t.equal(first.json().id, id, 'the project takes the id the caller chose');
  t.equal(first.json().history.length, 1);
  const revision = (await getPlan(ctx, plan.id)).revision;
  t.equal(revision, 2, 'adding it moved the plan on');
  const audits = await countAudit(db);

  // The activity's answer was lost; Temporal runs it again.
  const retry = await app.inject({ method: 'POST', url, headers: worker, payload: { ...project, id } });
  t.equal(retry.statusCode, 200, 'the retry returns the project already added');
  t.same(retry.json(), first.json(), 'exactly the project of the first call');
  t.equal(await projectRows(), 1, 'one project');
  t.equal(await changeRows(), 1, 'one history line');
  t.equal(await countAudit(db), audits, 'no second audit row');
  t.equal((await getPlan(ctx, plan.id)).revision, revision, 'the plan did not move on');
  const added = (await app.inject({ url: `/audit?subjectType=project&subjectId=${id}`, headers: worker })).json();
  t.same(added.items.map((e: { action: string }) => e.action), ['project.added']);

  const other = await app.inject({ method: 'POST', url, headers: worker, payload: { ...project, id, reason: 'Accord de gouvernement' } });
  t.equal(other.statusCode, 409, 'other content under the same id is a conflict');
  t.match(other.json().message, new RegExp(`id ${id} is already taken`));
  t.match(other.json().message, /reason differ/);
  t.equal(other.json().currentRevision, revision);
  const otherTitle = await app.inject({ method: 'POST', url, headers: worker, payload: { ...project, id, title: 'Autre projet' } });
  t.equal(otherTitle.statusCode, 409);
  t.match(otherTitle.json().message, /title differ/);

  const nextYear = await createPlan(ctx, 2026);
  const elsewhere = await app.inject({ method: 'POST', url: `/operational-plans/${nextYear.id}/projects`, headers: worker, payload: { ...project, id } });
  t.equal(elsewhere.statusCode, 409, 'the id is taken in another plan too');
  t.match(elsewhere.json().message, /another operational plan/);
  t.equal(elsewhere.json().currentRevision, 1);

  t.equal(await projectRows(), 1, 'the refused requests added no project');
  t.equal(await changeRows(), 1, 'and no history line');
  t.equal(await countAudit(db), audits + 1, 'only the creation of the 2026 plan was audited');
  t.equal((await getPlan(ctx, plan.id)).revision, revision);

  const badId = await app.inject({ method: 'POST', url, headers: worker, payload: { ...project, id: 'projet-1' } });
  t.equal(badId.statusCode, 400);
  t.equal(badId.json().issues[0].path, 'body.id');

  // Without an id nothing changed: each call adds a project.
  const a = await app.inject({ method: 'POST', url, headers: worker, payload: project });
  const b = await app.inject({ method: 'POST', url, headers: worker, payload: project });
  t.equal(a.statusCode, 201);
  t.equal(b.statusCode, 201);
  t.not(a.json().id, b.json().id);
  t.equal(await projectRows(), 3);

  // A retry that arrives after the project was withdrawn still does not add it again.
  const withdrawn = await app.inject({
    method: 'POST', url: `${url}/${id}/withdraw`, headers: worker, payload: { requestedByParty: 'spf', reason: 'Budget insuffisant', requestedOn: '2025-06-02' },
  });
  t.equal(withdrawn.statusCode, 200);
  const late = await app.inject({ method: 'POST', url, headers: worker, payload: { ...project, id } });
  t.equal(late.statusCode, 200);
  t.equal(late.json().status, 'withdrawn');
  t.same(late.json().history.map((h: { action: string }) => h.action), ['add', 'withdraw']);
});

t.test('a result is recorded once the plan is in force, and a transmitted version keeps its hash', async (t) => {
  const ctx = await plansApp(t);
  const { app, db } = ctx;
  const plan = await createPlan(ctx, 2025);
  await addObjectives(ctx, plan.id, [objective({ deadline: '2025-12-31' })]);
  const url = `/operational-plans/${plan.id}/objectives/OO-20.1/result`;
  const put = (expectedRevision: number, result: unknown) => app.inject({ method: 'PUT', url, headers: worker, payload: { expectedRevision, result } });

  const audits = await countAudit(db);
  const drafting = await put(1, 'Délai médian ramené à 84 jours');
  t.equal(drafting.statusCode, 409, 'no result while the plan is drafted');
  t.match(drafting.json().message, /is drafting; results are recorded once the plan is in force/);
  t.equal(drafting.json().currentRevision, 1);
  t.equal((await getPlan(ctx, plan.id)).objectives[0].result, null);
  t.equal(await countAudit(db), audits, 'nothing audited');

  const { version, status } = await transmit(ctx, plan.id);
  const transmitted = await getPlan(ctx, plan.id);
  t.equal(transmitted.status, 'transmitted');

  const stale = await put(2, 'Délai médian ramené à 84 jours');
  t.equal(stale.statusCode, 409);
  t.equal(stale.json().currentRevision, 1);
  const empty = await put(1, '   ');
  t.equal(empty.statusCode, 400);
  t.equal(empty.json().issues[0].path, 'body.result');
  const long = await put(1, 'x'.repeat(4001));
  t.equal(long.statusCode, 400);
  t.match(long.json().message, /body\.result/);
  t.equal((await app.inject({ method: 'PUT', url: `/operational-plans/${plan.id}/objectives/OO-404/result`, headers: worker, payload: { expectedRevision: 1, result: 'x' } })).statusCode, 404);

  const recorded = await put(1, '  Délai médian ramené à 84 jours  ');
  t.equal(recorded.statusCode, 200);
  t.equal(recorded.json().result, 'Délai médian ramené à 84 jours', 'trimmed');
  t.equal(recorded.json().revision, 2, 'the objective moved on');
  const after = await getPlan(ctx, plan.id);
  t.equal(after.objectives[0].result, 'Délai médian ramené à 84 jours', 'the plan shows it');
  t.equal(after.status, 'transmitted', 'the plan stays transmitted');
  t.equal(after.transmittedVersion, version.number);
  t.equal(after.revision, transmitted.revision + 1);

  const refreeze = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/versions`, headers: worker });
  t.equal(refreeze.statusCode, 200, 'a result is not a change of content: no new version');
  t.equal(refreeze.json().number, version.number);
  t.equal(refreeze.json().sha256, version.sha256, 'the transmitted version keeps its hash');
  const stored = (await app.inject({ url: `/operational-plans/${plan.id}/versions/${version.number}`, headers: worker })).json();
  t.notOk('result' in stored.snapshot.objectives[0], 'the snapshot holds no result');

  const entries = (await app.inject({ url: `/audit?subjectType=operational_objective&subjectId=${plan.id}%23OO-20.1`, headers: worker })).json();
  t.equal(entries.items[0].action, 'objective.result_recorded');
  t.same(entries.items[0].before, { result: null, revision: 1 });
  t.same(entries.items[0].after, { result: 'Délai médian ramené à 84 jours', revision: 2 });

  const auditsNow = await countAudit(db);
  const same = await put(2, 'Délai médian ramené à 84 jours');
  t.equal(same.statusCode, 200);
  t.equal(same.json().revision, 2, 'the same result again changes nothing');
  t.equal(await countAudit(db), auditsNow);

  await status({ status: 'closed' });
  const closed = await put(2, 'Délai médian ramené à 81 jours au 31 décembre');
  t.equal(closed.statusCode, 200, 'the year\'s result is recorded after it closed');
  t.equal(closed.json().revision, 3);
  const cleared = await put(3, null);
  t.equal(cleared.statusCode, 200);
  t.equal(cleared.json().result, null, 'a wrong result can be cleared');
  t.equal((await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/versions`, headers: worker })).json().sha256, version.sha256);
});

/** The next legislature's strategic plan, which has objectives 5 and 20 but no 21. */
async function nextStrategicPlan({ db, organisationCode }: App) {
  const { id } = await db.insertInto('strategic_plans').values({
    organisation_code: organisationCode, code: 'PS-2028-2032', period_from: 2028, period_to: 2032,
    title_fr: 'Plan stratégique 2028-2032', title_nl: 'Strategisch plan 2028-2032', status: 'signed',
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('strategic_objectives').values([5, 20].map((number) => ({
    plan_id: id, number, title: `Objectif ${number}`, text: `Texte ${number}`, category: number > 11 ? 'core_mission' : 'governance',
    domain: number > 11 ? 'foreigners' : null, owner_entity_codes: ['OE'],
  }))).execute();
  return id;
}

t.test('carry-over starts next year\'s draft from the objectives and results of an earlier year', async (t) => {
  const ctx = await plansApp(t);
  const { app, db } = ctx;
  const source = await createPlan(ctx, 2024);
  await addObjectives(ctx, source.id, [
    objective(),
    objective({ code: 'OO-21.1', strategicObjectiveNumber: 21, statement: 'Augmenter les retours volontaires', deadline: '2024-12-31' }),
    objective({ code: 'OO-5.1', strategicObjectiveNumber: 5, statement: 'Déployer le télétravail structurel', deadline: '2024-06-30' }),
  ]);
  await transmit(ctx, source.id);
  const sourceObjective = (await getPlan(ctx, source.id)).objectives.find((o: { code: string }) => o.code === 'OO-20.1');
  const recorded = await app.inject({
    method: 'PUT', url: `/operational-plans/${source.id}/objectives/OO-20.1/result`, headers: worker,
    payload: { expectedRevision: sourceObjective.revision, result: 'Délai médian ramené à 84 jours' },
  });
  t.equal(recorded.statusCode, 200);

  const target = await createPlan(ctx, 2025);
  // The draft already has its own OO-21.1: carry-over leaves it as it is.
  await addObjectives(ctx, target.id, [objective({ code: 'OO-21.1', strategicObjectiveNumber: 21, statement: 'Objectif propre à 2025', deadline: '2025-09-30' })]);
  const url = `/operational-plans/${target.id}/carry-over`;
  const carry = (expectedRevision: number, fromPlanId: string, planUrl = url) =>
    app.inject({ method: 'POST', url: planUrl, headers: worker, payload: { expectedRevision, fromPlanId } });

  // Refused requests write nothing.
  const before = await getPlan(ctx, target.id);
  t.equal(before.revision, 2);
  const audits = await countAudit(db);
  const stale = await carry(1, source.id);
  t.equal(stale.statusCode, 409, 'a stale revision is refused');
  t.equal(stale.json().currentRevision, 2);
  t.match(stale.json().message, /expectedRevision 2/);

  const later = await createPlan(ctx, 2026);
  await db.insertInto('organisations').values({ code: 'spf-finances', name_fr: 'SPF Finances', name_nl: 'FOD Financiën', short_name: 'Finances' }).execute();
  const { id: financesStrategic } = await db.insertInto('strategic_plans').values({
    organisation_code: 'spf-finances', code: 'PS-2022-2024', period_from: 2022, period_to: 2024,
    title_fr: 'Plan stratégique', title_nl: 'Strategisch plan', status: 'signed',
  }).returning('id').executeTakeFirstOrThrow();
  const foreign = await createPlan(ctx, 2024, financesStrategic, 'spf-finances');
  const auditsBeforeRefusals = await countAudit(db);
  const cases: Array<[string, string, RegExp]> = [
    ['a later year', later.id, /plan of 2026; carry over from the plan of an earlier year than 2025/],
    ['the same plan', target.id, /plan of 2025; carry over from the plan of an earlier year/],
    ['another organisation', foreign.id, /is a plan of spf-finances; carry over from a plan of spf-interieur/],
    ['no such plan', '7b0c3c5e-0000-4000-8000-000000000000', /is not an operational plan/],
    ['not an id', 'plan-2024', /body\.fromPlanId/],
  ];
  for (const [name, fromPlanId, message] of cases) {
    const res = await carry(2, fromPlanId);
    t.equal(res.statusCode, 400, `${name}: 400`);
    t.equal(res.json().issues[0].path, 'body.fromPlanId', `${name}: names body.fromPlanId`);
    t.match(res.json().message, message, `${name}: says what is wrong`);
  }
  t.same(await getPlan(ctx, target.id), before, 'the draft is unchanged');
  t.equal(await countAudit(db), auditsBeforeRefusals, 'nothing audited for the refusals');
  t.equal(auditsBeforeRefusals, audits + 2, 'only the two plans created meanwhile were audited: the stale request wrote nothing');

  const first = await carry(2, source.id);
  t.equal(first.statusCode, 200);
  const body = first.json();
  t.same(body.copied, ['OO-20.1', 'OO-5.1'], 'the objectives the draft did not have');
  t.same(body.skipped, []);
  t.equal(body.plan.revision, 3, 'the draft moved on once');
  t.equal(body.plan.status, 'drafting');
  const byCode = Object.fromEntries(body.plan.objectives.map((o: { code: string }) => [o.code, o]));
  t.same(Object.keys(byCode).sort(), ['OO-20.1', 'OO-21.1', 'OO-5.1']);
  t.same(byCode['OO-20.1'], {
    ...objective({ deadline: '2025-02-28' }), revision: 1, result: null,
    previousResult: 'Délai médian ramené à 84 jours', carriedFrom: { year: 2024, code: 'OO-20.1' },
  }, '29 February 2024 becomes 28 February 2025; the result of 2024 comes along');
  t.equal(byCode['OO-5.1'].deadline, '2025-06-30');
  t.equal(byCode['OO-5.1'].previousResult, null, 'no result was recorded for it');
  t.same(byCode['OO-5.1'].carriedFrom, { year: 2024, code: 'OO-5.1' });
  t.equal(byCode['OO-21.1'].statement, 'Objectif propre à 2025', 'the draft\'s own objective is left alone');
  t.equal(byCode['OO-21.1'].carriedFrom, null);
  t.same(await getPlan(ctx, target.id), body.plan, 'what was answered is what is stored');

  const entries = (await app.inject({ url: `/audit?subjectType=operational_plan&subjectId=${target.id}`, headers: worker })).json();
  t.equal(entries.items[0].action, 'operational_plan.carried_over');
  t.match(entries.items[0].after, { fromPlanId: source.id, fromYear: 2024, copied: ['OO-20.1', 'OO-5.1'], skipped: [], revision: 3 });
  t.same(entries.items[0].before, { revision: 2 });

  const auditsAfter = await countAudit(db);
  const again = await carry(3, source.id);
  t.equal(again.statusCode, 200);
  t.same(again.json().copied, [], 'the second run copies nothing');
  t.same(again.json().skipped, []);
  t.equal(again.json().plan.revision, 3, 'and leaves the revision alone');
  t.equal(again.json().plan.objectives.length, 3);
  t.equal(await countAudit(db), auditsAfter, 'nothing audited');

  // The source is unchanged by being copied from.
  t.equal((await getPlan(ctx, source.id)).objectives.length, 3);

  // A draft that has gone to the committee takes no carry-over.
  const committee = await app.inject({ method: 'POST', url: `/operational-plans/${target.id}/status`, headers: worker, payload: { expectedRevision: 3, status: 'in_committee' } });
  t.equal(committee.statusCode, 200);
  const notDrafting = await carry(4, later.id);
  t.equal(notDrafting.statusCode, 409);
  t.match(notDrafting.json().message, /only while it is in drafting/);
});

t.test('carry-over into a plan of another strategic plan skips objectives whose link is gone, and keeps 29 February in a leap year', async (t) => {
  const ctx = await plansApp(t);
  const { app } = ctx;
  const source = await createPlan(ctx, 2024);
  await addObjectives(ctx, source.id, [
    objective(),
    objective({ code: 'OO-21.1', strategicObjectiveNumber: 21, statement: 'Augmenter les retours volontaires', deadline: '2024-12-31' }),
    objective({ code: 'OO-5.1', strategicObjectiveNumber: 5, statement: 'Déployer le télétravail structurel', deadline: '2024-06-30' }),
  ]);
  const target = await createPlan(ctx, 2028, await nextStrategicPlan(ctx));
  const carry = (expectedRevision: number) =>
    app.inject({ method: 'POST', url: `/operational-plans/${target.id}/carry-over`, headers: worker, payload: { expectedRevision, fromPlanId: source.id } });

  const res = await carry(1);
  t.equal(res.statusCode, 200);
  t.same(res.json().copied, ['OO-20.1', 'OO-5.1']);
  t.equal(res.json().skipped.length, 1);
  t.equal(res.json().skipped[0].code, 'OO-21.1', 'objective 21 is not in the new strategic plan');
  t.match(res.json().skipped[0].reason, /has no objective 21/);
  const deadlines = Object.fromEntries(res.json().plan.objectives.map((o: { code: string; deadline: string }) => [o.code, o.deadline]));
  t.same(deadlines, { 'OO-20.1': '2028-02-29', 'OO-5.1': '2028-06-30' }, '2028 is a leap year: 29 February stays');
  t.equal(res.json().plan.revision, 2);

  const again = await carry(2);
  t.same(again.json().copied, []);
  t.same(again.json().skipped.map((s: { code: string }) => s.code), ['OO-21.1'], 'still reported, still not copied');
  t.equal(again.json().plan.revision, 2);
});
