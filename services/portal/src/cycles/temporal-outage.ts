import { isGrpcServiceError, NamespaceNotFoundError, ServiceError } from '@temporalio/client';

/**
 * gRPC statuses by which Temporal says it cannot serve a start now, whatever was asked: it is down
 * (14, UNAVAILABLE) or overloaded (8, RESOURCE_EXHAUSTED), or its store cannot find the namespace for
 * a moment (5, NOT_FOUND: on a start, only the namespace can be missing; the dev server's SQLite does
 * this under load, temporalio/temporal#3784). Nothing was started; sent again later, the same call
 * can succeed. Any other status is about the call itself, and stays a 500.
 */
const REFUSED = new Set([14, 8, 5]);
/** 4, DEADLINE_EXCEEDED: the call outlived the portal's deadline, and Temporal may have started the workflow all the same. */
const UNANSWERED = 4;

/**
 * What Temporal's failure to start a workflow says: `refused`, it did not start it; `unanswered`, it
 * may have; undefined, a fault in what the portal sent (a 500).
 */
export function temporalOutage(error: unknown): 'refused' | 'unanswered' | undefined {
  if (error instanceof NamespaceNotFoundError) return 'refused';
  const grpc = error instanceof ServiceError ? error.cause : error;
  if (!isGrpcServiceError(grpc)) return undefined;
  if (REFUSED.has(grpc.code)) return 'refused';
  return grpc.code === UNANSWERED ? 'unanswered' : undefined;
}
