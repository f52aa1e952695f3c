import t from 'tap';
import { actor, as, plansApp, sampleObjective, sampleProject, worker } from '../test-support/plans-app.js';

type App = Awaited<ReturnType<typeof plansApp>>;

const countAudit = async (db: App['db']) =>
  (await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

async function createPlan({ app, planId, organisationCode }: App, year: number) {
  const res = await app.inject({ method: 'POST', url: `/organisations/${organisationCode}/operational-plans`, headers: worker, payload: { year, strategicPlanId: planId } });
  return res.json();
}

/** Registers a person through the organisation's administrator; their id. */
async function register({ app, organisationCode }: App, person: Record<string, unknown>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor, payload: person });
  if (res.statusCode !== 201) throw new Error(`could not register ${String(person.email)}: ${res.body}`);
  return (res.json() as { id: string }).id;
}

const objective = sampleObjective;

const project = sampleProject;

t.test('creating the plan of a year is idempotent and starts in drafting, awaiting the budget', async (t) => {
  const ctx = await plansApp(t);
  const { app, db, planId, organisationCode } = ctx;
  const url = `/organisations/${organisationCode}/operational-plans`;

  const first = await app.inject({ method: 'POST', url, headers: worker, payload: { year: 2025, strategicPlanId: planId } });
  t.equal(first.statusCode, 201);
  const plan = first.json();
  t.equal(plan.status, 'drafting');
  t.equal(plan.year, 2025);
  t.equal(plan.strategicPlanId, planId);
  t.equal(plan.revision, 1);
  t.equal(plan.budgetAdoptedOn, null);
  t.equal(plan.dueDate, null, 'no due date is invented before the budget is adopted');
  t.equal(plan.awaitingBudgetAdoption, true);
  t.same(plan.inForce, { from: '2025-01-01', to: '2025-12-31' });
  t.same(plan.objectives, []);
  t.same(plan.projects, []);

  const audits = await countAudit(db);
  const again = await app.inject({ method: 'POST', url, headers: worker, payload: { year: 2025, strategicPlanId: planId } });
  t.equal(again.statusCode, 200, 'the same year again returns the existing plan');
  t.equal(again.json().id, plan.id);
  const rows = await db.selectFrom('operational_plans').select('id').where('year', '=', 2025).execute();
  t.equal(rows.length, 1, 'no second row');
  t.equal(await countAudit(db), audits, 'nothing audited for the repeat');

  t.equal((await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json().id, plan.id);
  await createPlan(ctx, 2024);
  const list = (await app.inject({ url: `${url}?limit=1`, headers: worker })).json();
  t.equal(list.total, 2);
  t.equal(list.items.length, 1);
  t.equal(list.items[0].year, 2025, 'newest year first');
  t.equal((await app.inject({ url: `${url}?limit=1&offset=1`, headers: worker })).json().items[0].year, 2024);
});

t.test('creation names the strategic plan of the organisation; an unknown organisation is 404', async (t) => {
  const { app, db, organisationCode, planId } = await plansApp(t);
  const audits = await countAudit(db);
  const foreign = await app.inject({
    method: 'POST', url: `/organisations/${organisationCode}/operational-plans`, headers: worker,
    payload: { year: 2025, strategicPlanId: '7b0c3c5e-0000-4000-8000-000000000000' },
  });
  t.equal(foreign.statusCode, 400);
  t.equal(foreign.json().issues[0].path, 'body.strategicPlanId');
  t.match(foreign.json().message, /body\.strategicPlanId/);

  const badYear = await app.inject({ method: 'POST', url: `/organisations/${organisationCode}/operational-plans`, headers: worker, payload: { year: 'next', strategicPlanId: planId } });
  t.equal(badYear.statusCode, 400);
  t.match(badYear.json().message, /body\.year/);

  const unknown = await app.inject({ method: 'POST', url: '/organisations/spf-nowhere/operational-plans', headers: worker, payload: { year: 2025, strategicPlanId: planId } });
  t.equal(unknown.statusCode, 404);
  t.equal((await app.inject({ url: '/organisations/spf-nowhere/operational-plans', headers: worker })).statusCode, 404);

  t.equal((await db.selectFrom('operational_plans').select('id').execute()).length, 0, 'no plan was created');
  t.equal(await countAudit(db), audits, 'nothing was audited');
  t.equal((await app.inject({ url: '/operational-plans/7b0c3c5e-0000-4000-8000-000000000000', headers: worker })).statusCode, 404);
});

t.test('the due date is one calendar month after the budget is adopted, and follows corrections', async (t) => {
  const ctx = await plansApp(t);
  const { app } = ctx;
  const adopt = (id: string, expectedRevision: number, budgetAdoptedOn: string | null) =>
    app.inject({ method: 'PUT', url: `/operational-plans/${id}/budget-adoption`, headers: worker, payload: { expectedRevision, budgetAdoptedOn } });

  const cases: Array<[number, string, string]> = [
    [2025, '2024-12-21', '2025-01-21'],
    [2024, '2024-01-31', '2024-02-29'],
    [2026, '2025-01-31', '2025-02-28'],
  ];
  for (const [year, adopted, due] of cases) {
    const plan = await createPlan(ctx, year);
    const res = await adopt(plan.id, 1, adopted);
    t.equal(res.statusCode, 200);
    t.equal(res.json().budgetAdoptedOn, adopted);
    t.equal(res.json().dueDate, due, `adopted ${adopted} → due ${due}`);
    t.equal(res.json().awaitingBudgetAdoption, false);
    t.equal(res.json().revision, 2);
  }

  // Provisional twelfths: the adoption was recorded by mistake, then the real vote came later.
  const plan = await createPlan(ctx, 2027);
  t.equal((await adopt(plan.id, 1, '2026-12-18')).json().dueDate, '2027-01-18');
  const cleared = (await adopt(plan.id, 2, null)).json();
  t.equal(cleared.dueDate, null);
  t.equal(cleared.awaitingBudgetAdoption, true);
  const corrected = (await adopt(plan.id, 3, '2027-03-31')).json();
  t.equal(corrected.dueDate, '2027-04-30', 'the corrected date moves the due date');
  t.equal((await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json().dueDate, '2027-04-30', 'and it is stored');

  const audits = await countAudit(ctx.db);
  const stale = await adopt(plan.id, 2, '2027-02-01');
  t.equal(stale.statusCode, 409);
  t.equal(stale.json().currentRevision, 4);
  t.match(stale.json().message, /expectedRevision 4/);
  t.equal((await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json().budgetAdoptedOn, '2027-03-31', 'the stale change was not applied');
  t.equal(await countAudit(ctx.db), audits, 'nothing audited for the refused change');

  const bad = await adopt(plan.id, 4, '2027-02-30');
  t.equal(bad.statusCode, 400, 'a day that does not exist is refused');
  t.match(bad.json().message, /body\.budgetAdoptedOn/);

  const entries = (await app.inject({ url: `/audit?subjectType=operational_plan&subjectId=${plan.id}`, headers: worker })).json();
  t.equal(entries.items[0].action, 'operational_plan.budget_adoption_recorded');
  t.same(entries.items[0].before, { budgetAdoptedOn: null, dueDate: null, revision: 3 });
  t.same(entries.items[0].after, { budgetAdoptedOn: '2027-03-31', dueDate: '2027-04-30', revision: 4 });
});

t.test('SMART objectives: added and changed only in drafting, checked against the strategic plan', async (t) => {
  const ctx = await plansApp(t);
  const { app, db } = ctx;
  const plan = await createPlan(ctx, 2025);
  const url = `/operational-plans/${plan.id}/objectives`;

  const added = await app.inject({ method: 'POST', url, headers: worker, payload: { expectedRevision: 1, ...objective() } });
  t.equal(added.statusCode, 201);
  t.equal(added.json().revision, 2, 'the plan moved on');
  t.same(added.json().objectives, [{ ...objective(), revision: 1, result: null, previousResult: null, carriedFrom: null }]);

  const before = (await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json();
  const audits = await countAudit(db);
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['no such strategic objective', objective({ code: 'OO-99', strategicObjectiveNumber: 99 }), 'body.strategicObjectiveNumber'],
    ['unknown owner', objective({ code: 'OO-X', ownerEntityCode: 'DGXX' }), 'body.ownerEntityCode'],
    ['deadline after the year', objective({ code: 'OO-Y', deadline: '2026-01-15' }), 'body.deadline'],
    ['deadline before the year', objective({ code: 'OO-Z', deadline: '2024-12-31' }), 'body.deadline'],
    ['missing indicator', objective({ code: 'OO-I', indicator: '' }), 'body.indicator'],
  ];
  for (const [name, payload, path] of cases) {
    const res = await app.inject({ method: 'POST', url, headers: worker, payload: { expectedRevision: 2, ...payload } });
    t.equal(res.statusCode, 400, `${name}: 400`);
    t.equal(res.json().issues[0].path, path, `${name}: names ${path}`);
  }
  t.same((await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json(), before, 'the plan is unchanged');
  t.equal(await countAudit(db), audits, 'the audit log is unchanged');

  const duplicate = await app.inject({ method: 'POST', url, headers: worker, payload: { expectedRevision: 2, ...objective() } });
  t.equal(duplicate.statusCode, 409);
  t.match(duplicate.json().message, /already has an objective OO-20\.1/);
  t.equal(duplicate.json().currentRevision, 2);
  const stale = await app.inject({ method: 'POST', url, headers: worker, payload: { expectedRevision: 1, ...objective({ code: 'OO-21.1' }) } });
  t.equal(stale.statusCode, 409);
  t.equal(stale.json().currentRevision, 2);
  t.equal(await countAudit(db), audits, 'nothing audited for the conflicts');

  const patchUrl = `${url}/OO-20.1`;
  const patched = await app.inject({ method: 'PATCH', url: patchUrl, headers: worker, payload: { expectedRevision: 1, target: '75 jours au plus' } });
  t.equal(patched.statusCode, 200);
  t.equal(patched.json().target, '75 jours au plus');
  t.equal(patched.json().revision, 2);
  t.equal((await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json().revision, 3, 'the plan moved on too');

  const stalePatch = await app.inject({ method: 'PATCH', url: patchUrl, headers: worker, payload: { expectedRevision: 1, target: 'écrasé' } });
  t.equal(stalePatch.statusCode, 409);
  t.equal(stalePatch.json().currentRevision, 2);
  const badPatch = await app.inject({ method: 'PATCH', url: patchUrl, headers: worker, payload: { expectedRevision: 2, deadline: '2026-06-30' } });
  t.equal(badPatch.statusCode, 400);
  t.equal(badPatch.json().issues[0].path, 'body.deadline');
  const emptyPatch = await app.inject({ method: 'PATCH', url: patchUrl, headers: worker, payload: { expectedRevision: 2 } });
  t.equal(emptyPatch.statusCode, 400, 'a patch must change something');
  t.equal((await app.inject({ method: 'PATCH', url: `${url}/OO-404`, headers: worker, payload: { expectedRevision: 1, target: 'x' } })).statusCode, 404);

  const entries = (await app.inject({ url: `/audit?subjectType=operational_objective&subjectId=${plan.id}%23OO-20.1`, headers: worker })).json();
  t.same(entries.items.map((e: { action: string }) => e.action), ['objective.updated', 'objective.added']);
  t.equal(entries.items[0].before.target, '90 jours au plus');

  await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/status`, headers: worker, payload: { expectedRevision: 3, status: 'in_committee' } });
  const frozen = await app.inject({ method: 'POST', url, headers: worker, payload: { expectedRevision: 4, ...objective({ code: 'OO-21.1' }) } });
  t.equal(frozen.statusCode, 409, 'no objective is added outside drafting');
  t.match(frozen.json().message, /only while it is in drafting/);
  t.match(frozen.json().message, /send the plan back to drafting/);
  const frozenPatch = await app.inject({ method: 'PATCH', url: patchUrl, headers: worker, payload: { expectedRevision: 2, target: 'x' } });
  t.equal(frozenPatch.statusCode, 409);
  t.equal(frozenPatch.json().currentRevision, 2);
});

t.test('projects are added and withdrawn at the request of either party, with their history', async (t) => {
  const ctx = await plansApp(t);
  const { app, db } = ctx;
  const plan = await createPlan(ctx, 2025);

  // The cell asks through the portal; the President's office withdraws. Each is named in the history.
  const sofie = await register(ctx, { name: 'Sofie Maes', email: 'sofie.maes@ibz.example', language: 'nl', roles: [{ role: 'state_secretary_cell', authorityCode: 'state-secretary-asylum-migration' }] });
  const laura = await register(ctx, { name: 'Laura Szabo', email: 'laura.szabo@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] });
  const added = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/projects`, headers: await as.person(sofie), payload: project });
  t.equal(added.statusCode, 201);
  const p = added.json();
  t.equal(p.status, 'active');
  t.equal(p.history.length, 1);
  t.match(p.history[0], { action: 'add', requestedByParty: 'state_secretary_cell', requestedBy: sofie, requestedOn: '2025-02-10' });

  const withdrawUrl = `/operational-plans/${plan.id}/projects/${p.id}/withdraw`;
  const withdrawal = { requestedByParty: 'spf', reason: 'Budget insuffisant après l’ajustement', requestedOn: '2025-06-02' };
  const withdrawn = await app.inject({ method: 'POST', url: withdrawUrl, headers: await as.person(laura), payload: withdrawal });
  t.equal(withdrawn.statusCode, 200);
  t.equal(withdrawn.json().status, 'withdrawn');
  t.same(withdrawn.json().history.map((h: { action: string }) => h.action), ['add', 'withdraw']);
  t.match(withdrawn.json().history[1], { requestedByParty: 'spf', requestedBy: laura, reason: withdrawal.reason });

  const audits = await countAudit(db);
  const twice = await app.inject({ method: 'POST', url: withdrawUrl, headers: worker, payload: withdrawal });
  t.equal(twice.statusCode, 409);
  t.match(twice.json().message, /already withdrawn/);
  t.equal(await countAudit(db), audits);

  const unknownOwner = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/projects`, headers: worker, payload: { ...project, ownerEntityCode: 'DGXX' } });
  t.equal(unknownOwner.statusCode, 400);
  t.equal(unknownOwner.json().issues[0].path, 'body.ownerEntityCode');
  const badParty = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/projects`, headers: worker, payload: { ...project, requestedByParty: 'union' } });
  t.equal(badParty.statusCode, 400);
  t.match(badParty.json().message, /body\.requestedByParty/);

  const whole = (await app.inject({ url: `/operational-plans/${plan.id}`, headers: worker })).json();
  t.equal(whole.projects.length, 1, 'a withdrawn project stays in the plan');
  t.equal(whole.projects[0].history.length, 2);
  t.equal(whole.revision, 3, 'each change moved the plan on');
  t.equal((await db.selectFrom('project_changes').select('id').execute()).length, 2, 'the refused requests left no trace');
});

t.test('the plan moves through its statuses; transmission names a frozen version; projects stay open until closed', async (t) => {
  const ctx = await plansApp(t);
  const { app } = ctx;
  const plan = await createPlan(ctx, 2025);
  const status = (expectedRevision: number, body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/status`, headers: worker, payload: { expectedRevision, ...body } });

  const skip = await status(1, { status: 'transmitted', version: 1 });
  t.equal(skip.statusCode, 409);
  t.match(skip.json().message, /can become: in_committee/);
  t.equal(skip.json().currentRevision, 1);

  t.equal((await status(1, { status: 'in_committee' })).statusCode, 200);
  t.equal((await status(2, { status: 'drafting' })).statusCode, 200, 'the committee can send it back');
  t.equal((await status(3, { status: 'in_committee' })).statusCode, 200);
  t.equal((await status(4, { status: 'under_review' })).statusCode, 200);
  t.equal((await status(4, { status: 'validated' })).statusCode, 409, 'stale');
  const validated = await status(5, { status: 'validated' });
  t.equal(validated.json().status, 'validated');
  t.match((await status(6, { status: 'drafting' })).json().message, /can become: transmitted/);

  const late = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/projects`, headers: worker, payload: { ...project, requestedByParty: 'minister_cell' } });
  t.equal(late.statusCode, 201, 'a validated plan still takes projects');

  const noVersion = await status(7, { status: 'transmitted' });
  t.equal(noVersion.statusCode, 400);
  t.equal(noVersion.json().issues[0].path, 'body.version');
  const missing = await status(7, { status: 'transmitted', version: 1 });
  t.equal(missing.statusCode, 400, 'the version must exist');
  t.match(missing.json().message, /freeze the version first/);

  const version = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/versions`, headers: worker });
  t.equal(version.statusCode, 201);
  const transmitted = await status(7, { status: 'transmitted', version: version.json().number });
  t.equal(transmitted.statusCode, 200);
  t.equal(transmitted.json().status, 'transmitted');
  t.equal(transmitted.json().transmittedVersion, 1);
  t.ok(transmitted.json().transmittedAt, 'the moment of transmission is recorded');

  t.equal((await status(8, { status: 'closed' })).statusCode, 200);
  const closed = await app.inject({ method: 'POST', url: `/operational-plans/${plan.id}/projects`, headers: worker, payload: project });
  t.equal(closed.statusCode, 409);
  t.match(closed.json().message, /closed/);
  t.match((await status(9, { status: 'drafting' })).json().message, /can become: none/);
});
