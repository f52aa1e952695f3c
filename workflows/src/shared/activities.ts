import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '@jalon/activities';

/**
 * The activities every workflow calls, with one policy: each is idempotent, so a failed call is
 * retried (backing off up to a minute) until it succeeds or fails for good.
 */
export const act = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Calls that do many idempotent things at once (a cycle's drafting e-mails): the same retries, more
 * time. They heartbeat after each thing done (every call inside has a 15 s timeout), so a batch lost
 * on its way to a worker is retried after 45 s rather than 3 minutes. Timeouts are not part of what
 * a replay compares, so running cycles take them on their next batch.
 */
export const batchAct = proxyActivities<Activities>({
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '45 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
