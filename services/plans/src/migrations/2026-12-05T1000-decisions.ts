import { sql, type Kysely } from 'kysely';

/**
 * The decision record: one row per item of every act a person carried out through a workflow (a
 * round's decision, a signature, a budget adoption…), written as the workflow accepts it. It is
 * the lasting answer to "who decided what, on which version": Temporal forgets a workflow once its
 * namespace's retention ends. Append-only like the audit log, truncation included: a record that
 * can be rewritten proves nothing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table decisions (
      id bigserial primary key,
      idempotency_key text not null,
      act text not null,
      organisation_code text not null references organisations(code),
      plan_kind text not null check (plan_kind in ('strategic','operational')),
      plan_id uuid not null,
      person_id text not null,
      role text,
      on_behalf_of text,
      item text not null,
      outcome text not null,
      comment text,
      version int,
      sha256 text check (sha256 ~ '^[0-9a-f]{64}$'),
      acted_at timestamptz not null,
      channel text not null check (channel in ('link','session')),
      workflow_id text not null,
      round_id text,
      step text not null,
      step_name jsonb,
      details jsonb,
      recorded_at timestamptz not null default now(),
      unique (idempotency_key, item)
    );
    create index decisions_plan on decisions (plan_kind, plan_id, id);
    create index decisions_organisation on decisions (organisation_code, id);

    create function decisions_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'decisions is append-only';
    end $$;
    create trigger decisions_no_change before update or delete on decisions
      for each row execute function decisions_are_append_only();
    create trigger decisions_no_truncate before truncate on decisions
      for each statement execute function decisions_are_append_only();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists decisions;
    drop function if exists decisions_are_append_only();
  `.execute(db);
}
