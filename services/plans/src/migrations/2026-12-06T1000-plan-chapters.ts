import { sql, type Kysely } from 'kysely';

/**
 * A strategic plan's chapters of running text (mission, environment, vision, values): title and
 * text as the plan writes them, paragraphs separated by a blank line.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table plan_chapters (
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      number int not null check (number > 0),
      title text not null,
      text text not null,
      primary key (plan_id, number)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists plan_chapters;`.execute(db);
}
