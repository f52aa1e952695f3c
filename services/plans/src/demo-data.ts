import { sql, type Kysely } from 'kysely';

/**
 * Whether the plans data holds demo people: `npm start` adds fictional people at ibz.example, and
 * .example is reserved (RFC 2606) so no real person has such an address. Production refuses them.
 */
export async function holdsDemoPeople(db: Kysely<any>): Promise<boolean> {
  // Checked before the migrations run: a first start has no table yet, and so no demo people.
  const table = await sql<{ name: string | null }>`select to_regclass('people')::text as name`.execute(db);
  if (!table.rows[0]?.name) return false;
  const { rows } = await sql<{ found: number }>`select 1 as found from people where lower(email) like '%.example' limit 1`.execute(db);
  return rows.length > 0;
}
