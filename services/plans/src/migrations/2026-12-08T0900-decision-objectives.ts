import { sql, type Kysely } from 'kysely';

/**
 * The objectives a reviewer's comment concerns (issue 15): a committee member deciding on the whole
 * plan may name them, and the drafters find the comment beside each. Empty for every decision
 * recorded before, and for comments on the item as a whole.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table decisions add column objectives text[] not null default '{}'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table decisions drop column if exists objectives`.execute(db);
}
