import type { ActivityDependencies } from '@jalon/activities';
import * as testkit from '@jalon/testkit';
import { createJalonWorker, workflowsPath } from '../src/create-worker.js';
import type { WorkerQueue } from '../src/worker-queues.js';

export type { WorkerQueue };

/*
 * The test kit's servers with Jalon's worker on them: the composition a shared package must not make
 * (packages never depend on the worker), made here once for every test and benchmark.
 */

interface Teardown { teardown: (fn: () => unknown) => void }

/** the services a test's worker calls (those it leaves out are unreachable), and the queues it polls (default both) */
export type TestWorkerDependencies = Partial<ActivityDependencies> & { queues?: WorkerQueue[] };
export type TestTemporal = testkit.TestTemporal<TestWorkerDependencies>;

/** Jalon's workflows, bundled once per test process. */
export const workflowBundle = () => testkit.workflowBundle(workflowsPath);

/**
 * A Jalon worker. Services a test does not start are pointed at a closed port, so an activity that
 * needs one fails loudly instead of reaching another test's.
 */
export const createTestWorker: testkit.CreateTestWorker<TestWorkerDependencies> = async (target, { queues, ...dependencies } = {}) => createJalonWorker({
  ...target,
  ...(queues ? { queues } : {}),
  dependencies: {
    plansUrl: 'http://127.0.0.1:9', notificationsUrl: 'http://127.0.0.1:9', portalUrl: 'http://127.0.0.1:9',
    signer: (await testkit.testKeyring()).auth('worker').signer, ...dependencies,
  },
  workflowBundle: await workflowBundle(),
});

/** The test Temporal server, a task queue of the test's own and `startWorker` for a Jalon worker on it. */
export const testTemporal = (t: Teardown) => testkit.testTemporal(t, createTestWorker);

/** The time-skipping test server with a Jalon worker. */
export const timeSkippingTemporal = (t: Teardown) => testkit.timeSkippingTemporal(t, createTestWorker);

/** A dev server of the test's own, for the tests that crash it, with a Jalon worker. */
export const ownDevServer = (t: Teardown) => testkit.ownDevServer(t, createTestWorker);
