import t from 'tap';
import { loadReferenceIntoDatabase } from '../src/reference/load-into-database.js';
import { plansApp, worker } from '../test-support/plans-app.js';
import { runsTypeScript } from '@jalon/infra';

t.test('loading the reference plan twice gives the same rows', async (t) => {
  const { app, db, planId } = await plansApp(t);
  const again = await loadReferenceIntoDatabase(db);
  t.equal(again.strategicPlanId, planId, 'the same plan');
  t.ok(Object.values(again.inserted).every((n) => n === 0), 'the second load writes nothing');

  const count = async (table: 'priorities' | 'strategic_objectives' | 'ambitions' | 'risk_domains' | 'entities' | 'strategic_plans') =>
    (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  t.equal(await count('strategic_plans'), 1);
  t.equal(await count('priorities'), 5, 'exactly 5 priorities');
  t.equal(await count('strategic_objectives'), 22, 'exactly 22 strategic objectives');
  t.equal(await count('risk_domains'), 12, 'exactly 12 risk domains');
  t.ok(await count('ambitions') > 0);

  const res = await app.inject({ url: `/strategic-plans/${planId}`, headers: worker });
  t.equal(res.statusCode, 200);
  const plan = res.json();
  t.same(plan.objectives.map((o: { number: number }) => o.number), Array.from({ length: 22 }, (_, i) => i + 1));
  for (const o of plan.objectives) {
    t.ok(o.title.length > 0 && o.ownerEntityCodes.length > 0, `objective ${o.number} has its French title and owners`);
  }
  t.equal(plan.objectives[19].domain, 'foreigners', 'objective 20 is in the domain of foreigners');
  t.equal(plan.objectives[21].title, 'Lutter\u00a0contre\u00a0les\u00a0abus\u00a0de\u00a0procédures\u00a0de\u00a0migration\u00a0et\u00a0d’asile', 'objective 22 keeps its French title, no-break spaces as in the source');
  t.same(plan.objectives[19].ownerEntityCodes, ['OE'], 'objective 20 is owned by the Immigration Office');
});

t.test('objectives 20–22, and no others, are in the State Secretary\'s competence', async (t) => {
  const { app, planId } = await plansApp(t);
  const plan = (await app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json();
  const reviewed = plan.objectives.filter((o: { reviewedBy: string[] }) => o.reviewedBy.includes('state-secretary-asylum-migration')).map((o: { number: number }) => o.number);
  t.same(reviewed, [20, 21, 22]);
  const scope = (await app.inject({ url: `/strategic-plans/${planId}/authorities/state-secretary-asylum-migration/scope`, headers: worker })).json();
  t.same(scope.map((o: { number: number }) => o.number), [20, 21, 22]);
  const authorities = (await app.inject({ url: '/organisations/spf-interieur/authorities', headers: worker })).json();
  const secretary = authorities.find((a: { code: string }) => a.code === 'state-secretary-asylum-migration');
  t.same(secretary.scope.budgetEnvelopes, [2], 'envelope 2 (asylum and migration)');
  t.equal(secretary.signs, false, 'the State Secretary reviews, the Minister signs');
  t.equal(authorities.find((a: { kind: string }) => a.kind === 'minister').signs, true);
});

t.test('every ambition\'s owner tag resolves to an entity of the organisation', async (t) => {
  const { app, planId } = await plansApp(t);
  const entities = new Set((await app.inject({ url: '/organisations/spf-interieur/entities', headers: worker })).json().map((e: { code: string }) => e.code));
  const plan = (await app.inject({ url: `/strategic-plans/${planId}`, headers: worker })).json();
  const unresolved: string[] = [];
  let ambitions = 0;
  for (const o of plan.objectives) {
    for (const a of o.ambitions) {
      ambitions += 1;
      for (const code of a.ownerEntityCodes) if (code !== 'ALL' && !entities.has(code)) unresolved.push(`${o.number}.${a.position}: ${code}`);
      t.equal(a.ownerTags.length > 0, true);
    }
  }
  t.ok(ambitions > 50, `${ambitions} ambitions checked`);
  t.same(unresolved, [], 'no unresolved owner');
});

t.test('the load-reference command loads once, then says nothing changed', async (t) => {
  const { spawnSync } = await import('node:child_process');
  const { repoRoot } = await import('@jalon/infra');
  const { testDatabase } = await import('@jalon/testkit');
  const url = await testDatabase(t);
  const run = () => spawnSync(process.execPath, [...runsTypeScript, 'services/plans/src/cli/load-reference.ts'], {
    cwd: repoRoot, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', timeout: 60_000,
  });
  const first = run();
  t.equal(first.status, 0, first.stderr);
  t.match(first.stdout, /loaded .*22 objectives/);
  const second = run();
  t.equal(second.status, 0, second.stderr);
  t.match(second.stdout, /already loaded, nothing changed/);
});
