import { PlansRefusal } from '@jalon/plans-client';
import { ApplicationFailure } from '@temporalio/common';

/**
 * What Temporal makes of an error of the plans client: a refusal will not change on retry, so it
 * fails the activity for good, typed by its code (`plans.409`, `cycle.no_signed_plan`) and with the
 * service's message; anything else (5xx, network) is thrown as is, and Temporal retries it.
 */
export function activityFailureOf(error: unknown): unknown {
  if (!(error instanceof PlansRefusal)) return error;
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    nonRetryable: true,
    // `reason`: the service's stable code, which the portal turns into a message in the reader's language
    ...(error.status !== undefined ? { details: [{ status: error.status, body: error.body ?? '', ...(error.reason ? { reason: error.reason } : {}) }] } : {}),
  });
}

type AsyncFunctions = Record<string, (input: never) => Promise<unknown>>;

/** The same activities, each turning a refusal of the plans service into a failure Temporal does not retry. */
export function refusalsFinal<T extends AsyncFunctions>(activities: T): T {
  const wrapped = Object.entries(activities).map(([name, run]) => [name, async (input: never) => {
    try {
      return await run(input);
    } catch (error) {
      throw activityFailureOf(error);
    }
  }]);
  return Object.fromEntries(wrapped) as T;
}
