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

/** Calls that do many idempotent things at once (a cycle's drafting e-mails): the same retries, more time. */
export const batchAct = proxyActivities<Activities>({
  startToCloseTimeout: '3 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
