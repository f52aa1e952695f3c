/**
 * Fan-out: the President's offices of 1, 10, 100 and 1,000 organisations (synthetic copies of the
 * SPF Interior, each with its signed strategic plan, its President's office and one drafter for each
 * of the 11 entities that own objectives) launch their yearly cycle; timed from the first launch
 * until the SMTP server has accepted every drafting e-mail. Target: 1,000 organisations in ≤ 60 s,
 * no e-mail missing or doubled. Three runs on the engine `npm run bench` chose (bench-record.ts).
 *
 * Processes as in production: Temporal (dev server or server on PostgreSQL), the plans, notifications and
 * portal services and the worker each in their own process, on one PostgreSQL, and an identity
 * provider (Keycloak) the President's offices get their access tokens from; this script is the
 * President's offices and the mail server.
 */
import { levelsFrom } from '@jalon/infra';
import { createDatabase } from '@jalon/service-kit';
import { namedDatabase, scratchDatabase } from '@jalon/testkit';
import pg from 'pg';
import { PLANS_SCHEMA, type Database } from '@jalon/plans';
import { codesOf, createOrganisation, documentsRendered, launchCycle, organisationOf, pool, presidentOf, presidentsTokens, type Organisation } from './bench-organisations.js';
import { benchEngine, memoryMiB, schedulerFigures, schedulerSnapshot, LoadWatch, writeEngineResult } from './bench-record.js';
import { startBenchIdentityProvider } from './bench-identity-provider.js';
import { StatementWatch } from './bench-statements.js';
import { log, startJalonStack, type JalonStack } from './bench-support.js';
import { CountingSmtp } from './counting-smtp.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LEVELS = (process.env.BENCH_FANOUT_LEVELS ?? '1,10,100,1000').split(',').map(Number);
/** how many President's offices click "launch" at the same time */
const LAUNCH_CONCURRENCY = Number(process.env.BENCH_LAUNCH_CONCURRENCY ?? 20);
/** a level whose e-mails are not all in by then is reported with what was missing */
const GIVE_UP_MS = Number(process.env.BENCH_FANOUT_GIVE_UP_S ?? 900) * 1000;
/**
 * Each run launches another year on the organisations made once: setting up 1,111 of them takes
 * about 20 minutes, launching them far less. Two years apart, so that no cycle carries over (rule 6)
 * the plan of an earlier run's year. Temporal starts empty each run (bench-temporal.ts).
 */
const FIRST_YEAR = 2027;

interface LevelResult {
  run: number; organisations: number; expected: number; accepted: number; missing: number; doubled: number;
  launchSeconds: number; firstOfEverySeconds: number | null; allSeconds: number | null; emailsPerSecond: number;
  /** where the time went: the last e-mail queued in the outbox by the workflows, and the last one sent (s after the first launch) */
  lastQueuedSeconds: number | null; lastSentSeconds: number | null;
  /** each process's CPU from the first launch to the last e-mail (or giving up), % of one core */
  cpu: Record<string, number>;
  /** the worker's memory once the level's cycles wait in drafting, with every earlier level's still open */
  workerRss: number; workerPeak: number;
}

/** When the workflows queued the e-mails and when the sender sent them, from the outbox. */
async function outboxTimes(outbox: pg.Pool, recipients: string[], startedAt: number) {
  const { rows } = await outbox.query<{ queued: number | null; sent: number | null }>(
    `select extract(epoch from max(created_at)) * 1000 as queued, extract(epoch from max(sent_at)) * 1000 as sent
       from notifications.outbox where recipient_email = any($1)`, [recipients]);
  const at = (v: number | null) => (v === null ? null : (Number(v) - startedAt) / 1000);
  return { lastQueuedSeconds: at(rows[0]!.queued), lastSentSeconds: at(rows[0]!.sent) };
}

async function runLevel(
  stack: JalonStack, smtp: CountingSmtp, outbox: pg.Pool, orgs: Organisation[], tokens: Map<string, string>, run: number, year: number,
): Promise<LevelResult> {
  const expected = new Set(orgs.flatMap((o) => o.drafters));
  const orgOf = (email: string) => email.split('@')[1]!.replace(/\.bench\.example$/, '');
  const seen = smtp.accepted.length;
  const startedAt = Date.now();
  const started = performance.now();
  const cpuBefore = schedulerSnapshot(stack.pids);
  await pool(orgs, LAUNCH_CONCURRENCY, (org) => launchCycle(stack, org.code, tokens.get(org.code)!, year));
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
  const cpu = schedulerFigures(cpuBefore, schedulerSnapshot(stack.pids), (performance.now() - started) / 1000);
  const memory = memoryMiB(stack.workerPid);
  return {
    cpu, workerRss: memory.rss, workerPeak: memory.peak,
    run, organisations: orgs.length, expected: expected.size, accepted: accepted.length, missing, doubled,
    launchSeconds, firstOfEverySeconds, allSeconds, emailsPerSecond: accepted.length / span,
    ...await outboxTimes(outbox, [...expected], startedAt),
  };
}

async function main() {
  const watch = new LoadWatch();
  const results: LevelResult[] = [];
  // `npm run bench` names its run: the next engine of the same run finds the organisations the first
  // one made in this database, and launches them in later years, instead of making them again.
  const benchRun = process.env.JALON_BENCH_RUN;
  const databaseUrl = benchRun ? await namedDatabase(process.env.DATABASE_URL!, `jalon_fanout_${benchRun}`) : await scratchDatabase(process.env.DATABASE_URL!, 'jalon_fanout');
  // The organisations of every level, made once and launched again by every run.
  const codes = new Map(LEVELS.map((level) => [level, codesOf(1, level)]));
  const statements = await StatementWatch.start(process.env.DATABASE_URL!);
  const identityProvider = await startBenchIdentityProvider([...codes.values()].flat().map(presidentOf), log);
  const made = new Map<number, Organisation[]>();
  let firstYear = FIRST_YEAR;
  const yearOf = (run: number) => firstYear + 2 * (run - 1);
  try {
    for (let run = 1; run <= RUNS; run++) {
      const smtp = new CountingSmtp();
      const smtpUrl = await smtp.listen();
      // Sent at once: the bench measures how fast e-mails go, not how long the sender sleeps when idle.
      // The services inherit this process's environment (WORKER_MAX_CACHED_WORKFLOWS to try another cache).
      const stack = await startJalonStack(databaseUrl, { smtpUrl, env: { SEND_POLL_MS: '100' }, identityProvider });
      const db = createDatabase<Database>(databaseUrl, PLANS_SCHEMA, 4);
      const outbox = new pg.Pool({ connectionString: databaseUrl, max: 1 });
      try {
        if (run === 1) {
          for (const [level, levelCodes] of codes) {
            const found = await db.selectFrom('organisations').select('code').where('code', 'in', levelCodes).execute();
            if (found.length === levelCodes.length) made.set(level, levelCodes.map(organisationOf));
          }
          const latest = await db.selectFrom('operational_plans').select((eb) => eb.fn.max('year').as('year'))
            .where('organisation_code', 'in', [...codes.values()].flat()).executeTakeFirst();
          if (latest?.year != null) firstYear = latest.year + 2;
          if (made.size > 0) log(`the organisations of ${[...made.keys()].join(', ')} are there already (an earlier engine of this run made them); launching from ${firstYear}`);
        }
        // Every run signs its President's offices in for the first time, as the first run did: the people
        // an earlier run (or engine, with an identity provider of its own) linked to an identity are unlinked.
        if (made.size > 0) {
          await db.updateTable('people').set({ identity_issuer: null, identity_subject: null }).where('organisation_code', 'in', [...codes.values()].flat()).execute();
        }
        for (const level of LEVELS) {
          const t0 = performance.now();
          let orgs = made.get(level);
          if (!orgs) {
            const fresh: Organisation[] = [];
            await pool(codes.get(level)!, 8, async (code) => { fresh.push(await createOrganisation(stack, db, code)); });
            made.set(level, orgs = fresh);
          }
          const tokens = await presidentsTokens(stack, orgs);
          await documentsRendered(db, log);
          await statements?.reset();
          log(`run ${run}: ${level} organisations ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; launching their ${yearOf(run)} cycles`);
          const result = await runLevel(stack, smtp, outbox, orgs, tokens, run, yearOf(run));
          results.push(result);
          if (statements) log(`  PostgreSQL's statements: ${await statements.report('fan-out', `run${run}-${level}`)}`);
          log(`run ${run}: ${level} organisations: launched in ${result.launchSeconds.toFixed(1)} s; every organisation's first e-mail by ${result.firstOfEverySeconds?.toFixed(1) ?? '—'} s; all ${result.expected} by ${result.allSeconds?.toFixed(1) ?? '— (gave up)'} s; ${result.missing} missing, ${result.doubled} doubled; last queued by the workflows at ${result.lastQueuedSeconds?.toFixed(1)} s, last sent at ${result.lastSentSeconds?.toFixed(1)} s; worker RSS ${result.workerRss.toFixed(0)} MiB (peak ${result.workerPeak.toFixed(0)})`);
        }
      } finally {
        await db.destroy();
        await outbox.end();
        await stack.stop();
        await smtp.close();
      }
    }
  } finally {
    await identityProvider.stop();
    await statements?.close();
  }
  const file = writeEngineResult({
    benchmark: 'fan-out', engine: benchEngine(), measuredAt: new Date().toISOString(), runs: RUNS, machine: watch.machine(),
    levels: levelsFrom(results.map((r) => ({
      level: `${r.organisations} organisations (${r.expected} e-mails)`,
      figures: {
        'every drafting e-mail accepted (s)': r.allSeconds, 'first e-mail of every organisation (s)': r.firstOfEverySeconds,
        'launched (s)': r.launchSeconds, 'last queued by the workflows (s)': r.lastQueuedSeconds, 'e-mails/s': r.emailsPerSecond,
        'accepted': r.accepted, 'missing': r.missing, 'doubled': r.doubled,
        'worker RSS after (MiB)': r.workerRss, 'worker RSS peak (MiB)': r.workerPeak, ...r.cpu,
      },
    }))),
    notes: [
      `${LAUNCH_CONCURRENCY} launches at once; each level's organisations are others, launched after the previous level's e-mails are in; "not reached": given up after ${GIVE_UP_MS / 1000} s`,
      `run r launches the year ${yearOf(1)} + 2(r - 1) on organisations made once (by this engine's first run, or by an earlier engine of the same npm run bench), on the same plans database (which holds the earlier runs' plans) and an empty Temporal`,
      'CPU: each process\'s share of one core from the first launch to the last e-mail (postgres includes Temporal\'s persistence on the server engine)',
    ],
  });
  log(`fan-out: ${file}`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
