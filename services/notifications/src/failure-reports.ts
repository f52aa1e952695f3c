import type { Kysely } from 'kysely';
import type { Database, OutboxRow } from './database.js';
import { queueNotification } from './repositories/outbox.js';
import type { SenderSettings } from './sender-settings.js';

/**
 * Queues one delivery_failed e-mail per address of the President's office, in the transaction that
 * marks the message failed. The keys derive from the failed row's id, so a report is queued once
 * even if this runs again. Returns how many addresses were told.
 */
export async function queueFailureReports(
  trx: Kysely<Database>,
  failed: OutboxRow,
  failure: { error: string; smtpResponse: string | null },
  failedAt: Date,
  settings: Pick<SenderSettings, 'mailDomain' | 'presidentOffice' | 'bodyKeys'>,
): Promise<number> {
  for (const office of settings.presidentOffice.addresses) {
    await queueNotification(trx, {
      idempotencyKey: `delivery_failed:${failed.id}:${office.email.toLowerCase()}`,
      kind: 'delivery_failed',
      template: 'delivery_failed',
      recipient: { email: office.email, name: office.name, language: settings.presidentOffice.language },
      params: {
        notificationId: failed.id,
        messageId: failed.message_id,
        kind: failed.kind,
        subject: failed.subject,
        recipientEmail: failed.recipient_email,
        recipientName: failed.recipient_name,
        smtpResponse: failure.smtpResponse ?? failure.error,
        attempts: failed.attempts,
        failedAt: failedAt.toISOString(),
      },
    }, { requestedBy: 'notifications', mailDomain: settings.mailDomain, bodyKeys: settings.bodyKeys });
  }
  return settings.presidentOffice.addresses.length;
}
