import { sql, type Kysely } from 'kysely';

/**
 * The NOLOGIN group role whose rights a service runs with (`jalon_plans`, `jalon_notifications`,
 * `jalon_portal`). Migrations grant to this fixed name, so they need no configuration; whoever runs
 * the service creates a LOGIN role that is a member of it (`npm start` does, the README gives the SQL).
 */
export const serviceRoleOf = (schema: string) => `jalon_${schema}`;

export interface RuntimeRights {
  /** tables the service may only add to and read (INSERT and SELECT): its records that prove something */
  appendOnly?: readonly string[];
}

// The migrator's own tables: the service never reads them at run time.
const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/**
 * Gives the service's group role exactly what it needs in its schema, after every migration: USAGE
 * of the schema (never CREATE: no DDL), SELECT/INSERT/UPDATE/DELETE on its tables (INSERT and SELECT
 * only on append-only ones; never TRUNCATE, REFERENCES or TRIGGER) and its sequences. Rights are
 * reset table by table, so a right given by hand or by an older version is taken back. Done here
 * rather than in each migration so that a table a later migration adds cannot be forgotten.
 */
export async function grantRuntimeRights(db: Kysely<any>, schema: string, rights: RuntimeRights = {}): Promise<void> {
  const role = serviceRoleOf(schema);
  await db.transaction().execute(async (trx) => {
    // Two instances migrating at once would otherwise fail on "tuple concurrently updated".
    await sql`select pg_advisory_xact_lock(hashtext(${`jalon.grants.${schema}`}))`.execute(trx);
    await createGroupRole(trx, role);
    await sql`revoke all on schema ${sql.id(schema)} from ${sql.id(role)}`.execute(trx);
    await sql`grant usage on schema ${sql.id(schema)} to ${sql.id(role)}`.execute(trx);
    const tables = await sql<{ name: string }>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${schema} and c.relkind in ('r', 'p')`.execute(trx);
    for (const { name } of tables.rows) {
      const table = sql.table(`${schema}.${name}`);
      await sql`revoke all on ${table} from ${sql.id(role)}`.execute(trx);
      if (MIGRATOR_TABLES.includes(name)) continue;
      const writes = rights.appendOnly?.includes(name) ? sql`select, insert` : sql`select, insert, update, delete`;
      await sql`grant ${writes} on ${table} to ${sql.id(role)}`.execute(trx);
    }
    await sql`grant usage, select on all sequences in schema ${sql.id(schema)} to ${sql.id(role)}`.execute(trx);
  });
}

/**
 * Creates the group role when it does not exist yet, which needs CREATEROLE; where it exists (made
 * by the administrator, see the README) the owner needs no such right. Two test databases migrating
 * at once may both try: the loser's duplicate is not an error.
 */
async function createGroupRole(trx: Kysely<any>, role: string): Promise<void> {
  const exists = await sql`select 1 from pg_roles where rolname = ${role}`.execute(trx);
  if (exists.rows.length > 0) return;
  const me = await sql<{ name: string; may: boolean }>`
    select rolname as name, rolcreaterole or rolsuper as may from pg_roles where rolname = current_user`.execute(trx);
  if (!me.rows[0]?.may) {
    throw new Error(`The role ${role} does not exist and ${me.rows[0]?.name ?? 'the migrating role'} may not create it: `
      + `run "create role ${role} nologin" as an administrator (README, "Database roles")`);
  }
  await sql.raw(`
    do $$ begin
      create role ${role} nologin;
    exception when duplicate_object or unique_violation then null;
    end $$`).execute(trx);
}
