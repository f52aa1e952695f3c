import type { ServiceTokenSigner } from '@jalon/auth';
import { notificationBatchRequestSchema, notificationBatchSchema, notificationRequestSchema, notificationSchema } from '@jalon/contracts';
import type { z } from 'zod';
import { contractInput } from './contract-input.js';
import { callService } from './http.js';

export type NotificationRequest = z.input<typeof notificationRequestSchema>;

/** Activities that send e-mail, through the notifications service's outbox. */
export function createNotificationActivities(notificationsUrl: string, signer: ServiceTokenSigner) {
  return {
    /**
     * Queues one e-mail. The idempotency key (workflow, step, recipient, kind) makes a retried
     * activity find the e-mail already queued: it is never sent twice.
     */
    async sendNotification(request: NotificationRequest) {
      const status = await callService(
        { service: 'notifications', signer }, `${notificationsUrl}/notifications`, { method: 'POST', body: contractInput(notificationRequestSchema, request, `The ${request.kind} e-mail`) }, notificationSchema,
      );
      return { id: status.id, status: status.status, messageId: status.messageId };
    },
    /** Many e-mails queued in one call (at most NOTIFICATION_BATCH_MAX), each with its own key as above; each one's outcome in order. */
    async sendNotifications(requests: NotificationRequest[]) {
      const body = contractInput(notificationBatchRequestSchema, { notifications: requests }, 'The batch of e-mails');
      return (await callService({ service: 'notifications', signer }, `${notificationsUrl}/notifications/batch`, { method: 'POST', body }, notificationBatchSchema)).results;
    },
  };
}
