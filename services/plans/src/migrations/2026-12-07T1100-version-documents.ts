import { sql, type Kysely } from 'kysely';

/**
 * Beside each frozen version: its PDF, rendered once and kept, with the PDF's SHA-256 next to the
 * canonical JSON's (plan_versions.sha256); and its publication, the communication plan's step that
 * makes the version public. Both are append-only: a published document that could be swapped
 * afterwards would prove nothing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table version_documents (
      plan_kind text not null,
      plan_id uuid not null,
      number int not null,
      pdf_sha256 text not null check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
      pdf bytea not null,
      rendered_at timestamptz not null default now(),
      primary key (plan_kind, plan_id, number),
      foreign key (plan_kind, plan_id, number) references plan_versions(plan_kind, plan_id, number)
    );
    create table version_publications (
      plan_kind text not null,
      plan_id uuid not null,
      number int not null,
      organisation_code text not null references organisations(code),
      published_by text not null,
      published_at timestamptz not null default now(),
      primary key (plan_kind, plan_id, number),
      foreign key (plan_kind, plan_id, number) references plan_versions(plan_kind, plan_id, number)
    );
    create index version_publications_by_organisation on version_publications (organisation_code, published_at);

    create function version_records_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$;
    create trigger version_documents_no_change before update or delete on version_documents
      for each row execute function version_records_are_append_only();
    create trigger version_publications_no_change before update or delete on version_publications
      for each row execute function version_records_are_append_only();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists version_publications; drop table if exists version_documents; drop function if exists version_records_are_append_only();`.execute(db);
}
