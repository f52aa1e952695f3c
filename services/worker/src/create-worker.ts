import { createRequire } from 'node:module';
import { createActivities, type ActivityDependencies } from '@jalon/activities';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';

const require = createRequire(import.meta.url);

/** The source entry of every workflow; the worker bundles from it unless given a pre-built bundle. */
export const workflowsPath = require.resolve('@jalon/workflows');

export interface JalonWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dependencies: ActivityDependencies;
  /** workflows kept in memory between tasks (default: the SDK's, from the heap size) */
  maxCachedWorkflows?: number;
  /** pre-built workflow code (production bundle file, or a test run's in-memory bundle) */
  workflowBundle?: { codePath: string } | { code: string };
}

export async function createJalonWorker(options: JalonWorkerOptions): Promise<Worker> {
  const workflows: Pick<WorkerOptions, 'workflowsPath' | 'workflowBundle'> = options.workflowBundle
    ? { workflowBundle: options.workflowBundle }
    : { workflowsPath };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities(options.dependencies),
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
    ...workflows,
  });
}
