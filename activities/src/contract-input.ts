import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';

/** The failure type of an activity whose input breaks its contract; workflows match on it. */
export const INVALID_INPUT = 'contract.invalid_input';

/**
 * An activity's input checked against the contract of the service it calls. Input that fails it will
 * fail the same way on every retry (the workflow computed it from its own state), so the activity
 * fails for good, naming the fields, and the workflow decides what to do (record an alert, go on)
 * instead of being stuck on a retry every minute.
 */
export function contractInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
  throw ApplicationFailure.create({
    type: INVALID_INPUT,
    message: `${what} breaks its contract (${fields}); correct the data it comes from`,
    nonRetryable: true,
    details: [{ fields: parsed.error.issues.map((i) => i.path.join('.')) }],
  });
}
