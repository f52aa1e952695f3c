import { sql, type Kysely } from 'kysely';

/**
 * The versions still waiting for their PDF, as a queue beside plan_versions. The renderer used to
 * find them by comparing every version ever frozen with the documents kept: a scan of both tables on
 * every pass, woken by every freeze, which grows with the years and the organisations (10,000
 * operational plans: 11.5 ms a pass, 37 s of PostgreSQL in a launch day of the benchmark). The
 * queue holds only what is left to do.
 *
 * A trigger adds each new version, whoever freezes it, so no version can miss its document; the
 * renderer removes the row in the transaction that keeps the document (version-document.ts). The
 * versions frozen before this migration and still without a document are queued here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table versions_to_render (
      plan_kind text not null,
      plan_id uuid not null,
      number int not null,
      frozen_at timestamptz not null,
      primary key (plan_kind, plan_id, number),
      foreign key (plan_kind, plan_id, number) references plan_versions(plan_kind, plan_id, number)
    );
    create index versions_to_render_newest on versions_to_render (frozen_at desc);

    create function queue_version_to_render() returns trigger language plpgsql as $$
    begin
      insert into versions_to_render (plan_kind, plan_id, number, frozen_at)
        values (new.plan_kind, new.plan_id, new.number, new.created_at)
        on conflict do nothing;
      return new;
    end $$;
    create trigger plan_versions_queue_render after insert on plan_versions
      for each row execute function queue_version_to_render();

    insert into versions_to_render (plan_kind, plan_id, number, frozen_at)
      select v.plan_kind, v.plan_id, v.number, v.created_at from plan_versions v
      where not exists (select 1 from version_documents d where d.plan_kind = v.plan_kind and d.plan_id = v.plan_id and d.number = v.number);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger if exists plan_versions_queue_render on plan_versions;
    drop function if exists queue_version_to_render();
    drop table if exists versions_to_render;
  `.execute(db);
}
