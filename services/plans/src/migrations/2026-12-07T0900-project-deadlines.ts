import { sql, type Kysely } from 'kysely';

/**
 * Projects drafted with the operational plan (rule 6: the plan "sets the deadlines of projects"):
 * the deadline within the year and the operational objective the project serves, both null for
 * projects recorded before (added at a party's request, without them). A revision, so that two
 * people editing the same project do not overwrite each other.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table projects
      add column deadline date,
      add column objective_code text,
      add column revision int not null default 1,
      add constraint projects_objective_fk foreign key (operational_plan_id, objective_code)
        references operational_objectives (operational_plan_id, code) on update cascade;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table projects drop constraint if exists projects_objective_fk,
      drop column if exists deadline, drop column if exists objective_code, drop column if exists revision;
  `.execute(db);
}
