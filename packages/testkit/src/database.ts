import pg from 'pg';
import { scratchDatabase } from './scratch-database.js';
import { testEnv } from './test-env.js';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * A new, empty database on the test PostgreSQL server, dropped when the test ends: each test
 * sees only its own rows, and tests run in parallel without meeting.
 */
export async function testDatabase(t: Teardown): Promise<string> {
  const adminUrl = testEnv().DATABASE_URL;
  const url = await scratchDatabase(adminUrl, 'jalon_test');
  t.teardown(async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
    } finally {
      await c.end();
    }
  });
  return url;
}
