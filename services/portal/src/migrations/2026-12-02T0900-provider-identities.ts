import { sql, type Kysely } from 'kysely';

/**
 * Sign-in through the organisation's provider (people's identities there are linked in the plans
 * service's people data, POST /identities/resolve). Sessions keep the provider's ID token, which signing out hands back to the provider to end its
 * session too. Sign-in links are counted per person to limit the e-mails one person receives.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table sessions add column id_token text;
    create index sign_in_links_person_created on sign_in_links (person_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index sign_in_links_person_created;
    alter table sessions drop column id_token;
  `.execute(db);
}
