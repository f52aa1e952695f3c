import type { ServiceName } from '@jalon/auth';
import type { Language, NotificationStatus, TemplateName } from '@jalon/contracts';
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface OutboxTable {
  id: Generated<string>;
  /** the calling service; its idempotency keys are unique among its own requests */
  requested_by: ServiceName;
  idempotency_key: string;
  message_id: string;
  kind: string;
  template: TemplateName;
  recipient_email: string;
  recipient_name: string;
  language: Language;
  /** null once sealed: the params, text and HTML (they hold links) live sealed in sealed_body */
  params: Json | null;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  /** the key of OUTBOX_KEYS that sealed the body; null when no sealed body is kept */
  body_key_id: string | null;
  /** AES-256-GCM of the text, HTML and params (body-keys.ts); null once purged after the retention */
  sealed_body: string | null;
  /** when the body was purged (sent or failed, and kept OUTBOX_RETENTION_DAYS) */
  body_purged_at: Timestamp | null;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  /** due time while pending or retrying; lease expiry while sending; null once sent or failed */
  next_attempt_at: ColumnType<Date | null, Date | string | undefined, Date | string | null>;
  last_error: string | null;
  smtp_response: string | null;
  created_at: Generated<Date>;
  sent_at: Timestamp | null;
  failure_reported_at: Timestamp | null;
}

export interface Database {
  outbox: OutboxTable;
}

export type OutboxRow = Selectable<OutboxTable>;
