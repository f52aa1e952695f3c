import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';

/**
 * A call from an activity to a Jalon service. A 4xx answer will not change on retry (bad input,
 * unknown id, a conflict the workflow must handle), so it fails the activity for good with the
 * service's own message; a 5xx or a network error is thrown as is and Temporal retries it.
 */
export async function callService<T extends z.ZodType>(
  service: string,
  url: string,
  init: { method?: string; body?: unknown; actor?: string },
  schema: T,
): Promise<z.output<T>> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.actor) headers['x-jalon-actor'] = init.actor;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
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

/**
 * A change that names the revision it read: when someone else changed the plan in between (a
 * drafter's edit, a project added), the plans service answers 409 "has changed since revision";
 * reading again and retrying is right, since the workflow's change does not depend on theirs.
 * Any other 409 (a refused status move) is a real refusal and stays one.
 */
export async function withFreshRevision<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const stale = error instanceof ApplicationFailure && error.type === 'plans.409' && /has changed since revision/.test(error.message);
      if (!stale || i >= tries) throw error;
    }
  }
}
