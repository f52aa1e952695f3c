import { serviceRoleOf } from '@jalon/service-kit';
import pg from 'pg';
import { persistentSecret } from './data-folder.js';
import { PrerequisiteError } from './prerequisite-error.js';

/** The services that keep data in PostgreSQL, each in the schema of its name. */
export const DATABASE_SERVICES = ['plans', 'notifications', 'portal'] as const;
export type DatabaseService = typeof DATABASE_SERVICES[number];

/** The LOGIN role a service connects as: a member of its NOLOGIN group role, owning nothing. */
export const loginRoleOf = (service: DatabaseService) => `${serviceRoleOf(service)}_service`;

/**
 * `npm start`'s database roles: for each service its group role (`jalon_plans`…, which migrations
 * grant to) and a login role in it, with a random password kept in the data folder like the other
 * secrets. The owner URL (the local server's administrator, or DATABASE_URL) keeps running the
 * migrations; each service runs as its login role. Run at every start: the password is set again,
 * so a data folder copied from elsewhere still works, and a role's rights are reset to none.
 */
export async function ensureServiceRoles(ownerUrl: string, dataFolder: string): Promise<Record<DatabaseService, string>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const urls = {} as Record<DatabaseService, string>;
  try {
    for (const service of DATABASE_SERVICES) {
      const group = serviceRoleOf(service);
      const login = loginRoleOf(service);
      const password = persistentSecret(dataFolder, `database-password-${service}`);
      const exists = async (role: string) => (await client.query('select 1 from pg_roles where rolname = $1', [role])).rowCount === 1;
      if (!await exists(group)) await client.query(`create role ${group} nologin`);
      const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(password)}`;
      await client.query(`${await exists(login) ? 'alter' : 'create'} role ${login} ${attributes}`);
      await client.query(`grant ${group} to ${login}`);
      const url = new URL(ownerUrl);
      url.username = login;
      url.password = password;
      urls[service] = url.toString();
    }
  } catch (error) {
    if ((error as { code?: string }).code === '42501') {
      throw new PrerequisiteError(
        'The database role of DATABASE_URL may not create the services\' roles',
        'Give it CREATEROLE, or create the roles as the README says ("Database roles")',
      );
    }
    throw error;
  } finally {
    await client.end();
  }
  return urls;
}
