import { ActivityFailure, ApplicationFailure, patched } from '@temporalio/workflow';
import type { FollowUp } from '@jalon/domain/pure';
import { nowIso } from '../shared/people.js';
import type { Cycle } from './cycle.js';

/*
 * A follow-up e-mail the notifications service or its contract refuses for good (an activity failed
 * as non-retryable: e.g. a budget adoption wrongly recorded as 1999-12-31 makes an escalation say
 * ~9,800 days late, beyond the contract's cap). Before, the cycle either retried it every minute
 * forever or failed; now it records an alert for the President's office and goes on, and a corrected
 * date gives new follow-ups (their keys follow the due date).
 */

/** Cycles recorded before this failed on such a refusal; the patch keeps their replay as it was. */
const PATCH = 'follow-up-refusal-alert';

/** Runs a call; a non-retryable refusal is returned as its message (patched cycles only), anything else is thrown. */
export async function refusalOf(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : undefined;
    if (!(cause instanceof ApplicationFailure) || !cause.nonRetryable || !patched(PATCH)) throw error;
    return cause.message;
  }
}

/** Keeps the refused follow-up in the cycle's alerts, for the President's office to correct the data it came from. */
export function recordNotSent(
  cycle: Cycle, f: FollowUp, what: { dueDate: string; holders: string; recipients: string[]; problem: string },
): void {
  const { dueDate, holders, recipients, problem } = what;
  cycle.state.alerts.push({
    key: f.key, kind: 'not_sent', target: 'president_office', stage: cycle.state.stage, holders, dueDate, sentAt: nowIso(),
    daysBeforeDue: f.daysBeforeDue ?? null, daysLate: f.daysLate ?? null, recipients, problem,
  });
}
