import { patched, workflowInfo } from '@temporalio/workflow';
import { roundsTaskQueue } from './task-queues.js';

/**
 * Workflows started before it start their rounds where they did, on their own task queue: a child's
 * start is a command their histories recorded.
 */
export const ROUNDS_QUEUE_PATCH = 'rounds-own-task-queue';

/** The options a workflow starts a round with: on the rounds' task queue (see roundsTaskQueue). */
export const roundPlacement = (): { taskQueue?: string } =>
  (patched(ROUNDS_QUEUE_PATCH) ? { taskQueue: roundsTaskQueue(workflowInfo().taskQueue) } : {});
