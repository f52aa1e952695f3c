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

type Origin = { requestedBy: ServiceName; mailDomain: string; bodyKeys: BodyKeyring };

/** The outbox row of one request: rendered in the reader's language, its body sealed. */
function outboxValues(request: NotificationRequest, origin: Origin) {
  const email = renderTemplate(request.template, request.params, { language: request.recipient.language, name: request.recipient.name });
  // Only the subject stays readable: the text, the HTML and the params carry the reader's links; the
  // attachments are kept with them, so they are purged with them.
  const { keyId, sealed } = origin.bodyKeys.seal(
    bodyBinding({ requested_by: origin.requestedBy, idempotency_key: request.idempotencyKey }),
    { text: email.text, html: email.html, params: request.params, ...(request.attachments?.length ? { attachments: request.attachments } : {}) },
  );
  return {
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
  };
}

/**
 * Renders the e-mails and queues them, in one statement, except those whose key their caller used
 * before: for those the first row is returned untouched, whatever this request says, so a retried
 * caller can never cause a second e-mail. Keys are the caller's own: the same key from another
 * service is another e-mail, with its own Message-ID. The insert decides, so concurrent requests
 * with the same key end with one row; a key twice in one call is one e-mail too. In the requests'
 * order; `created` is true where this call queued the row.
 */
export async function queueNotifications(
  db: Kysely<Database>, requests: NotificationRequest[], origin: Origin,
): Promise<Array<{ row: OutboxRow; created: boolean }>> {
  // Rows in the order of their keys: two calls naming the same keys take their locks in one order.
  const byKey = [...requests].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : a.idempotencyKey > b.idempotencyKey ? 1 : 0));
  const inserted = await db.insertInto('outbox').values(byKey.map((r) => outboxValues(r, origin)))
    .onConflict((oc) => oc.columns(['requested_by', 'idempotency_key']).doNothing()).returningAll().execute();
  const rows = new Map(inserted.map((r) => [r.idempotency_key, r]));
  const created = new Set(rows.keys());
  const others = [...new Set(requests.map((r) => r.idempotencyKey))].filter((key) => !rows.has(key));
  if (others.length > 0) {
    // The conflicting inserts have committed (ON CONFLICT waits for them), so their rows are visible now.
    const existing = await db.selectFrom('outbox').selectAll()
      .where('requested_by', '=', origin.requestedBy).where('idempotency_key', 'in', others).execute();
    for (const r of existing) rows.set(r.idempotency_key, r);
  }
  return requests.map((r, i) => {
    const row = rows.get(r.idempotencyKey);
    // By position: a key can name its recipient.
    if (!row) throw new Error(`The outbox row of e-mail ${i} of ${requests.length} is neither inserted nor found`);
    // Only the first of a key repeated within the call counts as created.
    const first = created.delete(r.idempotencyKey);
    return { row, created: first };
  });
}

/** One e-mail queued as queueNotifications queues many. */
export async function queueNotification(db: Kysely<Database>, request: NotificationRequest, origin: Origin): Promise<{ row: OutboxRow; created: boolean }> {
  const [queued] = await queueNotifications(db, [request], origin);
  return queued!;
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
