import { sql, type Kysely } from 'kysely';

/**
 * An organisation's own settings. `email_sign_in`: its people may sign in with an e-mailed link
 * (people outside the identity provider), when the installation allows it at all. A new
 * organisation starts without; the organisations that exist already keep what they had until now,
 * where the installation's switch alone decided, so an upgrade locks nobody out.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table organisations add column email_sign_in boolean not null default false;
    update organisations set email_sign_in = true;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table organisations drop column if exists email_sign_in;`.execute(db);
}
