import type { ServiceName } from '@jalon/auth';
import type { Notification, NotificationRequest, notificationQuerySchema, PageQuery } from '@jalon/contracts';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { bodyBinding, type BodyKeyring } from '../body-keys.js';
import type { Database, OutboxRow } from '../database.js';
import { stableMessageId } from '../message-id.js';
import { renderTemplate } from '../templates/registry.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toNotification(r: OutboxRow): Notification {
  return {
    id: r.id,
    idempotencyKey: r.idempotency_key,
    requestedBy: r.requested_by,
    messageId: r.message_id,
    kind: r.kind,
    template: r.template,
    recipient: { email: r.recipient_email, name: r.recipient_name, language: r.language },
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at),
    lastError: r.last_error,
    smtpResponse: r.smtp_response,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: iso(r.sent_at),
    failureReportedAt: iso(r.failure_reported_at),
  };
}

/**
 * Renders the e-mail and queues it, unless its caller used its idempotency key before: then the first
 * row is returned untouched, whatever this request says, so a retried caller can never cause a second
 * e-mail. Keys are the caller's own: the same key from another service is another e-mail, with its own
 * Message-ID. One insert statement decides, so concurrent requests with the same key end with one row.
 */
export async function queueNotification(
  db: Kysely<Database>,
  request: NotificationRequest,
  origin: { requestedBy: ServiceName; mailDomain: string; bodyKeys: BodyKeyring },
): Promise<{ row: OutboxRow; created: boolean }> {
  const email = renderTemplate(request.template, request.params, { language: request.recipient.language, name: request.recipient.name });
  // Only the subject stays readable: the text, the HTML and the params carry the reader's links; the
  // attachments are kept with them, so they are purged with them.
  const { keyId, sealed } = origin.bodyKeys.seal(
    bodyBinding({ requested_by: origin.requestedBy, idempotency_key: request.idempotencyKey }),
    { text: email.text, html: email.html, params: request.params, ...(request.attachments?.length ? { attachments: request.attachments } : {}) },
  );
  const inserted = await db.insertInto('outbox').values({
    requested_by: origin.requestedBy,
    idempotency_key: request.idempotencyKey,
    message_id: stableMessageId(`${origin.requestedBy}:${request.idempotencyKey}`, origin.mailDomain),
    kind: request.kind,
    template: request.template,
    recipient_email: request.recipient.email,
    recipient_name: request.recipient.name,
    language: request.recipient.language,
    params: null,
    subject: email.subject,
    text_body: null,
    html_body: null,
    body_key_id: keyId,
    sealed_body: sealed,
  }).onConflict((oc) => oc.columns(['requested_by', 'idempotency_key']).doNothing()).returningAll().executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  // The conflicting insert has committed (ON CONFLICT waits for it), so its row is visible now.
  const existing = await db.selectFrom('outbox').selectAll()
    .where('requested_by', '=', origin.requestedBy).where('idempotency_key', '=', request.idempotencyKey).executeTakeFirstOrThrow();
  return { row: existing, created: false };
}

export async function getNotification(db: Kysely<Database>, id: string): Promise<Notification | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toNotification(row);
}

type NotificationFilter = z.infer<typeof notificationQuerySchema>;

/** The outbox, newest first; a key names one of the reader's own requests (keys are per caller). */
export async function listNotifications(db: Kysely<Database>, reader: ServiceName, filter: NotificationFilter, page: PageQuery) {
  let q = db.selectFrom('outbox');
  if (filter.idempotencyKey) q = q.where('requested_by', '=', reader).where('idempotency_key', '=', filter.idempotencyKey);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.recipient) q = q.where(sql<string>`lower(recipient_email)`, '=', filter.recipient.toLowerCase());
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toNotification), total: count.n, limit: page.limit, offset: page.offset };
}
