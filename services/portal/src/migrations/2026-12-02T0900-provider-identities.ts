import { sql, type Kysely } from 'kysely';

/**
 * People's identities at the organisation's provider. A person is found by a verified e-mail the
 * first time, then by the provider's subject, so a changed address still finds them and an address
 * handed to someone else later does not. A person has one identity per provider: a second subject
 * with the same e-mail is refused rather than given the first one's access.
 *
 * Sessions keep the provider's ID token, which signing out hands back to the provider to end its
 * session too. Sign-in links are counted per person to limit the e-mails one person receives.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table person_identities (
      issuer text not null,
      subject text not null,
      person_id text not null,
      email_at_link text,
      linked_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      primary key (issuer, subject),
      unique (issuer, person_id)
    );
    alter table sessions add column id_token text;
    create index sign_in_links_person_created on sign_in_links (person_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index sign_in_links_person_created;
    alter table sessions drop column id_token;
    drop table person_identities;
  `.execute(db);
}
