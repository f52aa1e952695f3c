import { createJalonWorker, workflowsPath } from '@jalon/worker';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import type { ActivityDependencies } from '@jalon/activities';
import { testEnv, uniqueSuffix } from './test-env.js';

interface Teardown { teardown: (fn: () => unknown) => void }

let bundle: Promise<{ code: string }> | undefined;
let runtimeInstalled = false;

/** Worker state changes at INFO would bury the test output; warnings and errors still show. */
/** Must run before anything creates the SDK runtime (a native connection, a test environment). */
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

/** Workflow code is bundled once per test process; every worker of the process reuses it. */
export function workflowBundle(): Promise<{ code: string }> {
  bundle ??= bundleWorkflowCode({ workflowsPath, logger: quietLogger });
  return bundle;
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: console.error, log: noop };

export interface TestTemporal {
  client: Client;
  taskQueue: string;
  namespace: string;
  /** Starts a Jalon worker on this test's task queue; it stops when the test ends. */
  startWorker: (dependencies?: Partial<ActivityDependencies>) => Promise<Worker>;
}

/**
 * A client of the test Temporal server and a task queue of this test's own, so that tests running
 * at the same time never pick up each other's workflows.
 */
export async function testTemporal(t: Teardown): Promise<TestTemporal> {
  const { TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: namespace } = testEnv();
  const connection = await Connection.connect({ address });
  t.teardown(() => connection.close());
  const client = new Client({ connection, namespace });
  const taskQueue = `test-${uniqueSuffix()}`;
  return {
    client,
    taskQueue,
    namespace,
    startWorker: async (dependencies = {}) => {
      quietRuntime();
      const workerConnection = await NativeConnection.connect({ address });
      return runTestWorker(t, { connection: workerConnection, namespace, taskQueue, dependencies, closeConnection: true });
    },
  };
}

/**
 * A Jalon worker for one test, stopped when the test ends. Services a test does not start are
 * pointed at a closed port, so an activity that needs one fails loudly instead of reaching another
 * test's.
 */
export async function runTestWorker(t: Teardown, options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dependencies: Partial<ActivityDependencies>;
  closeConnection?: boolean;
}): Promise<Worker> {
  const worker = await createJalonWorker({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    dependencies: { plansUrl: 'http://127.0.0.1:9', notificationsUrl: 'http://127.0.0.1:9', portalUrl: 'http://127.0.0.1:9', ...options.dependencies },
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  t.teardown(async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
    if (options.closeConnection) await options.connection.close();
  });
  return worker;
}
