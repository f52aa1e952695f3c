/**
 * How fast a click on a decision goes through: the real HTTP POST of the decision form → the portal
 * consumes the link in PostgreSQL → Temporal Update → the round workflow records it. 1, 10 and 50
 * concurrent deciders; in the same run the floor: a bare Temporal Update on a trivial workflow and a
 * bare PostgreSQL insert, each at the same concurrency. Three runs; medians in
 * bench/results/decision-path.json and a table.
 *
 * Processes as in production: the Temporal dev server (SQLite file), the portal and the worker each
 * in their own process; this script is only the load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { completeProbe, probeStatus, probeWorkflow } from '@jalon/workflows';
import pg from 'pg';
import { atRate, decisionLinks, formsOf, load, log, median, postDecision, repoRoot, startJalonStack, type Figures } from './bench-support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 200);
const LEVELS = [1, 10, 50];
/** the target's load: decisions arriving at 50 a second */
const RATE = Number(process.env.BENCH_RATE ?? 50);

async function main() {
  const stack = await startJalonStack(process.env.DATABASE_URL!);
  const { client, taskQueue, portalUrl } = stack;
  try {
    const db = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 60 });
    await db.query('create table if not exists bench_floor (id bigserial primary key, payload text not null, at timestamptz not null default now())');

    const results: Array<Record<string, unknown>> = [];
    for (let run = 1; run <= RUNS; run++) {
      for (const concurrency of [...LEVELS, -RATE]) {
        // A negative level is the open-loop run at RATE decisions a second.
        const run_ = <T>(count: number, call: (i: number) => Promise<T>) => (concurrency > 0
          ? load(count, concurrency, async (i) => { await call(i); })
          : atRate(count, -concurrency, async (i) => { await call(i); }));
        const tag = `r${run}c${Math.abs(concurrency)}${concurrency < 0 ? 'rate' : ''}-${Date.now().toString(36)}`;
        const links = await decisionLinks(stack, DECISIONS, tag);
        const forms = await formsOf(portalUrl, links);
        const jalon = await run_(forms.length, (i) => postDecision(portalUrl, forms[i]!));

        const probes = await Promise.all(Array.from({ length: DECISIONS }, (_, i) =>
          client.workflow.start(probeWorkflow, { taskQueue, workflowId: `probe-${tag}-${i}` })));
        // Each probe has run its first task before it is measured, as every round has before its first click.
        await Promise.all(probes.map((p) => p.query(probeStatus)));
        const update = await run_(probes.length, async (i) => { await probes[i]!.executeUpdate(completeProbe, { args: ['ok'] }); });
        const insert = await run_(DECISIONS, async (i) => { await db.query('insert into bench_floor (payload) values ($1)', [`${tag}-${i}`]); });
        results.push({ run, concurrency, jalon, bareUpdate: update, bareInsert: insert });
        log(`run ${run}, ${concurrency > 0 ? `${concurrency} concurrent` : `${-concurrency}/s open loop`}: decision p50 ${jalon.p50.toFixed(1)} ms p99 ${jalon.p99.toFixed(1)} ms, ${jalon.perSecond.toFixed(1)}/s; bare Update p50 ${update.p50.toFixed(1)} ms; bare insert p50 ${insert.p50.toFixed(2)} ms`);
      }
    }

    const summary = [...LEVELS, -RATE].map((concurrency) => {
      const of = (key: 'jalon' | 'bareUpdate' | 'bareInsert', f: keyof Figures) =>
        median(results.filter((r) => r.concurrency === concurrency).map((r) => (r[key] as Figures)[f]));
      return {
        concurrency,
        decision: { p50: of('jalon', 'p50'), p95: of('jalon', 'p95'), p99: of('jalon', 'p99'), perSecond: of('jalon', 'perSecond'), errors: of('jalon', 'errors') },
        bareUpdate: { p50: of('bareUpdate', 'p50'), p99: of('bareUpdate', 'p99') },
        bareInsert: { p50: of('bareInsert', 'p50'), p99: of('bareInsert', 'p99') },
        ratioToUpdateFloor: of('jalon', 'p50') / of('bareUpdate', 'p50'),
      };
    });
    const out = path.join(repoRoot, 'bench/results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'decision-path.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, decisionsPerLevel: DECISIONS, cpus: os.cpus().length, summary, results }, null, 2)}\n`);
    console.log('\nDecision path (medians of %d runs, %d decisions per level; ms)', RUNS, DECISIONS);
    console.log('      load | decision p50   p95   p99 | per s | bare Update p50 | bare insert p50 | p50 / Update floor');
    for (const s of summary) {
      console.log(`${(s.concurrency > 0 ? `${s.concurrency} conc.` : `${-s.concurrency}/s`).padStart(10)} | ${s.decision.p50.toFixed(1).padStart(12)} ${s.decision.p95.toFixed(1).padStart(5)} ${s.decision.p99.toFixed(1).padStart(5)} | ${s.decision.perSecond.toFixed(1).padStart(5)} | ${s.bareUpdate.p50.toFixed(1).padStart(15)} | ${s.bareInsert.p50.toFixed(2).padStart(15)} | ${s.ratioToUpdateFloor.toFixed(2).padStart(18)}`);
    }
    await db.end();
  } finally {
    await stack.stop();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
