/**
 * Plans API under load, on a real PostgreSQL: reading the whole reference plan at 300 req/s and
 * updating an objective at 100 req/s (targets: read p99 ≤ 25 ms, write p99 ≤ 40 ms). Three runs of
 * each; prints the medians and writes bench/results/plans-api.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { generateKeyring } from '@jalon/auth';
import { createDatabase } from '@jalon/service-kit';
import { scratchDatabase } from '@jalon/testkit';
import { spawn } from 'node:child_process';
import { PLANS_SCHEMA } from '../src/config.js';
import type { Database } from '../src/database.js';
import { migratePlans } from '../src/migrate.js';
import { loadReferenceIntoDatabase } from '../src/reference/load-into-database.js';
import { runsTypeScript } from '@jalon/infra';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const RUNS = 3;

interface Figures { rate: number; requests: number; errors: number; non2xx: number; p50: number; p90: number; p99: number; max: number; statusCodes: Record<string, number> }

function figures(result: autocannon.Result): Figures {
  return {
    rate: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, Number((v as { count?: number }).count ?? 0)])),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const url = await scratchDatabase(process.env.DATABASE_URL!);
  const db = createDatabase<Database>(url, PLANS_SCHEMA, 10);
  await migratePlans(db);
  const { strategicPlanId } = await loadReferenceIntoDatabase(db);
  // The service runs in its own process, as in production: the load generator must not share its event loop.
  // It is called as the workflows call it, with the worker's tokens (each run signs a fresh one: they live minutes).
  const keyring = await generateKeyring();
  const signer = keyring.auth('worker').signer;
  const authorization = async () => `Bearer ${await signer.sign('plans')}`;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn(process.execPath, [...runsTypeScript, 'services/plans/src/server.ts'], {
    env: { ...process.env, ...keyring.env('plans'), DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const address = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${address}/health`)).ok) break; } catch { /* not yet */ }
    if (i > 300) throw new Error('the plans service did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  const read = async (): Promise<autocannon.Result> => autocannon({
    url: `${address}/strategic-plans/${strategicPlanId}`, connections: 10, overallRate: 300, duration: SECONDS, headers: { authorization: await authorization() },
  });

  // Each request edits the next objective with the revision the last answer about it gave (a 409
  // carries the current one), as a client would. 409s are counted in non-2xx and reported.
  const revisions = new Map<number, number>();
  for (const o of await db.selectFrom('strategic_objectives').select(['number', 'revision']).where('plan_id', '=', strategicPlanId).execute()) {
    revisions.set(o.number, o.revision);
  }
  let edits = 0;
  const write = async (): Promise<autocannon.Result> => {
    const token = await authorization();
    return autocannon({
      url: address,
      connections: 2,
      overallRate: 100,
      duration: SECONDS,
      requests: [{
        method: 'PATCH',
        setupRequest: (request) => {
          edits += 1;
          const number = (edits % 22) + 1;
          return {
            ...request,
            path: `/strategic-plans/${strategicPlanId}/objectives/${number}`,
            headers: { 'content-type': 'application/json', authorization: token },
            body: JSON.stringify({ expectedRevision: revisions.get(number), title: `Objectif ${number} — modification ${edits}` }),
          };
        },
        onResponse: (status, body) => {
          const answer = JSON.parse(body) as { number?: number; revision?: number; currentRevision?: number; message?: string };
          if (status === 200 && answer.number) revisions.set(answer.number, answer.revision!);
          const stale = answer.message?.match(/^Objective (\d+) has changed/);
          if (status === 409 && stale) revisions.set(Number(stale[1]), answer.currentRevision!);
        },
      }],
    });
  };

  // Warm-up, not measured: the first seconds of a new process measure the JIT compiler, not the service.
  await autocannon({ url: `${address}/strategic-plans/${strategicPlanId}`, connections: 10, overallRate: 300, duration: 5, headers: { authorization: await authorization() } });

  const results: Record<string, Figures[]> = { read: [], write: [] };
  // Each scenario alone: reads right after a write burst would also measure PostgreSQL cleaning up after it.
  for (let run = 0; run < RUNS; run++) results.read!.push(figures(await read()));
  for (let run = 0; run < RUNS; run++) results.write!.push(figures(await write()));
  server.kill('SIGTERM');
  await db.destroy();

  const summary = Object.fromEntries(Object.entries(results).map(([name, runs]) => [name, {
    runs,
    median: Object.fromEntries((['rate', 'p50', 'p90', 'p99', 'max', 'non2xx', 'errors'] as const).map((k) => [k, median(runs.map((r) => r[k]))])),
  }]));
  const out = path.resolve('bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'plans-api.json'), `${JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, summary }, null, 2)}\n`);

  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, runs]) => [k, runs.map((r) => r.statusCodes)]))));
  console.log(`\nplans API, ${RUNS} runs of ${SECONDS} s, medians (latency in ms)`);
  console.log('scenario          target          req/s    p50    p90    p99    max  non-2xx  errors');
  const targets: Record<string, string> = { read: '300/s p99≤25', write: '100/s p99≤40' };
  for (const [name, s] of Object.entries(summary)) {
    const m = s.median as Record<string, number>;
    console.log(`${(name === 'read' ? 'read whole plan' : 'update objective').padEnd(17)} ${targets[name]!.padEnd(14)} ${m.rate!.toFixed(0).padStart(6)} ${m.p50!.toFixed(1).padStart(6)} ${m.p90!.toFixed(1).padStart(6)} ${m.p99!.toFixed(1).padStart(6)} ${m.max!.toFixed(1).padStart(6)} ${String(m.non2xx).padStart(8)} ${String(m.errors).padStart(7)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
