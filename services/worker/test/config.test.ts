import { parseEnv } from '@jalon/service-kit';
import { testKeyring, testPayloadEnv } from '@jalon/testkit';
import t from 'tap';
import { workerConfigSchema } from '../src/config.js';
import { taskQueueOf } from '../src/worker-queues.js';

const env = { ...(await testKeyring()).env('worker'), ...testPayloadEnv() };

t.test('a worker polls the cycles\' queue and the rounds\' by default, each with its own cache', async (t) => {
  const config = parseEnv(workerConfigSchema, env);
  t.same(config.WORKER_QUEUES, ['main', 'rounds']);
  t.same(config.WORKER_QUEUES.map((q) => taskQueueOf(q, config.TEMPORAL_TASK_QUEUE)), ['jalon', 'jalon-rounds'], 'the rounds\' queue is named after the cycles\'');
  t.same([config.WORKER_MAX_CACHED_WORKFLOWS, config.WORKER_MAX_CACHED_ROUNDS], [150, 50]);
});

t.test('a rounds-only worker, as a deployment may run for decisions', async (t) => {
  t.same(parseEnv(workerConfigSchema, { ...env, WORKER_QUEUES: ' rounds ' }).WORKER_QUEUES, ['rounds']);
  t.same(parseEnv(workerConfigSchema, { ...env, WORKER_QUEUES: 'rounds,main,rounds' }).WORKER_QUEUES, ['rounds', 'main'], 'a queue named twice is polled once');
  t.same(taskQueueOf('rounds', 'spf-interieur'), 'spf-interieur-rounds');
});

t.test('a queue Jalon does not have is refused at start, naming the variable and the choices', async (t) => {
  for (const value of ['cycles', ',', 'main;rounds']) {
    t.throws(() => parseEnv(workerConfigSchema, { ...env, WORKER_QUEUES: value }), { name: 'ConfigurationError', message: /WORKER_QUEUES[.0-9]*: .*main.*rounds/ }, value);
  }
});
