/**
 * What the benchmarks share: Jalon's processes as in production (the Temporal dev server with its
 * SQLite file, the portal and the worker each in its own process) and the load generators.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServiceName, ServiceTokenSigner } from '@jalon/auth';
import { testClientDataConverter, testKeyring, testPayloadEnv } from '@jalon/testkit';
import { freePort, runsTypeScript, Supervisor, waitForHttp, workerHeapMiBSchema, workerMemoryBounds } from '@jalon/infra';
import { workflowBundle } from '@jalon/worker/test-support/test-worker';
import { approvalRound, roundsTaskQueue, type ApprovalRoundInput } from '@jalon/workflows';
import { Client, Connection } from '@temporalio/client';
import type { BenchIdentityProvider } from './bench-identity-provider.js';
import type { SignedPlan } from './bench-organisations.js';
import { benchEngine, pidListeningOn } from './bench-record.js';
import { startBenchTemporal } from './bench-temporal.js';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const log = (line: string) => process.stderr.write(`${line}\n`);

export interface JalonStack {
  client: Client;
  taskQueue: string;
  /** the portal's pages */
  portalUrl: string;
  /** the portal's internal API (links, cycles) */
  internalUrl: string;
  /** `Authorization` of a call as the worker, whose key the portal trusts */
  asWorker: () => Promise<{ authorization: string }>;
  /** `Authorization` of a call from one service (or the installation's operator) to another */
  asService: (caller: ServiceName, callee: ServiceName) => Promise<{ authorization: string }>;
  /** set when the stack was started with an identity provider: people's access tokens for the cycle API */
  identityProvider: Pick<BenchIdentityProvider, 'accessToken'> | null;
  /** set when the stack was started with an SMTP server (the plans and notifications services run) */
  plansUrl: string | null;
  /** the worker process, whose memory the open-cycles benchmark reads */
  workerPid: number;
  /** Jalon's processes by name (Temporal, PostgreSQL, each service, Keycloak), whose CPU the benchmarks read */
  pids: Record<string, number>;
  stop: () => Promise<void>;
}

/** The worker's memory bounds, as `npm start` gives them (JALON_WORKER_HEAP_MIB to try another cap). */
export const workerMemory = workerMemoryBounds(workerHeapMiBSchema.parse(process.env.JALON_WORKER_HEAP_MIB));

/**
 * `smtpUrl` also starts the plans and notifications services (sending to that SMTP server), for the
 * benchmarks that run whole cycles; without it only the portal and the worker run. With
 * `identityProvider` (started once by the benchmark, bench-identity-provider.ts), the portal accepts its
 * access tokens.
 */
export async function startJalonStack(
  databaseUrl: string, options: { smtpUrl?: string; env?: Record<string, string>; identityProvider?: BenchIdentityProvider } = {},
): Promise<JalonStack> {
  const supervisor = new Supervisor();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-bench-'));
  try {
    const temporal = await startBenchTemporal(supervisor, benchEngine(), dir, databaseUrl, log);
    const taskQueue = 'bench';
    const portalPort = await freePort();
    const portalUrl = `http://127.0.0.1:${portalPort}`;
    const services = options.smtpUrl ? { plans: await freePort(), notifications: await freePort() } : undefined;
    const plansUrl = services ? `http://127.0.0.1:${services.plans}` : null;
    const common = {
      DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn', PUBLIC_BASE_URL: portalUrl,
      ...testPayloadEnv(),
      ...(services ? { PLANS_URL: plansUrl!, NOTIFICATIONS_URL: `http://127.0.0.1:${services.notifications}`, SMTP_URL: options.smtpUrl! } : {}),
      ...options.env,
    };
    // BENCH_CPU_PROFILE=<folder>: each service writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
    const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
    const keyring = await testKeyring();
    const pids: Record<string, number> = { temporal: pidListeningOn(temporal.port) ?? 0 };
    const postgres = pidListeningOn(Number(new URL(databaseUrl).port || 5432));
    if (postgres) pids.postgres = postgres;
    const service = (name: ServiceName, env: Record<string, string>) => supervisor.start({
      name, command: process.execPath, args: [...profile, ...(name === 'worker' ? workerMemory.nodeArgs : []), ...runsTypeScript, path.join(repoRoot, `services/${name}/src/server.ts`)], cwd: repoRoot,
      env: { ...common, ...keyring.env(name), ...(name === 'worker' ? workerMemory.env : {}), ...env },
    });
    if (services) {
      pids.plans = service('plans', { PORT: String(services.plans) }).pid!;
      pids.notifications = service('notifications', { PORT: String(services.notifications) }).pid!;
    }
    const idp = options.identityProvider ?? null;
    const internalUrl = `http://127.0.0.1:${await freePort()}`;
    pids.portal = service('portal', {
      PORT: String(portalPort), INTERNAL_PORT: new URL(internalUrl).port, CSRF_SECRET: randomBytes(32).toString('base64url'), DECISION_RATE_LIMIT: '100000',
      ...idp?.portalEnv,
    }).pid!;
    const workerPort = await freePort();
    // As in production, the worker loads workflow code bundled beforehand instead of bundling at start.
    const bundle = path.join(dir, 'workflows.js');
    writeFileSync(bundle, (await workflowBundle()).code);
    const worker = service('worker', { PORT: String(workerPort), PORTAL_URL: internalUrl, WORKFLOW_BUNDLE: bundle });
    pids.worker = worker.pid!;
    await Promise.all([
      waitForHttp(`${portalUrl}/health`, 120_000), waitForHttp(`http://127.0.0.1:${workerPort}/health`, 180_000),
      ...(services ? [waitForHttp(`${plansUrl}/health`, 120_000), waitForHttp(`http://127.0.0.1:${services.notifications}/health`, 120_000)] : []),
    ]);
    if (idp?.port) pids.keycloak = pidListeningOn(idp.port) ?? 0;
    const connection = await Connection.connect({ address: temporal.address });
    const signers = new Map<ServiceName, ServiceTokenSigner>();
    const signerOf = (caller: ServiceName) => signers.get(caller) ?? signers.set(caller, keyring.auth(caller).signer).get(caller)!;
    const asService = async (caller: ServiceName, callee: ServiceName) => ({ authorization: `Bearer ${await signerOf(caller).sign(callee)}` });
    return {
      client: new Client({ connection, dataConverter: testClientDataConverter() }), taskQueue, portalUrl, internalUrl, plansUrl, workerPid: worker.pid!, pids,
      asWorker: () => asService('worker', 'portal'), asService, identityProvider: idp && { accessToken: idp.accessToken },
      stop: async () => {
        await connection.close();
        await supervisor.stopAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await supervisor.stopAll();
    throw error;
  }
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export interface Figures { p50: number; p95: number; p99: number; perSecond: number; errors: number }

/** Open loop: one call every 1/rate s whatever the answers, as people clicking independently do. */
export async function atRate(count: number, perSecond: number, call: (i: number) => Promise<void>): Promise<Figures> {
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
export async function load(count: number, concurrency: number, call: (i: number) => Promise<void>): Promise<Figures> {
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


const MEMBERS_PER_ROUND = 10;

/**
 * Rounds of ten members on a signed plan, their links issued as the round's activity issues them.
 * Each round writes its decisions to the decision record, as the committee's rounds do.
 */
export async function decisionLinks(stack: JalonStack, count: number, tag: string, plan: SignedPlan): Promise<Array<{ path: string }>> {
  const { client, taskQueue, internalUrl } = stack;
  const links: Array<{ path: string }> = [];
  for (let r = 0; r * MEMBERS_PER_ROUND < count; r++) {
    const members = Array.from({ length: MEMBERS_PER_ROUND }, (_, m) => ({ personId: `p${m}`, name: `Member ${m}`, email: `m${m}@bench.example`, language: 'fr' as const }));
    const input: ApprovalRoundInput = {
      roundId: `bench-${tag}-${r}`, step: 'committee', planId: plan.id, planVersion: plan.version.number, planSha256: plan.version.sha256,
      rule: { kind: 'all' }, members, items: ['plan'],
      record: { planKind: 'strategic', stepName: { fr: 'Comité de direction', nl: 'Directiecomité' } },
    };
    await client.workflow.start(approvalRound, { taskQueue: roundsTaskQueue(taskQueue), workflowId: input.roundId, args: [input] });
    for (const member of members) {
      const response = await fetch(`${internalUrl}/links`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...(await stack.asWorker()) },
        body: JSON.stringify({
          roundId: input.roundId, workflowId: input.roundId, step: input.step, person: { id: member.personId, name: member.name, language: 'fr' },
          planId: input.planId, planVersion: input.planVersion, planSha256: input.planSha256, items: [{ key: 'plan', title: 'Plan' }],
          summary: { planTitle: 'Plan', stepTitle: 'Comité' }, expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        }),
      });
      if (response.status !== 201) throw new Error(`POST /links: ${response.status} ${await response.text()}`);
      links.push({ path: new URL(((await response.json()) as { url: string }).url).pathname });
    }
  }
  return links.slice(0, count);
}

/** The page is read before the click, as a person does: what each POST sends. */
export async function formsOf(portalUrl: string, links: Array<{ path: string }>) {
  return Promise.all(links.map(async (l) => {
    const page = await fetch(`${portalUrl}${l.path}`);
    const csrf = (await page.text()).match(/name="csrf" value="([^"]+)"/)?.[1];
    if (!csrf) throw new Error('no form on the decision page');
    return { path: l.path, body: new URLSearchParams({ csrf, 'outcome:plan': 'approve' }).toString() };
  }));
}

/** One decision POSTed as a browser does; throws unless the page says it was recorded. */
export async function postDecision(portalUrl: string, form: { path: string; body: string }): Promise<void> {
  const response = await fetch(`${portalUrl}${form.path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.body });
  const text = await response.text();
  if (response.status !== 200 || !/enregistrée/.test(text)) throw new Error(`decision not recorded: ${response.status}`);
}
