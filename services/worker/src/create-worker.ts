import { createRequire } from 'node:module';
import { createActivities, type ActivityDependencies } from '@jalon/activities';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';

const require = createRequire(import.meta.url);

/** The source entry of every workflow; the worker bundles from it unless given a pre-built bundle. */
export const workflowsPath = require.resolve('@jalon/workflows');

export interface JalonWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /**
   * Encrypts every payload and failure message (`workerDataConverter`). A pre-built bundle must have
   * been bundled with its `failureConverterPath`: the sandbox takes the failure converter from there.
   */
  dataConverter: DataConverter;
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
    dataConverter: options.dataConverter,
    activities: createActivities(options.dependencies),
    // Ctrl-C or a rolling restart: activities under way get this long to finish, then are cancelled
    // (each is idempotent and retried); the services stop within 5 s (packages/service-kit/src/listen.ts).
    shutdownGraceTime: '3s',
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
    ...workflows,
  });
}
