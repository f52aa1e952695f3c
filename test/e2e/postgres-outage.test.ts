import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, startPostgresProcess, Supervisor } from '@jalon/infra';
import { createDatabase } from '@jalon/service-kit';
import t from 'tap';
import { buildPlansApp, loadReferenceIntoDatabase, migratePlans, PLANS_SCHEMA, type Database } from '@jalon/plans';
import { testAuth, worker } from '@jalon/plans/test-support/plans-app';

const OUTAGE_MS = Number(process.env.JALON_OUTAGE_MS ?? 30_000);

/**
 * PostgreSQL stops for 30 seconds under the plans service (its own server, so no other test is
 * touched): requests fail with a clear 503, nothing is half-written, and the service recovers on
 * its own when the database is back.
 */
t.test('PostgreSQL unavailable for 30 seconds: 503s that say so, nothing half-written, recovery without a restart', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-outage-'));
  chmodSync(dir, 0o755);
  const options = { dataDir: path.join(dir, 'postgres'), port: await freePort(), password: randomBytes(12).toString('hex') };
  let supervisor = new Supervisor();
  t.teardown(async () => {
    await supervisor.stopAll();
    rmSync(dir, { recursive: true, force: true });
  });
  const { url } = await startPostgresProcess(supervisor, options);
  const db = createDatabase<Database>(url, PLANS_SCHEMA, 5);
  await migratePlans(db);
  const { strategicPlanId } = await loadReferenceIntoDatabase(db);
  const app = await buildPlansApp({ db, logger: false, auth: await testAuth() });
  t.teardown(async () => { await app.close(); await db.destroy(); });

  const objectiveUrl = `/strategic-plans/${strategicPlanId}/objectives/3`;
  const before = (await app.inject({ url: objectiveUrl, headers: worker })).json();
  t.equal((await app.inject({ url: '/health' })).statusCode, 200);

  await supervisor.stopAll();
  const down = Date.now();
  const read = await app.inject({ url: objectiveUrl, headers: worker });
  t.equal(read.statusCode, 503, 'a read during the outage gets 503');
  t.match(read.json().message, /database is not reachable/i, 'saying the database is unreachable and nothing changed');
  const write = await app.inject({ method: 'PATCH', url: objectiveUrl, headers: worker, payload: { expectedRevision: before.revision, title: `${before.title} (révisé)` } });
  t.equal(write.statusCode, 503, 'a change during the outage gets 503');
  t.notMatch(write.body, /ECONNREFUSED|at \w+ \(|select|insert/i, 'with no driver message, SQL or stack');
  const health = await app.inject({ url: '/health' });
  t.equal(health.statusCode, 503, 'the health route says the service is down');
  t.match(health.body, /postgres/, 'and names PostgreSQL');

  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - down))));
  supervisor = new Supervisor();
  await startPostgresProcess(supervisor, options);

  let recovered = 0;
  for (let i = 0; i < 50 && recovered !== 200; i++) {
    recovered = (await app.inject({ url: objectiveUrl, headers: worker })).statusCode;
    if (recovered !== 200) await new Promise((r) => setTimeout(r, 200));
  }
  t.equal(recovered, 200, 'back without restarting the service');
  const after = (await app.inject({ url: objectiveUrl, headers: worker })).json();
  t.same([after.title, after.revision], [before.title, before.revision], 'the change refused during the outage left nothing behind');
  const retried = await app.inject({ method: 'PATCH', url: objectiveUrl, headers: worker, payload: { expectedRevision: before.revision, title: `${before.title} (révisé)` } });
  t.equal(retried.statusCode, 200, 'sent again, the same change goes through');
  const audit = (await app.inject({ url: `/audit?subjectType=strategic_objective&limit=50`, headers: worker })).json();
  t.equal(audit.items.filter((e: { action: string }) => e.action === 'objective.updated').length, 1, 'and is audited once');
});
