import pg from 'pg';
import { testEnv, uniqueSuffix } from './test-env.js';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * A new, empty database on the test PostgreSQL server, dropped when the test ends: each test
 * sees only its own rows, and tests run in parallel without meeting.
 */
export async function testDatabase(t: Teardown): Promise<string> {
  const adminUrl = testEnv().DATABASE_URL;
  const name = `jalon_test_${uniqueSuffix()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  t.teardown(async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
