import { serviceAuthFrom } from '@jalon/auth';
import { createService, listenUntilStopped, parseEnv, refuseUnsafeProduction, runMain } from '@jalon/service-kit';
import { temporalSettings, workerDataConverter } from '@jalon/temporal-connection';
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { workerConfigSchema } from './config.js';
import { createJalonWorker } from './create-worker.js';
import { taskQueueOf } from './worker-queues.js';

runMain('worker', async () => {
  const config = parseEnv(workerConfigSchema);
  await refuseUnsafeProduction('worker');
  Runtime.install({ logger: new DefaultLogger(config.TEMPORAL_LOG_LEVEL as LogLevel) });
  const auth = serviceAuthFrom(config, 'worker');
  const temporal = temporalSettings(config);
  const connection = await NativeConnection.connect(temporal.connection);
  const worker = await createJalonWorker({
    connection,
    namespace: temporal.namespace,
    dataConverter: workerDataConverter(temporal.keyring),
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    queues: config.WORKER_QUEUES,
    dependencies: {
      plansUrl: config.PLANS_URL, notificationsUrl: config.NOTIFICATIONS_URL, portalUrl: config.PORTAL_URL,
      signer: auth.signer, publicBaseUrl: config.PUBLIC_BASE_URL,
    },
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxCachedRounds: config.WORKER_MAX_CACHED_ROUNDS,
    ...(config.WORKFLOW_BUNDLE ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE } } : {}),
  });

  // The worker has no API; this route lets `pnpm start` and operators see that it polls.
  const app = await createService({
    name: 'worker',
    title: 'Jalon worker',
    description: `Runs Jalon's workflows and activities on task queues ${config.WORKER_QUEUES.map((q) => taskQueueOf(q, config.TEMPORAL_TASK_QUEUE)).join(' and ')}.`,
    health: [{
      name: 'temporal-worker',
      check: async () => {
        if (worker.getState() !== 'RUNNING') throw Object.assign(new Error('not running'), { code: worker.getState() });
      },
    }],
    // Nothing but /health and /docs, both open; any route added later must declare who may call it.
    access: { services: auth.verifier },
  });
  const running = worker.run();
  // Stopping drains: the tasks under way finish (activities get the worker's shutdown grace time,
  // then are cancelled and retried elsewhere) before the process exits.
  app.addHook('onClose', async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running.catch(() => undefined);
  });
  await listenUntilStopped(app, config.PORT, config.HOST);
  await running;
  await connection.close();
});
