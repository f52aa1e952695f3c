import type { ActivityDependencies } from '@jalon/activities';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { quietRuntime, runTestWorker } from './temporal.js';
import { uniqueSuffix } from './test-env.js';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * Temporal's time-skipping test server, one per test: when every workflow waits on a timer, its
 * clock jumps to the next one, so reminders and escalations days apart are tested in seconds.
 */
export async function timeSkippingTemporal(t: Teardown) {
  const path = process.env.JALON_JAVA_TEST_SERVER;
  if (!path) throw new Error('The time-skipping test server is not configured (JALON_JAVA_TEST_SERVER). Run the tests through `npm test`.');
  quietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  t.teardown(() => env.teardown());
  const taskQueue = `skip-${uniqueSuffix()}`;
  return {
    env,
    client: env.client,
    taskQueue,
    /** a Jalon worker whose activities call the given services */
    startWorker: (dependencies: Partial<ActivityDependencies> = {}): Promise<Worker> =>
      runTestWorker(t, { connection: env.nativeConnection, namespace: env.namespace ?? 'default', taskQueue, dependencies }),
  };
}
