import { HttpError } from '@jalon/service-kit';
import { isGrpcServiceError, NamespaceNotFoundError, ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

/**
 * The code of every 503 the portal answers when Temporal or the cycles' worker cannot serve a call
 * now: API callers branch on it, and pages say it in the reader's language, next to the form that
 * was sent (it is not a fault of the request, and sending it again later can succeed).
 */
export const CYCLE_UNAVAILABLE = 'cycle.unavailable';

/**
 * gRPC statuses by which Temporal says it cannot serve a call now, whatever was asked: it is down
 * (14, UNAVAILABLE) or overloaded (8, RESOURCE_EXHAUSTED), or its store cannot find the namespace for
 * a moment (5, NOT_FOUND: on a start, only the namespace can be missing; the dev server's SQLite does
 * this under load, temporalio/temporal#3784). Nothing was done; sent again later, the same call
 * can succeed. Any other status is about the call itself, and stays a 500.
 */
const REFUSED = new Set([14, 8, 5]);
/**
 * gRPC statuses of a call cut before its answer, which Temporal may have done all the same: 4,
 * DEADLINE_EXCEEDED, the call outlived the portal's deadline; 1, CANCELLED, Temporal's server cut it
 * at that deadline and said so before the client's own timer fired (a race at short deadlines; the
 * portal never cancels a call itself). The SDK's Updates count both alike.
 */
const UNANSWERED = new Set([4, 1]);

/**
 * What Temporal's failure of a call says: `refused`, it did not do it; `unanswered`, it may have
 * (past the deadline, or an Update the worker did not answer in time); undefined, a fault in what
 * the portal sent (a 500).
 */
function temporalOutage(error: unknown): 'refused' | 'unanswered' | undefined {
  if (error instanceof NamespaceNotFoundError) return 'refused';
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return 'unanswered';
  const grpc = error instanceof ServiceError ? error.cause : error;
  if (!isGrpcServiceError(grpc)) return undefined;
  if (REFUSED.has(grpc.code)) return 'refused';
  return UNANSWERED.has(grpc.code) ? 'unanswered' : undefined;
}

/**
 * The 503 for Temporal's failure of a call, saying what a refusal or a call left unanswered means for
 * that call; undefined when the failure is not an outage (the caller rethrows it, a 500).
 */
export function outageOf(error: unknown, says: Record<'refused' | 'unanswered', string>): HttpError | undefined {
  const outage = temporalOutage(error);
  return outage && cycleUnavailable(says[outage], error);
}

/** A 503 `cycle.unavailable` saying `message`, keeping Temporal's failure as its cause for the log. */
export const cycleUnavailable = (message: string, cause: unknown) =>
  Object.assign(new HttpError(503, message, { code: CYCLE_UNAVAILABLE }), { cause });
