import { sql, type Kysely } from 'kysely';

/**
 * Every e-mail of a link carries a token of its own, and each one opens the link until its round
 * closes: a reminder no longer kills the link of the request before it. Only hashes are stored.
 * `decision_links.token_hash` stays the newest one's (the anti-forgery value of the form is bound
 * to it). A link also says which roles entitle its person to decide, and why it was superseded.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table decision_link_tokens (
      token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
      link_id uuid not null references decision_links (id) on delete cascade,
      created_at timestamptz not null default now()
    );
    create index decision_link_tokens_link on decision_link_tokens (link_id);
    insert into decision_link_tokens (token_hash, link_id, created_at) select token_hash, id, created_at from decision_links;
    alter table decision_links add column holder_organisation text;
    alter table decision_links add column holder_roles text[];
    alter table decision_links add column superseded_reason text check (superseded_reason in ('newer_version', 'role_ended'));
    update decision_links set superseded_reason = 'newer_version' where superseded_at is not null;
    alter table decision_links add constraint decision_links_holder check ((holder_organisation is null) = (holder_roles is null));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table decision_links drop constraint decision_links_holder;
    alter table decision_links drop column superseded_reason;
    alter table decision_links drop column holder_roles;
    alter table decision_links drop column holder_organisation;
    drop table decision_link_tokens;
  `.execute(db);
}
