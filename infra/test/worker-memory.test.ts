import { spawnSync } from 'node:child_process';
import t from 'tap';
import { runConfigSchema } from '../src/run-config.js';
import { serviceProcesses } from '../src/service-processes.js';

/** What a Node.js process started as `npm start` starts the service sees: its heap limit and its allocator's setting. */
function startedAs(nodeArgs: string[], env: Record<string, string>) {
  const probe = 'console.log(JSON.stringify({ heapMiB: require("node:v8").getHeapStatistics().heap_size_limit / 2 ** 20, arenas: process.env.MALLOC_ARENA_MAX ?? null }))';
  const result = spawnSync(process.execPath, [...nodeArgs, '-e', probe], { env: { ...process.env, MALLOC_ARENA_MAX: '', ...env }, encoding: 'utf8' });
  return JSON.parse(result.stdout) as { heapMiB: number; arenas: string | null };
}

t.test('npm start gives every worker, and only the workers, the heap cap and two malloc arenas', async (t) => {
  const processes = await serviceProcesses(runConfigSchema.parse({ JALON_WORKERS: '2', JALON_WORKER_HEAP_MIB: '384' }));
  const workers = processes.filter((p) => p.kind === 'worker');
  t.equal(workers.length, 2);
  for (const worker of workers) {
    const seen = startedAs(worker.nodeArgs, worker.env);
    // heap_size_limit is the old space plus the young generation's (192 MiB on Node 24 here).
    t.ok(seen.heapMiB >= 384 && seen.heapMiB <= 384 + 256, `${worker.name}: a heap limit of ${seen.heapMiB.toFixed(0)} MiB`);
    t.equal(seen.arenas, '2', `${worker.name}: MALLOC_ARENA_MAX=2`);
  }
  const plans = processes.find((p) => p.kind === 'plans')!;
  t.same([plans.nodeArgs, startedAs(plans.nodeArgs, plans.env).arenas], [[], ''], 'plans keeps Node.js\'s own sizing');
  const byDefault = (await serviceProcesses(runConfigSchema.parse({}))).find((p) => p.kind === 'worker')!;
  t.same(byDefault.nodeArgs, ['--max-old-space-size=512'], 'without JALON_WORKER_HEAP_MIB, 512 MiB');
});
