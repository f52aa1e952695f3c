import type { TemporalConnectionOptions } from '@jalon/temporal-connection';
import { Connection, isGrpcServiceError } from '@temporalio/client';
import Long from 'long';
import { z } from 'zod';

/** gRPC's NOT_FOUND: the namespace does not exist yet. */
const NOT_FOUND = 5;
const DAY_SECONDS = 86_400;

/**
 * How long Temporal keeps a closed workflow's history, in days. The decision record lives in the
 * plans service's PostgreSQL, so Temporal need not keep histories long: long enough to look into
 * a finished round or cycle in the Temporal UI, short enough not to hold personal data for years.
 */
export const DEFAULT_RETENTION_DAYS = 30;
export const retentionDaysSchema = z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS);

export interface RetentionResult {
  namespace: string;
  days: number;
  /** what was done: the namespace was created, its retention changed, or it already had it */
  action: 'registered' | 'updated' | 'unchanged';
}

/**
 * Sets the namespace's workflow execution retention, creating the namespace when it does not exist.
 * Idempotent: a namespace that already has it is left alone.
 */
export async function ensureNamespaceRetention(server: string | TemporalConnectionOptions, namespace: string, days: number): Promise<RetentionResult> {
  const connection = await Connection.connect(typeof server === 'string' ? { address: server } : server);
  // Temporal's durations are protobuf int64 seconds.
  const seconds = Long.fromNumber(days * DAY_SECONDS);
  try {
    const service = connection.workflowService;
    let current: number | undefined;
    try {
      const described = await service.describeNamespace({ namespace });
      current = Number(described.config?.workflowExecutionRetentionTtl?.seconds ?? 0);
    } catch (error) {
      if (!isGrpcServiceError(error) || error.code !== NOT_FOUND) throw error;
      await service.registerNamespace({ namespace, workflowExecutionRetentionPeriod: { seconds } });
      return { namespace, days, action: 'registered' };
    }
    if (current === seconds.toNumber()) return { namespace, days, action: 'unchanged' };
    // A namespace registered moments ago is described from the database, but updated through the
    // server's namespace cache, which learns of it within seconds (ten by default).
    for (let attempt = 1; ; attempt++) {
      try {
        await service.updateNamespace({ namespace, config: { workflowExecutionRetentionTtl: { seconds } } });
        return { namespace, days, action: 'updated' };
      } catch (error) {
        if (!isGrpcServiceError(error) || error.code !== NOT_FOUND || attempt >= 30) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  } finally {
    await connection.close();
  }
}

/** The retention as a line of the run command's output. */
export const retentionLine = (r: RetentionResult) =>
  `jalon: Temporal keeps closed workflows of namespace "${r.namespace}" for ${r.days} days (${r.action}); decisions are kept in PostgreSQL (plans service, table decisions)`;
