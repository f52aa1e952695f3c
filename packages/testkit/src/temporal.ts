import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { workflowBundleOptions } from '@jalon/temporal-connection';
import type { DataConverter } from '@temporalio/common';
import { testClientDataConverter, testTemporalSettings, testWorkerDataConverter } from './test-payload-keys.js';
import { uniqueSuffix } from './test-env.js';

interface Teardown { teardown: (fn: () => unknown) => void }

const bundles = new Map<string, Promise<{ code: string }>>();
let runtimeInstalled = false;

/**
 * Worker state changes at INFO would bury the test output; warnings and errors still show. Must run
 * before anything creates the SDK runtime (a native connection, a test environment).
 */
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

/**
 * The workflow code at `workflowsPath`, bundled once per test run: the first test process to need it
 * bundles it (4 s of CPU) into the run's folder (JALON_TEST_DIR, which `npm test` sets), the others
 * read it there, and every worker of a process reuses it. Sources do not change during a run, which
 * type-checks them first. Bundled with Jalon's failure converter, as the worker needs (failure
 * messages encrypted).
 */
export function workflowBundle(workflowsPath: string): Promise<{ code: string }> {
  let bundle = bundles.get(workflowsPath);
  if (!bundle) {
    bundle = bundledForTheRun(workflowsPath);
    bundles.set(workflowsPath, bundle);
  }
  return bundle;
}

async function bundledForTheRun(workflowsPath: string): Promise<{ code: string }> {
  const make = () => bundleWorkflowCode(workflowBundleOptions(workflowsPath));
  const runDir = process.env.JALON_TEST_DIR;
  if (!runDir) return make();
  const file = path.join(runDir, 'workflow-bundles', `${createHash('sha256').update(workflowsPath).digest('hex').slice(0, 16)}.js`);
  const kept = await readFile(file, 'utf8').catch(() => undefined);
  if (kept !== undefined) return { code: kept };
  const made = await make();
  // Written aside and renamed: a process starting meanwhile reads a whole bundle or none.
  await mkdir(path.dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}`;
  await writeFile(aside, made.code);
  await rename(aside, file);
  return made;
}


/** Where a test's worker polls. */
export interface WorkerTarget {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** encrypts payloads with the test key, as every Jalon worker encrypts them */
  dataConverter: DataConverter;
}

/** What a test starts and stops: an SDK worker, or an application's workers run together. */
export type TestWorker = Pick<Worker, 'run' | 'shutdown' | 'getState'>;

/**
 * Creates, without running it, the worker a test needs on `target`. The test kit knows no workflow
 * nor activity: the tests hand it this function, with the options its callers may pass.
 */
export type CreateTestWorker<Options> = (target: WorkerTarget, options?: Options) => Promise<TestWorker>;

export interface TestTemporal<Options> {
  client: Client;
  taskQueue: string;
  namespace: string;
  /** Starts a worker on this test's task queue; it stops when the test ends. */
  startWorker: (options?: Options) => Promise<TestWorker>;
}

/**
 * A client of the test Temporal server and a task queue of this test's own, so that tests running
 * at the same time never pick up each other's workflows.
 */
export async function testTemporal<Options>(t: Teardown, createWorker: CreateTestWorker<Options>): Promise<TestTemporal<Options>> {
  const { connection: connectionOptions, namespace } = testTemporalSettings();
  const connection = await Connection.connect(connectionOptions);
  t.teardown(() => connection.close());
  const client = new Client({ connection, namespace, dataConverter: testClientDataConverter() });
  const taskQueue = `test-${uniqueSuffix()}`;
  return {
    client,
    taskQueue,
    namespace,
    startWorker: async (options) => {
      quietRuntime();
      const workerConnection = await NativeConnection.connect(connectionOptions);
      const target = { connection: workerConnection, namespace, taskQueue, dataConverter: testWorkerDataConverter() };
      return runTestWorker(t, await createWorker(target, options), workerConnection);
    },
  };
}

/** Runs `worker` until the test ends, then stops it and closes `ownConnection` when the worker had one of its own. */
export async function runTestWorker<W extends TestWorker>(t: Teardown, worker: W, ownConnection?: NativeConnection): Promise<W> {
  const running = worker.run();
  t.teardown(async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
    if (ownConnection) await ownConnection.close();
  });
  return worker;
}
