import { sql, type Kysely } from 'kysely';

/**
 * Idempotency keys belong to the service that sent them: a key is unique per caller, so a request
 * from one service can never take the place of another's e-mail. Rows queued before callers were
 * authenticated are attributed to the only service that could send their template.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table outbox add column requested_by text;
    update outbox set requested_by = case template
      when 'sign_in' then 'portal' when 'delivery_failed' then 'notifications' else 'worker' end;
    alter table outbox alter column requested_by set not null;
    alter table outbox drop constraint outbox_idempotency_key_key;
    alter table outbox add constraint outbox_requested_by_idempotency_key_key unique (requested_by, idempotency_key);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table outbox drop constraint outbox_requested_by_idempotency_key_key;
    alter table outbox add constraint outbox_idempotency_key_key unique (idempotency_key);
    alter table outbox drop column requested_by;
  `.execute(db);
}
