import { sql, type Kysely } from 'kysely';

/**
 * Results of the year and carry-over (rule 6: an operational plan builds on the previous year's
 * results). `result` is what an objective achieved, recorded once its plan is in force; an objective
 * copied into next year's draft keeps where it came from and the result it had then.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table operational_objectives
      add column result text,
      add column previous_result text,
      add column carried_from_year int,
      add column carried_from_code text,
      add constraint operational_objectives_carried_from_whole
        check ((carried_from_year is null) = (carried_from_code is null));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table operational_objectives
      drop constraint if exists operational_objectives_carried_from_whole,
      drop column if exists carried_from_code,
      drop column if exists carried_from_year,
      drop column if exists previous_result,
      drop column if exists result;
  `.execute(db);
}
