import { sql, type Kysely } from 'kysely';

/**
 * The transactional outbox: one row per e-mail, rendered when it is queued, sent by the sender loop.
 * The idempotency key makes a retried request find the first one's row, so one key is one e-mail; the
 * Message-ID is derived from the key, so even a duplicate delivery carries the same identity.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      idempotency_key text not null unique,
      message_id text not null unique,
      kind text not null,
      template text not null,
      recipient_email text not null,
      recipient_name text not null,
      language text not null check (language in ('fr','nl','de','en')),
      params jsonb not null,
      subject text not null,
      text_body text not null,
      html_body text not null,
      status text not null default 'pending' check (status in ('pending','sending','sent','retrying','failed')),
      attempts int not null default 0 check (attempts >= 0),
      next_attempt_at timestamptz default now(),
      last_error text,
      smtp_response text,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      failure_reported_at timestamptz,
      check ((status in ('sent','failed')) = (next_attempt_at is null)),
      check ((status = 'sent') = (sent_at is not null))
    );

    -- The sender's query: rows still to send, by due time. Sent and failed rows, nearly all of them
    -- after a while, stay out of this index.
    create index outbox_due on outbox (next_attempt_at) where status in ('pending','retrying','sending');
    create index outbox_recipient on outbox (lower(recipient_email), created_at desc);
    create index outbox_created on outbox (created_at desc, id desc);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists outbox`.execute(db);
}
