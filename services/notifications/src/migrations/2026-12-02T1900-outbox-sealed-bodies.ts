import { sql, type Kysely } from 'kysely';

/**
 * Bodies and params (they hold personal decision and sign-in links) are kept sealed with a key the
 * database does not hold, and purged after the retention. Rows already sent or failed need no body
 * any more: theirs are wiped now. Rows still to send keep theirs in clear until the service seals
 * them at its start (a migration has no key).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table outbox add column body_key_id text;
    alter table outbox add column sealed_body text;
    alter table outbox add column body_purged_at timestamptz;
    alter table outbox alter column text_body drop not null;
    alter table outbox alter column html_body drop not null;
    alter table outbox alter column params drop not null;
    alter table outbox add constraint outbox_sealed_with_key check ((body_key_id is null) = (sealed_body is null));
    update outbox set text_body = null, html_body = null, params = null, body_purged_at = now() where status in ('sent', 'failed');
    -- The purge's query: sent and failed rows whose body is still there, oldest first.
    create index outbox_bodies_kept on outbox (coalesce(sent_at, created_at)) where body_purged_at is null and status in ('sent', 'failed');
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index outbox_bodies_kept;
    alter table outbox drop constraint outbox_sealed_with_key;
    update outbox set text_body = coalesce(text_body, ''), html_body = coalesce(html_body, ''), params = coalesce(params, '{}'::jsonb);
    alter table outbox alter column text_body set not null;
    alter table outbox alter column html_body set not null;
    alter table outbox alter column params set not null;
    alter table outbox drop column body_purged_at;
    alter table outbox drop column sealed_body;
    alter table outbox drop column body_key_id;
  `.execute(db);
}
