import { randomBytes } from 'node:crypto';
import { serviceRoleOf } from '@jalon/service-kit';
import pg from 'pg';
import { testEnv, uniqueSuffix } from './test-env.js';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * A LOGIN role of its own in the service's group role (`jalon_<schema>`), as `npm start` and the
 * README set a service up, and the URL of `databaseUrl` as that role: what the service runs with,
 * no owner and no superuser. Call it after migrating, which creates the group role and its rights.
 * Dropped when the test ends (close the pools using it first).
 */
export async function testServiceRole(t: Teardown, databaseUrl: string, schema: string): Promise<string> {
  const role = `jalon_test_${schema}_${uniqueSuffix()}`;
  const password = randomBytes(16).toString('hex');
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: testEnv().DATABASE_URL });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create role ${role} login password '${password}' in role ${serviceRoleOf(schema)}`);
  t.teardown(() => admin(`drop role if exists ${role}`).catch(() => undefined));
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
