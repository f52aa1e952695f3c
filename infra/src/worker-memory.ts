import { z } from 'zod';

/**
 * The worker's memory bounds, given to its process as it starts (`npm start`, the benchmarks and the
 * Kubernetes manifest say the same).
 *
 * Why: without a cap, V8 sizes its old space from the machine's memory and lets garbage pile up
 * long before it collects hard. In the open-cycles benchmark (3,000 cycles launched at about 20 a
 * second, dev server, 2 cores) the worker's live JavaScript heap was 77 MB in the middle of the
 * launches (a heap snapshot), yet its RSS reached 754 MiB and still rose; the full collection of the
 * snapshot alone gave back 230 MiB. With the old space capped at 512 MiB and glibc's malloc held to
 * two arenas (the Rust core's threads otherwise each get one), the same point of the same run was at
 * 592 MiB, with 2,215 cycles launched against 2,583 (one run each; a 256 MiB cap launched a quarter
 * fewer). The workflow cache is bounded apart (WORKER_MAX_CACHED_WORKFLOWS).
 */
export const DEFAULT_WORKER_HEAP_MIB = 512;

const HEAP = 'must be a whole number of MiB from 128 to 16384';
/** JALON_WORKER_HEAP_MIB: the worker's V8 old space, in MiB; the live heap seen was about a seventh of the default */
export const workerHeapMiBSchema = z.coerce.number({ error: HEAP }).int({ error: HEAP })
  .min(128, { error: HEAP }).max(16384, { error: HEAP }).default(DEFAULT_WORKER_HEAP_MIB);

/**
 * What a worker holds besides its old space: an idle worker's RSS, 221–257 MiB in the benchmarks
 * (code, the workflow bundle, the Rust core). A memory limit below the cap plus this kills the pod
 * before V8 would collect.
 */
export const WORKER_MIB_BESIDES_HEAP = 256;

/** glibc's arenas for the worker: two, not eight per core, for a process with a dozen native threads */
export const WORKER_MALLOC_ARENAS = 2;

/** What the worker's process is started with: Node.js arguments before the script, and environment. */
export function workerMemoryBounds(heapMiB: number = DEFAULT_WORKER_HEAP_MIB): { nodeArgs: string[]; env: Record<string, string> } {
  return { nodeArgs: [`--max-old-space-size=${heapMiB}`], env: { MALLOC_ARENA_MAX: String(WORKER_MALLOC_ARENAS) } };
}
