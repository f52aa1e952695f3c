import { sql, type Kysely } from 'kysely';

/**
 * Personal decision links. The token itself is never stored, only its SHA-256: someone who reads
 * the table (a backup, a support query) cannot decide in anyone's name. One link per person, round
 * and plan version; a retried issue replaces the hash of the unused row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table decision_links (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
      workflow_id text not null,
      round_id text not null,
      step text not null,
      person_id text not null,
      person_name text not null,
      language text not null check (language in ('fr','nl','de','en')),
      plan_id text not null,
      plan_version int not null check (plan_version >= 1),
      plan_sha256 text not null,
      items jsonb not null,
      summary jsonb not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      superseded_at timestamptz,
      created_at timestamptz not null default now(),
      unique (round_id, person_id, plan_version)
    );
    -- Finding the older versions' links a newer one supersedes.
    create index decision_links_person_step on decision_links (plan_id, step, person_id, plan_version);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table decision_links`.execute(db);
}
