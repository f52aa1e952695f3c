import { serviceAuthEnvSchema } from '@jalon/auth';
import { portSchema } from '@jalon/service-kit';
import { temporalEnvSchema } from '@jalon/temporal-connection';
import { z } from 'zod';
import { workerQueueSchema } from './worker-queues.js';

export const workerConfigSchema = z.object({
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('jalon'),
  /** the worker's own health route */
  PORT: portSchema.default(3003),
  /** where that route listens: 127.0.0.1 locally; 0.0.0.0 in a cluster, where the kubelet's probe comes from outside the pod */
  HOST: z.string().default('127.0.0.1'),
  PLANS_URL: z.url().default('http://127.0.0.1:3001'),
  NOTIFICATIONS_URL: z.url().default('http://127.0.0.1:3002'),
  /** the portal's internal API (decision links) */
  PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
  /** the portal's public address: links to its pages in the e-mails the cycle sends (progress) */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
  /** a pre-built workflow bundle (production); without it the worker bundles the sources at start */
  WORKFLOW_BUNDLE: z.string().optional(),
  /**
   * Workflows kept in memory between their tasks. Each costs about 2 MiB; one evicted is replayed
   * from its (short) history at its next task. The SDK's default follows the heap size (about 2,000
   * on this machine, about 4 GiB); 150 keeps the worker under 1 GiB with 10,000 open workflows.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(150),
  /**
   * Approval rounds kept in memory, in a cache of their own (the rounds' task queue has its own
   * worker). Rounds are small and short; one evicted replays at the person's next decision.
   */
  WORKER_MAX_CACHED_ROUNDS: z.coerce.number().int().min(0).max(100_000).default(50),
  /**
   * The task queues this process polls, comma-separated: `main` (cycles, plans), `rounds` (the
   * approval rounds people decide in). Both by default; a deployment may run rounds-only workers so
   * that decisions keep their own CPU on a day of mass launches.
   */
  WORKER_QUEUES: z.string().default('main,rounds')
    .transform((s) => [...new Set(s.split(',').map((q) => q.trim()).filter((q) => q !== ''))])
    .pipe(z.array(workerQueueSchema).min(1, 'name at least one task queue: main, rounds')),
  /** the Temporal SDK's own log; INFO includes the bundler's output at every start */
  TEMPORAL_LOG_LEVEL: z.enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR']).default('WARN'),
}).extend(serviceAuthEnvSchema.shape).extend(temporalEnvSchema.shape);
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
