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
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startTemporalDevServer, Supervisor, ensureTemporalBinary, waitForHttp } from '@jalon/infra';
import { approvalRound, completeProbe, probeStatus, probeWorkflow, type ApprovalRoundInput } from '@jalon/workflows';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 200);
const LEVELS = [1, 10, 50];
/** the target's load: decisions arriving at 50 a second */
const RATE = Number(process.env.BENCH_RATE ?? 50);
const MEMBERS_PER_ROUND = 10;
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const log = (line: string) => process.stderr.write(`${line}\n`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
interface Figures { p50: number; p95: number; p99: number; perSecond: number; errors: number }

/** Open loop: one call every 1/rate s whatever the answers, as people clicking independently do. */
async function atRate(count: number, perSecond: number, call: (i: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const calls: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    calls.push(call(i).then(() => { latencies.push(performance.now() - t0); }, () => { errors += 1; }));
  }
  await Promise.all(calls);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), perSecond: latencies.length / seconds, errors };
}

/** Runs `count` timed calls with `concurrency` callers; only the call itself is timed. */
async function load(count: number, concurrency: number, call: (i: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < count; i = next++) {
      const t0 = performance.now();
      try { await call(i); } catch { errors += 1; continue; }
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), perSecond: latencies.length / seconds, errors };
}

async function main() {
  const supervisor = new Supervisor();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-bench-'));
  try {
    const binary = await ensureTemporalBinary(log);
    const temporal = await startTemporalDevServer(supervisor, {
      binary, port: await freePort(), uiPort: null, dbFile: path.join(dir, 'temporal.sqlite'), logFile: path.join(dir, 'temporal.log'),
    });
    const databaseUrl = process.env.DATABASE_URL!;
    const taskQueue = 'bench';
    const portalPort = await freePort();
    const portalUrl = `http://127.0.0.1:${portalPort}`;
    const common = { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn', PUBLIC_BASE_URL: portalUrl };
    supervisor.start({
      name: 'portal', command: process.execPath, args: ['--import', 'tsx', path.join(repoRoot, 'services/portal/src/server.ts')], cwd: repoRoot,
      env: { ...common, PORT: String(portalPort), CSRF_SECRET: randomBytes(32).toString('base64url'), DECISION_RATE_LIMIT: '100000' },
    });
    const workerPort = await freePort();
    supervisor.start({
      name: 'worker', command: process.execPath, args: ['--import', 'tsx', path.join(repoRoot, 'services/worker/src/server.ts')], cwd: repoRoot,
      env: { ...common, PORT: String(workerPort), PORTAL_URL: portalUrl },
    });
    await Promise.all([waitForHttp(`${portalUrl}/health`, 120_000), waitForHttp(`http://127.0.0.1:${workerPort}/health`, 180_000)]);
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
    const db = new pg.Pool({ connectionString: databaseUrl, max: 60 });
    await db.query('create table if not exists bench_floor (id bigserial primary key, payload text not null, at timestamptz not null default now())');

    /** Rounds of ten members, their links issued as the round's activity issues them. */
    async function decisionLinks(count: number, tag: string): Promise<Array<{ path: string }>> {
      const links: Array<{ path: string }> = [];
      for (let r = 0; r * MEMBERS_PER_ROUND < count; r++) {
        const members = Array.from({ length: MEMBERS_PER_ROUND }, (_, m) => ({ personId: `p${m}`, name: `Member ${m}`, email: `m${m}@bench.example`, language: 'fr' as const }));
        const input: ApprovalRoundInput = {
          roundId: `bench-${tag}-${r}`, step: 'committee', planId: `plan-${tag}-${r}`, planVersion: 1, planSha256: 'ab'.repeat(32),
          rule: { kind: 'all' }, members, items: ['plan'],
        };
        await client.workflow.start(approvalRound, { taskQueue, workflowId: input.roundId, args: [input] });
        for (const member of members) {
          const response = await fetch(`${portalUrl}/links`, {
            method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              roundId: input.roundId, workflowId: input.roundId, step: input.step, person: { id: member.personId, name: member.name, language: 'fr' },
              planId: input.planId, planVersion: 1, planSha256: input.planSha256, items: [{ key: 'plan', title: 'Plan' }],
              summary: { planTitle: 'Plan', stepTitle: 'Comité' }, expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
            }),
          });
          if (response.status !== 201) throw new Error(`POST /links: ${response.status} ${await response.text()}`);
          links.push({ path: new URL(((await response.json()) as { url: string }).url).pathname });
        }
      }
      return links.slice(0, count);
    }

    const results: Array<Record<string, unknown>> = [];
    for (let run = 1; run <= RUNS; run++) {
      for (const concurrency of [...LEVELS, -RATE]) {
        // A negative level is the open-loop run at RATE decisions a second.
        const run_ = <T>(count: number, call: (i: number) => Promise<T>) => (concurrency > 0
          ? load(count, concurrency, async (i) => { await call(i); })
          : atRate(count, -concurrency, async (i) => { await call(i); }));
        const tag = `r${run}c${Math.abs(concurrency)}${concurrency < 0 ? 'rate' : ''}-${Date.now().toString(36)}`;
        const links = await decisionLinks(DECISIONS, tag);
        // The page is read before the click, as a person does; only the POST is timed.
        const forms = await Promise.all(links.map(async (l) => {
          const page = await fetch(`${portalUrl}${l.path}`);
          const csrf = (await page.text()).match(/name="csrf" value="([^"]+)"/)?.[1];
          if (!csrf) throw new Error('no form on the decision page');
          return { path: l.path, body: new URLSearchParams({ csrf, 'outcome:plan': 'approve' }).toString() };
        }));
        const jalon = await run_(forms.length, async (i) => {
          const response = await fetch(`${portalUrl}${forms[i]!.path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: forms[i]!.body });
          const text = await response.text();
          if (response.status !== 200 || !/enregistrée/.test(text)) throw new Error(`decision not recorded: ${response.status}`);
        });

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
    await client.connection.close();
  } finally {
    await supervisor.stopAll();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
