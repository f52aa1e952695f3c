import type { IssueLinkRequest, Language, LocalizedText } from '@jalon/contracts';
import { ApplicationFailure } from '@temporalio/common';
import type { createNotificationActivities, NotificationRequest } from './notification-activities.js';
import type { createPortalActivities } from './portal-activities.js';

export interface DecisionRequestInput {
  link: IssueLinkRequest;
  recipient: { email: string; name: string; language: Language };
  template: 'review_request' | 'reminder' | 'drafting_task';
  /** one e-mail per (round, person, kind and reminder number) */
  idempotencyKey: string;
  params: {
    planTitle: LocalizedText;
    stepName: LocalizedText;
    /** null while no due date is known (awaiting the budget adoption) */
    due: string | null;
    changesSummary?: string;
    /** with a reminder past the due date: how late, by the workflow's clock */
    daysLate?: number;
    /** with drafting_task: the entity asked and the strategic objectives it owns */
    task?: { strategicPlanTitle: LocalizedText; entityName: LocalizedText; year: number; strategicObjectives: Array<{ number: number; title: LocalizedText | string }> };
  };
}

/** The e-mail that asks for the decision, carrying the person's link. */
export function decisionEmail(input: DecisionRequestInput, linkUrl: string): NotificationRequest {
  const { planTitle, stepName, due, changesSummary, task, daysLate } = input.params;
  const base = { idempotencyKey: input.idempotencyKey, kind: input.template, recipient: input.recipient };
  const dueParam = due === null ? {} : { due };
  if (input.template === 'reminder') {
    if (due === null) throw new Error('A reminder needs a due date.');
    return { ...base, template: 'reminder', params: { planTitle, stepName, due, ...(daysLate ? { daysLate } : {}), link: linkUrl } };
  }
  if (input.template === 'drafting_task') {
    if (!task) throw new Error('A drafting task names its entity and year.');
    const { strategicPlanTitle, ...rest } = task;
    // The drafting e-mail names the strategic plan the year's objectives carry out.
    return { ...base, template: 'drafting_task', params: { planTitle: strategicPlanTitle, ...rest, ...dueParam, link: linkUrl } };
  }
  return { ...base, template: 'review_request', params: { planTitle, stepName, ...dueParam, ...(changesSummary ? { changesSummary } : {}), link: linkUrl } };
}

/** The link request of a decision request: the e-mail's key names its token, so a retried activity gets the token of the e-mail the outbox kept. */
export const linkRequestOf = (input: DecisionRequestInput) => ({ ...input.link, issueKey: input.link.issueKey ?? input.idempotencyKey });

/**
 * Asks a member for a decision: a personal link from the portal, put in an e-mail. Each e-mail has
 * its own token, derived from its idempotency key, so a retry gets the same token as the e-mail the
 * outbox kept, and every e-mail of the round works until the round closes.
 */
export function createDecisionRequestActivity(
  portal: ReturnType<typeof createPortalActivities>,
  notifications: ReturnType<typeof createNotificationActivities>,
) {
  return {
    async sendDecisionRequest(input: DecisionRequestInput) {
      let link;
      try {
        link = await portal.issueDecisionLink(linkRequestOf(input));
      } catch (error) {
        // The person already answered with their link (a reminder racing their click, a step asked
        // again on unchanged content): there is nothing left to ask, and no e-mail to send.
        if (error instanceof ApplicationFailure && error.type === 'portal.409') return { id: null, status: 'not_needed' as const, messageId: null };
        throw error;
      }
      return notifications.sendNotification(decisionEmail(input, link.url));
    },
  };
}
