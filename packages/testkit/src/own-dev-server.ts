import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureTemporalBinary, freePort, startTemporalDevServer, Supervisor } from '@jalon/infra';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { testClientDataConverter, testWorkerDataConverter } from './test-payload-keys.js';
import { quietRuntime, runTestWorker, type CreateTestWorker, type TestTemporal } from './temporal.js';

interface Teardown { teardown: (fn: () => unknown) => void }

export interface OwnDevServer<Options> extends TestTemporal<Options> {
  /** kill -9 the server, as a crash or a pulled plug of its process would */
  crash(): Promise<void>;
  /** starts it again on the same SQLite file and port; clients and workers reconnect by themselves */
  restart(): Promise<void>;
}

/**
 * A Temporal dev server of the test's own, on an SQLite file, for the tests that stop it: the shared
 * test server must stay up for the tests running beside them.
 */
export async function ownDevServer<Options>(t: Teardown, createWorker: CreateTestWorker<Options>): Promise<OwnDevServer<Options>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-own-temporal-'));
  const options = {
    binary: await ensureTemporalBinary(() => undefined), port: await freePort(), uiPort: null,
    dbFile: path.join(dir, 'temporal.sqlite'), logFile: path.join(dir, 'temporal.log'),
  };
  let supervisor = new Supervisor();
  t.teardown(async () => {
    await supervisor.stopAll();
    rmSync(dir, { recursive: true, force: true });
  });
  const { address } = await startTemporalDevServer(supervisor, options);
  quietRuntime();
  const connection = await Connection.connect({ address });
  t.teardown(() => connection.close());
  const taskQueue = 'own-dev-server';
  return {
    client: new Client({ connection, dataConverter: testClientDataConverter() }), taskQueue, namespace: 'default',
    startWorker: async (workerOptions) => {
      const workerConnection = await NativeConnection.connect({ address });
      return runTestWorker(t, await createWorker({ connection: workerConnection, namespace: 'default', taskQueue, dataConverter: testWorkerDataConverter() }, workerOptions), workerConnection);
    },
    crash: async () => {
      for (const pid of supervisor.pids()) process.kill(-pid, 'SIGKILL');
      await supervisor.stopAll();
      supervisor = new Supervisor();
    },
    restart: async () => {
      await startTemporalDevServer(supervisor, options);
    },
  };
}
