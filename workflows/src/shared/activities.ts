import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
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
 * time. They heartbeat every few seconds while they run, so a batch lost on its way to a worker is
 * retried after 15 s rather than 3 minutes. It was 45 s: in the fan-out benchmark (100 organisations
 * on 2 cores) three launches in a hundred waited those 45 s for their drafting e-mails, in two runs of three.
 * Timeouts are not part of what a replay compares, so running cycles take them on their next batch.
 */
export const batchAct = proxyActivities<Activities>({
  startToCloseTimeout: '3 minutes',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Short idempotent calls to the plans service, run by the worker within the workflow task that makes
 * them (local activities): no activity task dispatched through Temporal and no further workflow task
 * for its result, each persisted by the server. For the decision record's write, the person waiting
 * on the Update is answered after one task; for a cycle's launch, its plans calls before the drafting
 * e-mails take one task instead of one each (see LOCAL_PLANS_CALLS_PATCH). The same retries; past the
 * local threshold they wait on a timer, so a plans service down for a while holds no workflow task open.
 */
export const localAct = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * Cycles started before it replay their plans calls (the operational plan, last year's carry-over,
 * freezing a version, the drafting assignments, who holds a role) as the activity tasks they were;
 * from their next new workflow task on, those calls are local activities.
 */
export const LOCAL_PLANS_CALLS_PATCH = 'cycle-plans-calls-local';

/** The operational cycle's calls to the plans service (see LOCAL_PLANS_CALLS_PATCH). */
export const plansCalls = () => (patched(LOCAL_PLANS_CALLS_PATCH) ? localAct : act);
