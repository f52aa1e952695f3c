/**
 * How fast a click on a decision goes through: the real HTTP POST of the decision form → the portal
 * consumes the link in PostgreSQL → Temporal Update → the round workflow records it. 1, 10 and 50
 * concurrent deciders and an open loop at 50 a second; in the same run the floor: a bare Temporal
 * Update on a trivial workflow and a bare PostgreSQL insert, at the same load. Three runs on the
 * engine `npm run bench` chose (bench-record.ts), which puts the engines side by side.
 *
 * Processes as in production: Temporal (the dev server on its SQLite file, or the server on
 * PostgreSQL), the portal, the plans and notifications services and the worker each in their own
 * process; this script is only the load. The rounds review the signed reference plan of an
 * organisation made for the run: the decision page and its POST read its frozen version from the
 * plans service, and each decision is written to the decision record, as in production.
 */
import { levelsFrom } from '@jalon/infra';
import { PLANS_SCHEMA, type Database } from '@jalon/plans';
import { createDatabase } from '@jalon/service-kit';
import { completeProbe, probeStatus, probeWorkflow } from '@jalon/workflows';
import pg from 'pg';
import { createOrganisation } from './bench-organisations.js';
import { benchEngine, schedulerFigures, schedulerSnapshot, LoadWatch, writeEngineResult } from './bench-record.js';
import { atRate, decisionLinks, formsOf, load, log, postDecision, startJalonStack } from './bench-support.js';
import { CountingSmtp } from './counting-smtp.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 200);
const LEVELS = (process.env.BENCH_DECISION_LEVELS ?? '1,10,50').split(',').map(Number);
/** the target's load: decisions arriving at 50 a second (0: no open-loop run) */
const RATE = Number(process.env.BENCH_RATE ?? 50);

/**
 * Written after every run, so that a run that fails (on a loaded machine, a decision page may time
 * out) keeps the runs before it, said in the notes.
 */
function record(watch: LoadWatch, records: Array<{ level: string; figures: Record<string, number | null> }>, runs: number, failure?: string) {
  const file = writeEngineResult({
    benchmark: 'decision-path', engine: benchEngine(), measuredAt: new Date().toISOString(), runs, machine: watch.machine(),
    levels: levelsFrom(records),
    notes: [
      `${DECISIONS} decisions per level and run; CPU: each process's share of one core while the decisions ran (postgres includes Temporal's persistence on the server engine)`,
      ...(failure ? [`run ${runs + 1} of ${RUNS} failed (${failure}): the figures are those of the ${runs} runs before it`] : []),
    ],
  });
  log(`decision-path: ${file}`);
}

async function main() {
  const watch = new LoadWatch();
  // The notifications service needs a mail server; no decision sends an e-mail.
  const smtp = new CountingSmtp();
  const stack = await startJalonStack(process.env.DATABASE_URL!, { smtpUrl: await smtp.listen() });
  const { client, taskQueue, portalUrl } = stack;
  const records: Array<{ level: string; figures: Record<string, number | null> }> = [];
  try {
    // The rounds review a signed plan of an organisation of this run's own, and record their decisions against it.
    const plansDb = createDatabase<Database>(process.env.DATABASE_URL!, PLANS_SCHEMA, 2);
    const { plan } = await createOrganisation(stack, plansDb, `decisions-${Date.now().toString(36)}`);
    await plansDb.destroy();
    const db = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 60 });
    const recorded = async () => Number((await db.query<{ n: string }>(`select count(*) as n from ${PLANS_SCHEMA}.decisions where plan_id = $1`, [plan.id])).rows[0]!.n);
    await db.query('create table if not exists bench_floor (id bigserial primary key, payload text not null, at timestamptz not null default now())');

    for (let run = 1; run <= RUNS; run++) {
      const before = records.length;
      try {
        for (const concurrency of [...LEVELS, ...(RATE > 0 ? [-RATE] : [])]) {
          // A negative level is the open-loop run at RATE decisions a second.
          const run_ = <T>(count: number, call: (i: number) => Promise<T>) => (concurrency > 0
            ? load(count, concurrency, async (i) => { await call(i); })
            : atRate(count, -concurrency, async (i) => { await call(i); }));
          const tag = `r${run}c${Math.abs(concurrency)}${concurrency < 0 ? 'rate' : ''}-${Date.now().toString(36)}`;
          const links = await decisionLinks(stack, DECISIONS, tag, plan);
          const forms = await formsOf(portalUrl, links);
          const cpuBefore = schedulerSnapshot(stack.pids);
          const recordedBefore = await recorded();
          const t0 = performance.now();
          const jalon = await run_(forms.length, (i) => postDecision(portalUrl, forms[i]!));
          const cpu = schedulerFigures(cpuBefore, schedulerSnapshot(stack.pids), (performance.now() - t0) / 1000);
          // Each person is answered once their decision is in the record: the count shows it was written.
          const inRecord = await recorded() - recordedBefore;

          const probes = await Promise.all(Array.from({ length: DECISIONS }, (_, i) =>
            client.workflow.start(probeWorkflow, { taskQueue, workflowId: `probe-${tag}-${i}` })));
          // Each probe has run its first task before it is measured, as every round has before its first click.
          await Promise.all(probes.map((p) => p.query(probeStatus)));
          const update = await run_(probes.length, async (i) => { await probes[i]!.executeUpdate(completeProbe, { args: ['ok'] }); });
          const insert = await run_(DECISIONS, async (i) => { await db.query('insert into bench_floor (payload) values ($1)', [`${tag}-${i}`]); });
          records.push({
            level: concurrency > 0 ? `${concurrency} concurrent` : `${-concurrency}/s open loop`,
            figures: {
              'decision p50 (ms)': jalon.p50, 'decision p95 (ms)': jalon.p95, 'decision p99 (ms)': jalon.p99, 'decisions/s': jalon.perSecond, 'errors': jalon.errors, 'decisions in the record': inRecord,
              'bare Update p50 (ms)': update.p50, 'bare Update p99 (ms)': update.p99, 'bare insert p50 (ms)': insert.p50,
              ...cpu,
            },
          });
          log(`run ${run}, ${concurrency > 0 ? `${concurrency} concurrent` : `${-concurrency}/s open loop`}: decision p50 ${jalon.p50.toFixed(1)} ms p99 ${jalon.p99.toFixed(1)} ms, ${jalon.perSecond.toFixed(1)}/s; bare Update p50 ${update.p50.toFixed(1)} ms p99 ${update.p99.toFixed(1)} ms; bare insert p50 ${insert.p50.toFixed(2)} ms`);
        }
      } catch (error) {
        records.splice(before);
        record(watch, records, run - 1, error instanceof Error ? error.message : String(error));
        throw error;
      }
      record(watch, records, run);
    }
    await db.end();
  } finally {
    await stack.stop();
    await smtp.close();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
