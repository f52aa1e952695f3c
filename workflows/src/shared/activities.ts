import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
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

/**
 * The decision record's write, run by the worker within the workflow task that accepted the act (a
 * local activity): the person waiting on the Update is answered after that one task, instead of a
 * second one behind an activity task dispatched through Temporal, each persisted by the server (on
 * PostgreSQL, the decision path's main cost). The same retries; past the local threshold they wait on
 * a timer, so a plans service down for a while does not hold a workflow task open.
 */
export const localAct = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
