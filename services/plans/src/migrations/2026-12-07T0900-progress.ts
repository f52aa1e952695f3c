import { sql, type Kysely } from 'kysely';

/**
 * Progress during the year (issue 16). The cycle's workflow opens each checkpoint when it asks the
 * owner entities (and marks it overdue once its due date passed); the owners record updates, kept
 * whole (a corrected update is a new row with the next revision), with the frozen version in force;
 * each objective's year-end result sits beside its progress revision.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table progress_checkpoints (
      operational_plan_id uuid not null references operational_plans(id) on delete cascade,
      checkpoint text not null check (checkpoint = 'year_end' or checkpoint ~ '^\\d{4}-\\d{2}-\\d{2}$'),
      due_date date not null,
      opened_at timestamptz not null default now(),
      overdue_at timestamptz,
      primary key (operational_plan_id, checkpoint)
    );
    create table objective_progress (
      operational_plan_id uuid not null references operational_plans(id) on delete cascade,
      objective_code text not null,
      revision int not null default 1,
      result_value text,
      result_status text check (result_status in ('achieved', 'partly_achieved', 'not_achieved', 'dropped')),
      result_explanation text,
      result_recorded_by text,
      result_recorded_at timestamptz,
      primary key (operational_plan_id, objective_code),
      foreign key (operational_plan_id, objective_code) references operational_objectives(operational_plan_id, code) on delete cascade
    );
    create table progress_updates (
      id bigint generated always as identity primary key,
      operational_plan_id uuid not null,
      objective_code text not null,
      checkpoint date not null,
      indicator_value text not null,
      status text not null check (status in ('on_track', 'at_risk', 'late', 'done', 'dropped')),
      comment text not null,
      dropped_reason text,
      recorded_by text not null,
      recorded_at timestamptz not null default now(),
      plan_version int,
      revision int not null,
      unique (operational_plan_id, objective_code, revision),
      foreign key (operational_plan_id, objective_code) references objective_progress(operational_plan_id, objective_code) on delete cascade,
      check (status <> 'dropped' or dropped_reason is not null)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists progress_updates; drop table if exists objective_progress; drop table if exists progress_checkpoints;`.execute(db);
}
