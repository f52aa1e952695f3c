import { isGrpcServiceError, NamespaceNotFoundError, ServiceError } from '@temporalio/client';

/**
 * gRPC statuses by which Temporal says it cannot serve a start now, whatever was asked: it is down
 * (14, UNAVAILABLE) or overloaded (8, RESOURCE_EXHAUSTED), the call outlived the portal's deadline
 * (4, DEADLINE_EXCEEDED), or its store cannot find the namespace for a moment (5, NOT_FOUND: on a
 * start, only the namespace can be missing; the dev server's SQLite does this under load,
 * temporalio/temporal#3784). Sent again later, the same call can succeed. Any other status is about
 * the call itself, and stays a 500.
 */
const OUTAGE = new Set([14, 8, 4, 5]);

/** Whether Temporal's answer to a start is an outage (503, try again) rather than a fault in what the portal sent. */
export function isTemporalOutage(error: unknown): boolean {
  if (error instanceof NamespaceNotFoundError) return true;
  const grpc = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(grpc) && OUTAGE.has(grpc.code);
}
