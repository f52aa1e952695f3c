/**
 * Open cycles: 10,000 and 50,000 yearly cycles waiting in drafting (launched as President's offices
 * launch them, each having sent its drafting e-mails), the worker's memory (its peak while they were
 * launched and once settled) and the decision latency while they are open. Target: 50,000 open cycles
 * with the worker at ≤ 1 GiB. Runs on the engine `npm run bench` chose (bench-record.ts).
 *
 * One cycle per organisation and year: each synthetic organisation (bench-organisations.ts) holds up to
 * a hundred cycles (years 2001–2100), so that 50,000 cycles need 500 organisations, not 50,000. A
 * cycle counts as open once its drafting e-mails are accepted by the SMTP server (one per drafting
 * entity, whatever the number of workflows the cycle uses for them) and it answers `cycleState` in
 * drafting. Levels that do not settle within BENCH_OPEN_GIVE_UP_S are reported with how far they got
 * and the launch rate, from which the time to reach them can be extrapolated (and must be said so).
 */
import { cycleState, operationalCycleWorkflowId } from '@jalon/workflows';
import { levelsFrom } from '@jalon/infra';
import { createDatabase } from '@jalon/service-kit';
import { scratchDatabase } from '@jalon/testkit';
import { PLANS_SCHEMA, type Database } from '@jalon/plans';
import { codesOf, createOrganisation, documentsRendered, draftingEntities, launchCycle, launchRetries, pool, presidentOf, presidentsTokens, type Organisation, type SignedPlan } from './bench-organisations.js';
import { benchEngine, schedulerFigures, schedulerSnapshot, LoadWatch, memoryMiB, writeEngineResult } from './bench-record.js';
import { startBenchIdentityProvider } from './bench-identity-provider.js';
import { StatementWatch } from './bench-statements.js';
import { atRate, decisionLinks, formsOf, load, log, postDecision, startJalonStack, workerMemory, type Figures, type JalonStack } from './bench-support.js';
import { CountingSmtp } from './counting-smtp.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LEVELS = (process.env.BENCH_OPEN_LEVELS ?? '10000,50000').split(',').map(Number);
const LAUNCH_CONCURRENCY = Number(process.env.BENCH_LAUNCH_CONCURRENCY ?? 20);
const GIVE_UP_MS = Number(process.env.BENCH_OPEN_GIVE_UP_S ?? 3600) * 1000;
/** the worker's memory is read this long after the last cycle settled, once its caches have */
const SETTLE_MS = Number(process.env.BENCH_OPEN_SETTLE_S ?? 30) * 1000;
const YEARS = Array.from({ length: 100 }, (_, i) => 2001 + i);
const DECISIONS = 50;

/** The cycles of a level, organisation by organisation within a year, so that each level spreads over every organisation. */
const cyclesOf = (orgs: Organisation[], from: number, to: number) => {
  const all = YEARS.flatMap((year) => orgs.map((org) => ({ org, year })));
  return all.slice(from, to);
};

/** How many of a sample of the level's cycles say they are in drafting. */
async function inDrafting(stack: JalonStack, sample: Array<{ org: Organisation; year: number }>): Promise<number> {
  const states = await Promise.all(sample.map(({ org, year }) =>
    stack.client.workflow.getHandle(operationalCycleWorkflowId(org.code, year)).query(cycleState).catch(() => null)));
  return states.filter((s) => s?.stage === 'drafting' && s.drafting.length > 0).length;
}

async function runLevel(stack: JalonStack, smtp: CountingSmtp, orgs: Organisation[], tokens: Map<string, string>, from: number, level: number, plan: SignedPlan) {
  const cycles = cyclesOf(orgs, from, level);
  const expectedMails = level * draftingEntities.length;
  // Decisions during the launch wave, one a second from a tenth of it on: a person deciding while the
  // President's offices launch. Their rounds and pages are made before, outside the wave.
  const waveForms = await formsOf(stack.portalUrl, await decisionLinks(stack, DECISIONS, `wave-${level}-${Date.now().toString(36)}`, plan));
  let duringWave: Promise<Figures> | undefined;
  const cpuBefore = schedulerSnapshot(stack.pids);
  const retriesBefore = launchRetries.length;
  const started = performance.now();
  let launched = 0;
  const progress = setInterval(() => log(`  ${from + launched}/${level} launched, ${smtp.accepted.length}/${expectedMails} e-mails after ${((performance.now() - started) / 1000).toFixed(0)} s; worker RSS ${memoryMiB(stack.workerPid).rss.toFixed(0)} MiB`), 30_000);
  let gaveUp = false;
  try {
    await pool(cycles, LAUNCH_CONCURRENCY, async ({ org, year }) => {
      if (performance.now() - started > GIVE_UP_MS) { gaveUp = true; return; }
      await launchCycle(stack, org.code, tokens.get(org.code)!, year);
      launched += 1;
      if (!duringWave && launched >= cycles.length / 10) duringWave = atRate(waveForms.length, 1, (i) => postDecision(stack.portalUrl, waveForms[i]!));
    });
    const launchSeconds = (performance.now() - started) / 1000;
    const wave = await duringWave;
    while (smtp.accepted.length < (from + launched) * draftingEntities.length && performance.now() - started < GIVE_UP_MS) await new Promise((r) => setTimeout(r, 1_000));
    const openSeconds = (performance.now() - started) / 1000;
    const settled = smtp.accepted.length >= expectedMails;
    const cpu = schedulerFigures(cpuBefore, schedulerSnapshot(stack.pids), openSeconds);
    const peak = memoryMiB(stack.workerPid).peak;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    // Sampled among the cycles launched: a level cut short has the rest of its list unlaunched.
    const opened = cycles.slice(0, launched);
    const sample = opened.filter((_, i) => i % Math.max(1, Math.floor(opened.length / 20)) === 0).slice(0, 20);
    const drafting = await inDrafting(stack, sample);
    const rss = memoryMiB(stack.workerPid).rss;
    const forms = await formsOf(stack.portalUrl, await decisionLinks(stack, DECISIONS, `open-${level}-${Date.now().toString(36)}`, plan));
    const decision = await load(forms.length, 1, (i) => postDecision(stack.portalUrl, forms[i]!));
    return {
      open: from + launched, settled: settled && !gaveUp, launchSeconds, openSeconds, drafting: `${drafting}/${sample.length}`,
      figures: {
        'cycles open': from + launched, 'e-mails accepted': smtp.accepted.length, 'launches/s': launched / launchSeconds,
        'time to open them (s)': settled && !gaveUp ? openSeconds : null,
        'worker RSS peak (MiB)': peak, 'worker RSS settled (MiB)': rss, 'launches answered 5xx and sent again': launchRetries.length - retriesBefore,
        'sampled cycles in drafting (of 20)': drafting,
        'decision p50 (ms)': decision.p50, 'decision p99 (ms)': decision.p99,
        'decision during launches p50 (ms)': wave?.p50 ?? null, 'decision during launches p99 (ms)': wave?.p99 ?? null, 'decisions during launches failed': wave?.errors ?? null, ...cpu,
      },
    };
  } finally {
    clearInterval(progress);
  }
}

async function main() {
  const watch = new LoadWatch();
  const records: Array<{ level: string; figures: Record<string, number | null> }> = [];
  const orgCount = Math.ceil(Math.max(...LEVELS) / YEARS.length);
  // The same organisations each run, made again in a database of the run's own; their President's
  // offices are in the identity provider once for every run.
  const codes = codesOf(1, orgCount).map((c) => c.replace('bench-', 'open-'));
  const identityProvider = await startBenchIdentityProvider(codes.map(presidentOf), log);
  const statements = await StatementWatch.start(process.env.DATABASE_URL!);
  try {
    for (let run = 1; run <= RUNS; run++) {
      const smtp = new CountingSmtp();
      const smtpUrl = await smtp.listen();
      const databaseUrl = await scratchDatabase(process.env.DATABASE_URL!, 'jalon_open');
      // A fresh stack each run: the worker starts from nothing, as after a deploy.
      const stack = await startJalonStack(databaseUrl, { smtpUrl, env: { SEND_POLL_MS: '100' }, identityProvider });
      const db = createDatabase<Database>(databaseUrl, PLANS_SCHEMA, 4);
      try {
        const t0 = performance.now();
        const orgs: Array<Organisation & { plan: SignedPlan }> = [];
        await pool(codes, 8, async (code) => { orgs.push(await createOrganisation(stack, db, code)); });
        orgs.sort((a, b) => a.code.localeCompare(b.code));
        const tokens = await presidentsTokens(stack, orgs);
        await documentsRendered(db, log);
        log(`run ${run}: ${orgs.length} organisations ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; idle worker RSS ${memoryMiB(stack.workerPid).rss.toFixed(0)} MiB`);
        let open = 0;
        for (const level of LEVELS) {
          await statements?.reset();
          const result = await runLevel(stack, smtp, orgs, tokens, open, level, orgs[0]!.plan);
          records.push({ level: `${level} open cycles`, figures: result.figures });
          if (statements) log(`  PostgreSQL's statements: ${await statements.report('open-cycles', `run${run}-${level}`)}`);
          log(`run ${run}: ${result.open} of ${level} cycles open${result.settled ? '' : ' (gave up)'}: launched at ${result.figures['launches/s'].toFixed(1)}/s, open after ${result.openSeconds.toFixed(0)} s; worker RSS peak ${result.figures['worker RSS peak (MiB)'].toFixed(0)} MiB, settled ${result.figures['worker RSS settled (MiB)'].toFixed(0)} MiB; ${result.drafting} sampled cycles in drafting; decision p50 ${result.figures['decision p50 (ms)'].toFixed(1)} ms p99 ${result.figures['decision p99 (ms)'].toFixed(1)} ms; during the launches p50 ${result.figures['decision during launches p50 (ms)']?.toFixed(1)} ms p99 ${result.figures['decision during launches p99 (ms)']?.toFixed(1)} ms`);
          open = result.open;
          if (!result.settled) break;
        }
      } finally {
        await db.destroy();
        await stack.stop();
        await smtp.close();
      }
    }
  } finally {
    await identityProvider.stop();
    await statements?.close();
  }
  const file = writeEngineResult({
    benchmark: 'open-cycles', engine: benchEngine(), measuredAt: new Date().toISOString(), runs: RUNS, machine: watch.machine(),
    levels: levelsFrom(records),
    notes: [
      `${orgCount} organisations, up to ${YEARS.length} cycles each (years 2001–2100), ${LAUNCH_CONCURRENCY} launches at once; a level not open within ${GIVE_UP_MS / 1000} s is cut there ("cycles open" says how far it got)`,
      `worker RSS peak: the kernel's high-water mark (VmHWM) since the worker started; settled: VmRSS ${SETTLE_MS / 1000} s after the last e-mail; decisions: ${DECISIONS} one at a time once the level is open, and ${DECISIONS} during the launches, one a second from a tenth of them on`,
      `the worker runs as \`npm start\` runs it: ${workerMemory.nodeArgs.join(' ')}, ${Object.entries(workerMemory.env).map(([k, v]) => `${k}=${v}`).join(' ')} (infra/src/worker-memory.ts)`,
    ],
  });
  log(`open-cycles: ${file}`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
