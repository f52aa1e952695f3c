import { TestWorkflowEnvironment } from '@temporalio/testing';
import { quietRuntime, runTestWorker, type CreateTestWorker, type TestTemporal } from './temporal.js';
import { uniqueSuffix } from './test-env.js';
import { testClientDataConverter, testWorkerDataConverter } from './test-payload-keys.js';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * The SDK waits 5 s for the Java test server to listen, a limit it does not let us change; a JVM
 * starting on a loaded machine (parallel test runs on two cores) can take longer. Another start
 * usually makes it (the JVM's files are in the page cache by then).
 */
async function startedTimeSkipping(path: string, attempts = 4): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path } }, client: { dataConverter: testClientDataConverter() },
      });
    } catch (error) {
      if (attempt >= attempts || !/did not start within/.test(String(error))) throw error;
    }
  }
}

/**
 * Temporal's time-skipping test server, one per test: when every workflow waits on a timer, its
 * clock jumps to the next one, so reminders and escalations days apart are tested in seconds.
 */
export async function timeSkippingTemporal<Options>(
  t: Teardown, createWorker: CreateTestWorker<Options>,
): Promise<TestTemporal<Options> & { env: TestWorkflowEnvironment }> {
  const path = process.env.JALON_JAVA_TEST_SERVER;
  if (!path) throw new Error('The time-skipping test server is not configured (JALON_JAVA_TEST_SERVER). Run the tests through `npm test`.');
  quietRuntime();
  const env = await startedTimeSkipping(path);
  t.teardown(() => env.teardown());
  const taskQueue = `skip-${uniqueSuffix()}`;
  const namespace = env.namespace ?? 'default';
  return {
    env,
    client: env.client,
    taskQueue,
    namespace,
    startWorker: async (options) => runTestWorker(t, await createWorker({ connection: env.nativeConnection, namespace, taskQueue, dataConverter: testWorkerDataConverter() }, options)),
  };
}
