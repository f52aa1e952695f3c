import { notificationRequestSchema, notificationSchema } from '@jalon/contracts';
import type { z } from 'zod';
import { callService } from './http.js';

export type NotificationRequest = z.input<typeof notificationRequestSchema>;

/** Activities that send e-mail, through the notifications service's outbox. */
export function createNotificationActivities(notificationsUrl: string) {
  return {
    /**
     * Queues one e-mail. The idempotency key (workflow, step, recipient, kind) makes a retried
     * activity find the e-mail already queued: it is never sent twice.
     */
    async sendNotification(request: NotificationRequest) {
      const status = await callService('notifications', `${notificationsUrl}/notifications`, { method: 'POST', body: notificationRequestSchema.parse(request) }, notificationSchema);
      return { id: status.id, status: status.status, messageId: status.messageId };
    },
  };
}
