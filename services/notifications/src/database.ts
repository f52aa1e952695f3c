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
  params: Json;
  subject: string;
  text_body: string;
  html_body: string;
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
