/**
 * The worker's memory with 1,000 and 10,000 open plan workflows (committee rounds waiting for their
 * members), and the decision latency while they are open. Target: at most 1 GiB with 10,000. Three
 * runs; medians in bench/results/open-workflows.json and a table.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { approvalRound, roundState, type ApprovalRoundInput } from '@jalon/workflows';
import { decisionLinks, formsOf, load, log, median, postDecision, repoRoot, startJalonStack, type Figures } from './bench-support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LEVELS = (process.env.BENCH_OPEN_LEVELS ?? '1000,10000').split(',').map(Number);
const DECISIONS = 50;

/** Resident memory of a process, from /proc (MiB). */
const rssMiB = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;

async function main() {
  const results: Array<{ run: number; open: number; startSeconds: number; rssMiB: number; decision: Figures }> = [];
  for (let run = 1; run <= RUNS; run++) {
    // A fresh stack each run: the worker starts from nothing, as after a deploy.
    const stack = await startJalonStack(process.env.DATABASE_URL!);
    try {
      let open = 0;
      log(`run ${run}: idle worker RSS ${rssMiB(stack.workerPid).toFixed(0)} MiB`);
      for (const level of LEVELS) {
        const started = performance.now();
        const members = ['dgsp', 'oe', 'dgiac'].map((id) => ({ personId: id, name: id, email: `${id}@bench.example`, language: 'fr' as const }));
        const handles = await (async () => {
          const all = [];
          for (let from = open; from < level; from += 100) {
            all.push(...await Promise.all(Array.from({ length: Math.min(100, level - from) }, (_, k) => {
              const input: ApprovalRoundInput = {
                roundId: `open-${run}-${from + k}`, step: 'committee', planId: `plan-open-${from + k}`, planVersion: 1, planSha256: 'ab'.repeat(32),
                rule: { kind: 'all' }, members, items: ['plan'],
              };
              return stack.client.workflow.start(approvalRound, { taskQueue: stack.taskQueue, workflowId: input.roundId, args: [input] });
            })));
          }
          return all;
        })();
        // The last ones answering a query means the worker has run every first task.
        for (const h of handles.slice(-20)) {
          // A query waits for the worker, which may still be working through the first tasks.
          for (let tries = 0; ; tries++) {
            const answered = await h.query(roundState).then(() => true, () => false);
            if (answered) break;
            if (tries > 60) throw new Error(`${h.workflowId} never ran its first task`);
          }
        }
        open = level;
        const startSeconds = (performance.now() - started) / 1000;
        await new Promise((r) => setTimeout(r, 5_000));
        const rss = rssMiB(stack.workerPid);
        const forms = await formsOf(stack.portalUrl, await decisionLinks(stack, DECISIONS, `open-${run}-${level}`));
        const decision = await load(forms.length, 1, (i) => postDecision(stack.portalUrl, forms[i]!));
        results.push({ run, open: level, startSeconds, rssMiB: rss, decision });
        log(`run ${run}: ${level} open workflows (started in ${startSeconds.toFixed(1)} s): worker RSS ${rss.toFixed(0)} MiB; decision p50 ${decision.p50.toFixed(1)} ms p99 ${decision.p99.toFixed(1)} ms`);
      }
    } finally {
      await stack.stop();
    }
  }
  const summary = LEVELS.map((open) => {
    const of = <T>(pick: (r: (typeof results)[number]) => number) => median(results.filter((r) => r.open === open).map(pick)) as T;
    return { open, rssMiB: of<number>((r) => r.rssMiB), decisionP50: of<number>((r) => r.decision.p50), decisionP99: of<number>((r) => r.decision.p99), startSeconds: of<number>((r) => r.startSeconds) };
  });
  const out = path.join(repoRoot, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'open-workflows.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, summary, results }, null, 2)}\n`);
  console.log('\nOpen workflows (medians of %d runs)', RUNS);
  console.log('     open | worker RSS (MiB) | decision p50 | decision p99 | time to start them (s)');
  for (const s of summary) {
    console.log(`${String(s.open).padStart(9)} | ${s.rssMiB.toFixed(0).padStart(16)} | ${s.decisionP50.toFixed(1).padStart(12)} | ${s.decisionP99.toFixed(1).padStart(12)} | ${s.startSeconds.toFixed(1).padStart(22)}`);
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
