import { sql, type Kysely } from 'kysely';

/**
 * Sign-in links and sessions. As with decision links, only the SHA-256 of a token is stored: a
 * copy of the table lets nobody sign in as anyone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table sign_in_links (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
      person_id text not null,
      next_path text not null default '/',
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create table sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
      person_id text not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index sessions_person on sessions (person_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table sessions; drop table sign_in_links`.execute(db);
}
