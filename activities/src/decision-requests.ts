import { LINK_BATCH_MAX, NOTIFICATION_BATCH_MAX } from '@jalon/contracts';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { decisionEmail, linkRequestOf, type DecisionRequestInput } from './decision-request.js';
import type { createNotificationActivities, NotificationRequest } from './notification-activities.js';
import type { createPortalActivities } from './portal-activities.js';

/** What became of one request of a batch: queued (or not needed), or refused for good with the reason. */
export type BatchedRequestOutcome =
  | { idempotencyKey: string; status: 'queued' | 'not_needed' }
  | { idempotencyKey: string; status: 'refused'; reason: string };

/** Requests sent one call at a time when a batch call is refused as a whole: at most this many at once, the portal and the outbox being shared. */
const PARALLEL_REQUESTS = 4;
/** How often a running batch tells Temporal it is alive: well within batchAct's heartbeat timeout (15 s), even on a loaded machine. */
const BEAT_EVERY_MS = 3_000;
/** Requests per batch call: both services take as many. */
const CHUNK = Math.min(LINK_BATCH_MAX, NOTIFICATION_BATCH_MAX);

const refusedForGood = (error: unknown): error is ApplicationFailure => error instanceof ApplicationFailure && error.nonRetryable === true;

/** One request sent alone: its outcome, or `refused` with the reason when it is refused for good; any other failure fails the batch, to be retried. */
async function aloneOutcome(idempotencyKey: string, send: () => Promise<'queued' | 'not_needed'>): Promise<BatchedRequestOutcome> {
  try {
    return { idempotencyKey, status: await send() };
  } catch (error) {
    if (!refusedForGood(error)) throw error;
    return { idempotencyKey, status: 'refused', reason: error.message };
  }
}

/** A batch answer has one result per request, or it cannot be matched to them: fails for good, since a retry gets the same answer. */
function answerPerRequest<T>(results: T[], expected: number, service: string): T[] {
  if (results.length === expected) return results;
  throw ApplicationFailure.create({
    type: `${service}.batch_mismatch`, nonRetryable: true,
    message: `${service} answered ${results.length} results to a batch of ${expected}; check that the worker and ${service} run the same version`,
  });
}

/**
 * Said in the worker's log: one call per e-mail is correct but costs what the batch saves, so a
 * batch refused on every launch (a body too large, an access rule) must be seen.
 */
function fallingBack(service: string, error: ApplicationFailure, requests: number): void {
  const fields = { service, type: error.type, requests };
  try {
    Context.current().log.warn('a batch call was refused as a whole; sending its requests one by one', fields);
  } catch { /* called outside an activity (unit tests) */ }
}

/**
 * Many decision requests in one activity call (a cycle's drafting e-mails, recipients × links): one
 * activity task, and for every 50 requests one call for their links and one for their e-mails,
 * instead of two calls and two transactions each, which is what a launch day with many organisations
 * spends its time on. Each request keeps its own idempotency key, so a retried batch issues the same
 * tokens and queues nothing twice. A request refused for good (its input breaks the contract, its
 * template is not the worker's) is reported rather than failing the others: a batch call refused as
 * a whole (one request breaking the contract, a portal not yet serving the batch route during an
 * upgrade) is sent again one request at a time, so that only the faulty ones are refused. Any other
 * failure fails the batch, to be retried whole.
 */
export function createDecisionRequestsActivity(
  portal: ReturnType<typeof createPortalActivities>,
  notifications: ReturnType<typeof createNotificationActivities>,
  sendDecisionRequest: (input: DecisionRequestInput) => Promise<{ status: string }>,
) {
  /** The requests one at a time, as the single activity sends them. */
  async function oneByOne(requests: DecisionRequestInput[], beat: () => void): Promise<BatchedRequestOutcome[]> {
    const outcomes: BatchedRequestOutcome[] = new Array(requests.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < requests.length; i = next++) {
        const request = requests[i]!;
        outcomes[i] = await aloneOutcome(request.idempotencyKey, async () => (await sendDecisionRequest(request)).status === 'not_needed' ? 'not_needed' : 'queued');
        beat();
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, requests.length) }, worker));
    return outcomes;
  }

  /** The e-mails of links already issued, one call each, as sendNotification sends them. */
  async function emailsOneByOne(sending: Array<{ i: number; email: NotificationRequest }>, outcomes: BatchedRequestOutcome[], beat: () => void) {
    for (const { i, email } of sending) {
      outcomes[i] = await aloneOutcome(email.idempotencyKey, async () => { await notifications.sendNotification(email); return 'queued'; });
      beat();
    }
  }

  /** Up to CHUNK requests: their links in one call, then the e-mails of those issued in another. */
  async function inOneCall(requests: DecisionRequestInput[], beat: () => void): Promise<BatchedRequestOutcome[]> {
    let links;
    try {
      links = answerPerRequest(await portal.issueDecisionLinks(requests.map(linkRequestOf)), requests.length, 'portal');
    } catch (error) {
      if (!refusedForGood(error)) throw error;
      fallingBack('portal', error, requests.length);
      return oneByOne(requests, beat);
    }
    // A link in conflict: the person already answered with it, or a newer version's link exists;
    // there is nothing left to ask, and no e-mail to send (as sendDecisionRequest does on a 409).
    const outcomes: BatchedRequestOutcome[] = requests.map((r) => ({ idempotencyKey: r.idempotencyKey, status: 'not_needed' }));
    const sending = requests.flatMap((request, i) => {
      const link = links[i]!;
      return link.outcome === 'issued' ? [{ i, email: decisionEmail(request, link.url) }] : [];
    });
    if (sending.length === 0) return outcomes;
    let queued;
    try {
      queued = answerPerRequest(await notifications.sendNotifications(sending.map((s) => s.email)), sending.length, 'notifications');
    } catch (error) {
      if (!refusedForGood(error)) throw error;
      fallingBack('notifications', error, sending.length);
      await emailsOneByOne(sending, outcomes, beat);
      return outcomes;
    }
    for (const [n, { i, email }] of sending.entries()) {
      const result = queued[n]!;
      outcomes[i] = result.outcome === 'queued'
        ? { idempotencyKey: email.idempotencyKey, status: 'queued' }
        : { idempotencyKey: email.idempotencyKey, status: 'refused', reason: `notifications refused the ${email.template} e-mail: ${result.message}` };
    }
    return outcomes;
  }

  return {
    async sendDecisionRequests(requests: DecisionRequestInput[]): Promise<BatchedRequestOutcome[]> {
      // A heartbeat at the start, every few seconds while it runs and after each call: a batch whose
      // task was lost on its way to a worker ("started", never run: seen under load on both engines,
      // when the server's hand-over to matching times out) is retried after the heartbeat timeout
      // (batchAct), not after the whole start-to-close timeout. Beating on a timer, not only between
      // calls, lets that timeout be shorter than the longest call.
      const beat = () => { try { Context.current().heartbeat(); } catch { /* called outside an activity (unit tests) */ } };
      beat();
      const beating = setInterval(beat, BEAT_EVERY_MS);
      try {
        const outcomes: BatchedRequestOutcome[] = [];
        for (let start = 0; start < requests.length; start += CHUNK) {
          outcomes.push(...await inOneCall(requests.slice(start, start + CHUNK), beat));
          beat();
        }
        return outcomes;
      } finally {
        clearInterval(beating);
      }
    },
  };
}
