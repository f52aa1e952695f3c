/**
 * Fan-out: the President's offices of 1, 10, 100 and 1,000 organisations (synthetic copies of the
 * SPF Interior, each with its signed strategic plan, its President's office and one drafter for each
 * of the 11 entities that own objectives) launch their yearly cycle; timed from the first launch
 * until the SMTP server has accepted every drafting e-mail. Target: 1,000 organisations in ≤ 60 s,
 * no e-mail missing or doubled. Three runs; medians in bench/results/fan-out.json and a table.
 *
 * Processes as in production: the Temporal dev server (SQLite file), the plans, notifications and
 * portal services and the worker each in their own process, on one PostgreSQL, and an identity
 * provider (Keycloak) the President's offices get their access tokens from; this script is the
 * President's offices and the mail server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@jalon/auth';
import { createDatabase } from '@jalon/service-kit';
import { scratchDatabase } from '@jalon/testkit';
import pg from 'pg';
import { loadReferenceIntoDatabase, loadReferencePlan, PLANS_SCHEMA, type Database } from '@jalon/plans';
import { signStrategicPlan } from '@jalon/plans/test-support/sign-plan';
import { log, median, repoRoot, startJalonStack, type JalonStack } from './bench-support.js';
import { CountingSmtp } from './counting-smtp.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LEVELS = (process.env.BENCH_FANOUT_LEVELS ?? '1,10,100,1000').split(',').map(Number);
/** how many President's offices click "launch" at the same time */
const LAUNCH_CONCURRENCY = Number(process.env.BENCH_LAUNCH_CONCURRENCY ?? 20);
/** a level whose e-mails are not all in by then is reported with what was missing */
const GIVE_UP_MS = Number(process.env.BENCH_FANOUT_GIVE_UP_S ?? 900) * 1000;
const YEAR = 2027;
/** access tokens asked of the identity provider at once, before the clock starts (see presidentsTokens) */
const TOKEN_CONCURRENCY = 8;

const reference = loadReferencePlan();
/** the entities that receive a drafting task: every owner of an objective ("ALL" is not an entity) */
const draftingEntities = [...new Set(reference.objectives.flatMap((o) => o.ownerEntityCodes))].filter((c) => c !== 'ALL').sort();

interface Organisation { code: string; presidentEmail: string; drafters: string[] }

/** The organisations of one run, known before its stack starts: their President's offices are put in the identity provider. */
const codesOf = (run: number, level: number) => Array.from({ length: level }, (_, i) => `bench-r${run}-l${level}-${i}`);
const presidentOf = (code: string) => ({ name: 'Cellule Corporate', email: `corporate@${code}.bench.example` });

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i]!);
  }));
}

/**
 * A call to the plans service as `caller`: the plan is signed as the workflows sign it (the worker),
 * people are registered as the installation's operator, whom the plans rules allow to.
 */
async function plansCall(stack: JalonStack, caller: ServiceName, method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await fetch(`${stack.plansUrl}${url}`, {
    method, headers: { ...await stack.asService(caller, 'plans'), ...(payload ? { 'content-type': 'application/json' } : {}) },
    ...(payload ? { body: JSON.stringify(payload) } : {}),
  });
  return { status: response.status, body: await response.text() };
}

/** One synthetic organisation: the reference plan under another code, signed, and its people. */
async function createOrganisation(stack: JalonStack, db: ReturnType<typeof createDatabase<Database>>, code: string): Promise<Organisation> {
  const { strategicPlanId } = await loadReferenceIntoDatabase(db, { ...reference, organisation: { ...reference.organisation, code } }, 'bench');
  await signStrategicPlan((method, url, payload) => plansCall(stack, 'worker', method, url, payload), strategicPlanId);
  const person = async (name: string, email: string, roles: object[]) => {
    const res = await plansCall(stack, 'operator', 'POST', `/organisations/${code}/people`, { name, email, language: 'fr', roles });
    if (res.status !== 201) throw new Error(`adding ${email}: ${res.body}`);
  };
  const president = presidentOf(code);
  await person(president.name, president.email, [{ role: 'president_office' }]);
  const drafters: string[] = [];
  for (const entity of draftingEntities) {
    const email = `drafter.${entity.toLowerCase()}@${code}.bench.example`;
    await person(`Rédacteur ${entity}`, email, [{ role: 'drafter', entityCode: entity }]);
    drafters.push(email);
  }
  return { code, presidentEmail: president.email, drafters };
}

/**
 * Each President's office's access token, asked before the clock starts: signing in is not what the
 * fan-out measures. In parallel, since one at a time would add minutes to the 1,000 organisations'
 * setup; a few at once only, since each token costs Keycloak a deliberately slow password hash on the
 * two cores it shares with the services, and a thousand requests at once would only queue there
 * (about 0.1 s of CPU each: eight in flight keep both cores busy).
 */
async function presidentsTokens(stack: JalonStack, orgs: Organisation[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  await pool(orgs, TOKEN_CONCURRENCY, async (org) => { tokens.set(org.code, await stack.identityProvider!.accessToken(org.presidentEmail)); });
  return tokens;
}

interface LevelResult {
  run: number; organisations: number; expected: number; accepted: number; missing: number; doubled: number;
  launchSeconds: number; firstOfEverySeconds: number | null; allSeconds: number | null; emailsPerSecond: number;
  /** where the time went: the last e-mail queued in the outbox by the workflows, and the last one sent (s after the first launch) */
  lastQueuedSeconds: number | null; lastSentSeconds: number | null;
}

/** When the workflows queued the e-mails and when the sender sent them, from the outbox. */
async function outboxTimes(outbox: pg.Pool, recipients: string[], startedAt: number) {
  const { rows } = await outbox.query<{ queued: number | null; sent: number | null }>(
    `select extract(epoch from max(created_at)) * 1000 as queued, extract(epoch from max(sent_at)) * 1000 as sent
       from notifications.outbox where recipient_email = any($1)`, [recipients]);
  const at = (v: number | null) => (v === null ? null : (Number(v) - startedAt) / 1000);
  return { lastQueuedSeconds: at(rows[0]!.queued), lastSentSeconds: at(rows[0]!.sent) };
}

async function runLevel(stack: JalonStack, smtp: CountingSmtp, outbox: pg.Pool, orgs: Organisation[], tokens: Map<string, string>, run: number): Promise<LevelResult> {
  const expected = new Set(orgs.flatMap((o) => o.drafters));
  const orgOf = (email: string) => email.split('@')[1]!.replace(/\.bench\.example$/, '');
  const seen = smtp.accepted.length;
  const startedAt = Date.now();
  const started = performance.now();
  await pool(orgs, LAUNCH_CONCURRENCY, async (org) => {
    const res = await fetch(`${stack.internalUrl}/organisations/${org.code}/cycles`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(org.code)!}` }, body: JSON.stringify({ year: YEAR }),
    });
    if (res.status !== 201) throw new Error(`launching the cycle of ${org.code}: ${res.status} ${await res.text()}`);
  });
  const launchSeconds = (performance.now() - started) / 1000;

  const mine = () => smtp.accepted.slice(seen).filter((m) => m.to.some((t) => expected.has(t)));
  let firstOfEverySeconds: number | null = null;
  let allSeconds: number | null = null;
  for (let lastCount = -1; performance.now() - started < GIVE_UP_MS;) {
    const accepted = mine();
    const reached = new Set(accepted.flatMap((m) => m.to));
    if (firstOfEverySeconds === null && new Set([...reached].map(orgOf)).size === orgs.length) {
      // the moment the last organisation got its first e-mail
      const firstPerOrg = new Map<string, number>();
      for (const m of accepted) for (const t of m.to) if (!firstPerOrg.has(orgOf(t))) firstPerOrg.set(orgOf(t), m.at);
      firstOfEverySeconds = (Math.max(...firstPerOrg.values()) - started) / 1000;
    }
    if (reached.size === expected.size) {
      allSeconds = (Math.max(...accepted.map((m) => m.at)) - started) / 1000;
      break;
    }
    if (accepted.length !== lastCount && orgs.length >= 100) log(`  ${accepted.length}/${expected.size} e-mails after ${((performance.now() - started) / 1000).toFixed(0)} s`);
    lastCount = accepted.length;
    await new Promise((r) => setTimeout(r, orgs.length >= 100 ? 5_000 : 100));
  }
  // Late doubles (a retried activity, a re-sent outbox row) would come after the last first e-mail.
  await new Promise((r) => setTimeout(r, 5_000));
  const accepted = mine();
  const perRecipient = new Map<string, number>();
  for (const m of accepted) for (const t of m.to) perRecipient.set(t, (perRecipient.get(t) ?? 0) + 1);
  const doubled = [...perRecipient.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const missing = [...expected].filter((e) => !perRecipient.has(e)).length;
  const span = allSeconds ?? (performance.now() - started) / 1000;
  return {
    run, organisations: orgs.length, expected: expected.size, accepted: accepted.length, missing, doubled,
    launchSeconds, firstOfEverySeconds, allSeconds, emailsPerSecond: accepted.length / span,
    ...await outboxTimes(outbox, [...expected], startedAt),
  };
}

async function main() {
  const results: LevelResult[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const smtp = new CountingSmtp();
    const smtpUrl = await smtp.listen();
    const databaseUrl = await scratchDatabase(process.env.DATABASE_URL!, 'jalon_fanout');
    // Sent at once: the bench measures how fast e-mails go, not how long the sender sleeps when idle.
    // The services inherit this process's environment (WORKER_MAX_CACHED_WORKFLOWS to try another cache).
    const people = LEVELS.flatMap((level) => codesOf(run, level).map(presidentOf));
    const stack = await startJalonStack(databaseUrl, { smtpUrl, env: { SEND_POLL_MS: '100' }, people });
    const db = createDatabase<Database>(databaseUrl, PLANS_SCHEMA, 4);
    const outbox = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    try {
      let made = 0;
      for (const level of LEVELS) {
        const t0 = performance.now();
        const orgs: Organisation[] = [];
        await pool(codesOf(run, level), 8, async (code) => { orgs.push(await createOrganisation(stack, db, code)); });
        const tokens = await presidentsTokens(stack, orgs);
        made += level;
        log(`run ${run}: ${level} organisations ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (${made} in all)`);
        const result = await runLevel(stack, smtp, outbox, orgs, tokens, run);
        results.push(result);
        log(`run ${run}: ${level} organisations: launched in ${result.launchSeconds.toFixed(1)} s; every organisation's first e-mail by ${result.firstOfEverySeconds?.toFixed(1) ?? '—'} s; all ${result.expected} by ${result.allSeconds?.toFixed(1) ?? '— (gave up)'} s; ${result.missing} missing, ${result.doubled} doubled; last queued by the workflows at ${result.lastQueuedSeconds?.toFixed(1)} s, last sent at ${result.lastSentSeconds?.toFixed(1)} s`);
      }
    } finally {
      await db.destroy();
      await outbox.end();
      await stack.stop();
      await smtp.close();
    }
  }
  const summary = LEVELS.map((organisations) => {
    const of = (pick: (r: LevelResult) => number | null) => {
      const values = results.filter((r) => r.organisations === organisations).map(pick);
      return values.includes(null) ? null : median(values as number[]);
    };
    return {
      organisations, emails: organisations * draftingEntities.length,
      launchSeconds: of((r) => r.launchSeconds), firstOfEverySeconds: of((r) => r.firstOfEverySeconds), allSeconds: of((r) => r.allSeconds),
      emailsPerSecond: of((r) => r.emailsPerSecond), lastQueuedSeconds: of((r) => r.lastQueuedSeconds),
      missing: Math.max(...results.filter((r) => r.organisations === organisations).map((r) => r.missing)),
      doubled: Math.max(...results.filter((r) => r.organisations === organisations).map((r) => r.doubled)),
    };
  });
  const out = path.join(repoRoot, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'fan-out.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, launchConcurrency: LAUNCH_CONCURRENCY, summary, results }, null, 2)}\n`);
  const s = (v: number | null, w: number) => (v === null ? 'gave up' : v.toFixed(1)).padStart(w);
  console.log('\nFan-out (medians of %d runs; missing and doubled: the worst run)', RUNS);
  console.log(' organisations | e-mails | launched (s) | first e-mail of every org (s) | last queued (s) | all e-mails (s) | e-mails/s | missing | doubled');
  for (const r of summary) {
    console.log(`${String(r.organisations).padStart(14)} | ${String(r.emails).padStart(7)} | ${s(r.launchSeconds, 12)} | ${s(r.firstOfEverySeconds, 29)} | ${s(r.lastQueuedSeconds, 15)} | ${s(r.allSeconds, 15)} | ${s(r.emailsPerSecond, 9)} | ${String(r.missing).padStart(7)} | ${String(r.doubled).padStart(7)}`);
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
