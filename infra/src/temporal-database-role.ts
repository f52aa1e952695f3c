import pg from 'pg';
import { PrerequisiteError } from './prerequisite-error.js';
import { TEMPORAL_DATABASES } from './temporal-server-schema.js';

/** The LOGIN role the server engine connects as: it owns Temporal's two databases and nothing else. */
export const TEMPORAL_ROLE = 'temporal';

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function inDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function urlAs(adminUrl: string, database: string, user: string, password: string): string {
  const url = new URL(inDatabase(adminUrl, database));
  url.username = user;
  url.password = password;
  return url.toString();
}

/**
 * Objects an earlier Jalon made as the administrator (before the role existed) pass to the role, so
 * that it can run the schema's upgrades. Extensions (btree_gin) stay with whoever created them.
 */
async function takeOverObjects(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    const owned = await client.query<{ statement: string }>(`
      select format('alter table %I owner to ${TEMPORAL_ROLE}', c.relname) as statement
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and pg_get_userbyid(c.relowner) <> $1
      union all
      select format('alter sequence %I owner to ${TEMPORAL_ROLE}', c.relname)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'S' and pg_get_userbyid(c.relowner) <> $1
         and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
      union all
      select format('alter function %s owner to ${TEMPORAL_ROLE}', p.oid::regprocedure)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> $1
         and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`, [TEMPORAL_ROLE]);
    for (const { statement } of owned.rows) await client.query(statement);
  });
}

/**
 * The role `temporal` with the password given (kept in the data folder, set again at every start as
 * for the services' roles), and the databases `temporal` and `temporal_visibility` owned by it,
 * created when missing. Run as the administrator of DATABASE_URL (or the local server's); returns
 * the URL the server engine and its SQL tool use: the role's, never the administrator's.
 */
export async function ensureTemporalRole(adminUrl: string, password: string): Promise<string> {
  try {
    const existing = await withClient(adminUrl, async (client) => {
      const roleExists = (await client.query('select 1 from pg_roles where rolname = $1', [TEMPORAL_ROLE])).rowCount === 1;
      const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(password)}`;
      await client.query(`${roleExists ? 'alter' : 'create'} role ${TEMPORAL_ROLE} ${attributes}`);
      // An administrator that is not a superuser may give a database to the role only as its member.
      const superuser = (await client.query<{ s: boolean }>('select rolsuper as s from pg_roles where rolname = current_user')).rows[0]?.s;
      if (!superuser) await client.query(`grant ${TEMPORAL_ROLE} to current_user`);
      const found = new Set<string>();
      for (const { database } of TEMPORAL_DATABASES) {
        const owner = (await client.query<{ owner: string }>('select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [database])).rows[0]?.owner;
        if (owner === undefined) await client.query(`create database ${database} owner ${TEMPORAL_ROLE}`);
        else {
          found.add(database);
          if (owner !== TEMPORAL_ROLE) await client.query(`alter database ${database} owner to ${TEMPORAL_ROLE}`);
        }
        // Other roles (the services') have no business there.
        await client.query(`revoke all on database ${database} from public`);
      }
      return found;
    });
    for (const database of existing) await takeOverObjects(inDatabase(adminUrl, database));
  } catch (error) {
    if ((error as { code?: string }).code === '42501') {
      throw new PrerequisiteError(
        `The database role of DATABASE_URL may not create the role ${TEMPORAL_ROLE} and its databases (${(error as Error).message})`,
        'Give it CREATEROLE and CREATEDB, as the README says ("Engines")',
      );
    }
    throw error;
  }
  return urlAs(adminUrl, 'temporal', TEMPORAL_ROLE, password);
}
