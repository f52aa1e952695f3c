import { roundsTaskQueue } from '@jalon/workflows';
import { z } from 'zod';

/** `main`: cycles, strategic plans and their activities; `rounds`: the approval rounds people decide in. */
export const workerQueueSchema = z.enum(['main', 'rounds'], { error: 'each queue is main or rounds (comma-separated)' });
export type WorkerQueue = z.infer<typeof workerQueueSchema>;

/** The Temporal task queue of `queue`, for a deployment whose cycles run on `taskQueue`. */
export const taskQueueOf = (queue: WorkerQueue, taskQueue: string): string => (queue === 'main' ? taskQueue : roundsTaskQueue(taskQueue));
