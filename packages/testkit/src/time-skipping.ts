import { spawn } from 'node:child_process';
import { freePort, waitForPort } from '@jalon/infra';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { quietRuntime, runTestWorker, type CreateTestWorker, type TestTemporal } from './temporal.js';
import { uniqueSuffix } from './test-env.js';
import { testClientDataConverter, testWorkerDataConverter } from './test-payload-keys.js';

interface Teardown { teardown: (fn: () => unknown) => void }

const HOUR_MS = 3_600_000;

/**
 * The test server's clock. It starts at the machine's time and only moves forward, so a test that
 * sleeps to a fixed instant breaks once the machine's date passes it: tests take their instants from
 * this clock (e.g. a cycle of the year after `now()`), and sleep from where it stands.
 */
export interface SkippingClock {
  now(): Promise<Date>;
  /**
   * Moves the clock to `marginMs` past `instant` (an hour by default: past what the workflows were to
   * do at `instant`), from where the last sleep left it; nothing when it is already there.
   */
  sleepPast(instant: Date, marginMs?: number): Promise<void>;
}

function skippingClock(env: TestWorkflowEnvironment): SkippingClock {
  const now = async () => new Date(await env.currentTimeMs());
  return {
    now,
    sleepPast: async (instant, marginMs = HOUR_MS) => {
      const ms = instant.getTime() + marginMs - (await now()).getTime();
      if (ms > 0) await env.sleep(ms);
    },
  };
}

/**
 * The SDK waits 5 s for the Java test server to listen, a limit it does not let us change; a JVM
 * starting on a loaded machine (parallel test runs on two cores) can take much longer. Then the
 * server is started here, given a minute, and the environment connects to it with time skipping
 * through the SDK's own constructor (`create`, not in its typings: what `createTimeSkipping` calls
 * once its server listens).
 */
async function startedTimeSkipping(t: Teardown, path: string): Promise<TestWorkflowEnvironment> {
  try {
    return await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path } }, client: { dataConverter: testClientDataConverter() },
    });
  } catch (error) {
    if (!/did not start within/.test(String(error))) throw error;
  }
  const port = await freePort();
  const server = spawn(path, [String(port)], { stdio: 'ignore' });
  t.teardown(() => { server.kill(); });
  const exited = new Promise<never>((_, reject) => server.once('exit', (code) => reject(new Error(`the Java test server stopped (exit code ${code}) before listening`))));
  // Killed at teardown, the server exits long after the race: that later rejection is nobody's error.
  exited.catch(() => undefined);
  await Promise.race([waitForPort(port, 60_000), exited]);
  const create = (TestWorkflowEnvironment as unknown as { create: (o: object) => Promise<TestWorkflowEnvironment> }).create.bind(TestWorkflowEnvironment);
  return create({
    server: { type: 'existing' }, address: `127.0.0.1:${port}`, namespace: 'default', supportsTimeSkipping: true,
    client: { dataConverter: testClientDataConverter() },
  });
}

/**
 * Temporal's time-skipping test server, one per test: when every workflow waits on a timer, its
 * clock jumps to the next one, so reminders and escalations days apart are tested in seconds.
 */
export async function timeSkippingTemporal<Options>(
  t: Teardown, createWorker: CreateTestWorker<Options>,
): Promise<TestTemporal<Options> & { env: TestWorkflowEnvironment; clock: SkippingClock }> {
  const path = process.env.JALON_JAVA_TEST_SERVER;
  if (!path) throw new Error('The time-skipping test server is not configured (JALON_JAVA_TEST_SERVER). Run the tests through `npm test`.');
  quietRuntime();
  const env = await startedTimeSkipping(t, path);
  t.teardown(() => env.teardown());
  const taskQueue = `skip-${uniqueSuffix()}`;
  const namespace = env.namespace ?? 'default';
  return {
    env,
    clock: skippingClock(env),
    client: env.client,
    taskQueue,
    namespace,
    startWorker: async (options) => runTestWorker(t, await createWorker({ connection: env.nativeConnection, namespace, taskQueue, dataConverter: testWorkerDataConverter() }, options)),
  };
}
