import type { IssueLinkRequest } from '@jalon/contracts';
import type { createNotificationActivities } from './notification-activities.js';
import type { createPortalActivities } from './portal-activities.js';

export interface DecisionRequestInput {
  link: IssueLinkRequest;
  recipient: { email: string; name: string; language: 'fr' | 'nl' | 'de' | 'en' };
  template: 'review_request' | 'reminder';
  /** one e-mail per (round, person, kind and reminder number) */
  idempotencyKey: string;
  params: { planTitle: { fr: string; nl: string }; stepName: { fr: string; nl: string }; due: string; changesSummary?: string };
}

/**
 * Asks a member for a decision: a personal link from the portal, put in an e-mail. A reminder asks
 * again with a fresh link (the portal rotates the unused one), so the newest e-mail always works.
 */
export function createDecisionRequestActivity(
  portal: ReturnType<typeof createPortalActivities>,
  notifications: ReturnType<typeof createNotificationActivities>,
) {
  return {
    async sendDecisionRequest(input: DecisionRequestInput) {
      const link = await portal.issueDecisionLink(input.link);
      return notifications.sendNotification({
        idempotencyKey: input.idempotencyKey,
        kind: input.template,
        template: input.template,
        recipient: input.recipient,
        params: input.template === 'reminder'
          ? { planTitle: input.params.planTitle, stepName: input.params.stepName, due: input.params.due, link: link.url }
          : { ...input.params, link: link.url },
      });
    },
  };
}
