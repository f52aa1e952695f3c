import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { DecisionRequestInput } from './decision-request.js';

/** What became of one request of a batch: queued (or not needed), or refused for good with the reason. */
export type BatchedRequestOutcome =
  | { idempotencyKey: string; status: 'queued' | 'not_needed' }
  | { idempotencyKey: string; status: 'refused'; reason: string };

/** At most this many links and e-mails are asked for at once: the portal and the outbox are shared with every other cycle. */
const PARALLEL_REQUESTS = 4;

/**
 * Many decision requests in one activity call (a cycle's drafting e-mails, recipients × links):
 * one activity task instead of one per entity, which is what a launch day with many organisations
 * spends its time on. Each request keeps its own idempotency key, so a retried batch issues the
 * same tokens and queues nothing twice. A request refused for good (its input breaks the contract)
 * is reported rather than failing the others; any other failure fails the batch, to be retried whole.
 */
export function createDecisionRequestsActivity(sendDecisionRequest: (input: DecisionRequestInput) => Promise<{ status: string }>) {
  return {
    async sendDecisionRequests(requests: DecisionRequestInput[]): Promise<BatchedRequestOutcome[]> {
      // A heartbeat at the start and after each request: a batch whose task was lost on its way to a
      // worker (seen on the server engine under load: "started", never run) is retried after the
      // heartbeat timeout, not after the whole start-to-close timeout.
      const beat = () => { try { Context.current().heartbeat(); } catch { /* called outside an activity (unit tests) */ } };
      beat();
      const outcomes: BatchedRequestOutcome[] = new Array(requests.length);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < requests.length; i = next++) {
          const request = requests[i]!;
          try {
            const sent = await sendDecisionRequest(request);
            outcomes[i] = { idempotencyKey: request.idempotencyKey, status: sent.status === 'not_needed' ? 'not_needed' : 'queued' };
          } catch (error) {
            if (!(error instanceof ApplicationFailure && error.nonRetryable)) throw error;
            outcomes[i] = { idempotencyKey: request.idempotencyKey, status: 'refused', reason: error.message };
          }
          beat();
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, requests.length) }, worker));
      return outcomes;
    },
  };
}
