import { createRequire } from 'node:module';
import { createActivities, type ActivityDependencies } from '@jalon/activities';
import { workflowBundleOptions } from '@jalon/temporal-connection';
import type { DataConverter } from '@temporalio/common';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { JalonWorker } from './jalon-worker.js';
import { taskQueueOf, type WorkerQueue } from './worker-queues.js';

const require = createRequire(import.meta.url);

/** The source entry of every workflow; the worker bundles from it unless given a pre-built bundle. */
export const workflowsPath = require.resolve('@jalon/workflows');

export interface JalonWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  /** the cycles' and plans' task queue; the rounds' is named after it (roundsTaskQueue) */
  taskQueue: string;
  /** the queues this process polls (default both): a deployment may give the rounds workers of their own */
  queues?: readonly WorkerQueue[];
  /**
   * Encrypts every payload and failure message (`workerDataConverter`). A pre-built bundle must have
   * been bundled with its `failureConverterPath`: the sandbox takes the failure converter from there.
   */
  dataConverter: DataConverter;
  dependencies: ActivityDependencies;
  /** cycles and plans kept in memory between tasks (default: the SDK's, from the heap size) */
  maxCachedWorkflows?: number;
  /** rounds kept in memory between tasks: a queue's worker has a cache of its own (default: as the cycles') */
  maxCachedRounds?: number;
  /** pre-built workflow code (production bundle file, or a test run's in-memory bundle) */
  workflowBundle?: { codePath: string } | { code: string };
}

/**
 * A worker per task queue, in one process and on one connection: the same workflow code (bundled
 * once) and activities on each, but slots and a workflow cache of each queue's own, so that a
 * backlog of cycle tasks never delays a person's decision.
 */
export async function createJalonWorker(options: JalonWorkerOptions): Promise<JalonWorker> {
  const queues = options.queues ?? ['main', 'rounds'];
  // Bundled once for both queues' workers (4 s of CPU and its memory each otherwise).
  const workflowBundle = options.workflowBundle ?? await bundleWorkflowCode(workflowBundleOptions(workflowsPath));
  const activities = createActivities(options.dependencies);
  const cache = { main: options.maxCachedWorkflows, rounds: options.maxCachedRounds ?? options.maxCachedWorkflows };
  const workers = await Promise.all(queues.map((queue) => Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: taskQueueOf(queue, options.taskQueue),
    dataConverter: options.dataConverter,
    activities,
    // Ctrl-C or a rolling restart: activities under way get this long to finish, then are cancelled
    // (each is idempotent and retried); the services stop within 5 s (packages/service-kit/src/listen.ts).
    shutdownGraceTime: '3s',
    ...(cache[queue] !== undefined ? { maxCachedWorkflows: cache[queue] } : {}),
    workflowBundle,
  })));
  return new JalonWorker(workers);
}
