import { sql, type Kysely } from 'kysely';

/**
 * A session keeps the provider's ID token only sealed with a key derived from the session's own
 * cookie, which the table does not hold: a copy of the table cannot be handed to the provider in
 * anyone's name. The tokens kept in clear until now are dropped (those sessions sign out of Jalon
 * alone).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table sessions rename column id_token to sealed_id_token;
    update sessions set sealed_id_token = null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    update sessions set sealed_id_token = null;
    alter table sessions rename column sealed_id_token to id_token;
  `.execute(db);
}
