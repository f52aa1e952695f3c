import type { ServiceName, ServiceTokenSigner } from '@jalon/auth';
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';

/**
 * A call from an activity to the portal or the notifications service (the plans service has its
 * own client, with the same policy), with a service token the worker signs for that service: made
 * per call, since it lives minutes and Temporal may retry much later. A 4xx answer will not change
 * on retry (bad input, unknown id, a refusal, a conflict the workflow must handle), so it fails the
 * activity for good with the service's own message; a 5xx or a network error is thrown as is and
 * Temporal retries it. So is a 401: the token was not accepted (a key not yet trusted after a
 * rotation, clocks apart), which an operator fixes without the workflow having to fail.
 */
export async function callService<T extends z.ZodType>(
  caller: { service: ServiceName; signer: ServiceTokenSigner },
  url: string,
  init: { method?: string; body?: unknown },
  schema: T,
): Promise<z.output<T>> {
  const { service } = caller;
  const headers: Record<string, string> = { authorization: `Bearer ${await caller.signer.sign(service)}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  if (response.status === 401) throw new Error(`${service} did not accept the worker's token for ${init.method ?? 'GET'} ${new URL(url).pathname}; retrying`);
  if (response.status >= 400 && response.status < 500) {
    let message = text;
    try { message = (JSON.parse(text) as { message?: string }).message ?? text; } catch { /* not JSON */ }
    throw ApplicationFailure.create({
      type: `${service}.${response.status}`,
      message: `${service} refused ${init.method ?? 'GET'} ${new URL(url).pathname}: ${message}`,
      nonRetryable: true,
      details: [{ status: response.status, body: text.slice(0, 2000) }],
    });
  }
  if (!response.ok) throw new Error(`${service} answered ${response.status} to ${init.method ?? 'GET'} ${new URL(url).pathname}; retrying`);
  return schema.parse(JSON.parse(text));
}
