/**
 * `pnpm load-reference`: loads the SPF Interior strategic plan 2022–2024 into the database named by
 * DATABASE_URL (migrating it first). Running it again changes nothing.
 */
import { createDatabase, parseEnv, runMain } from '@jalon/service-kit';
import { z } from 'zod';
import { PLANS_SCHEMA } from '../config.js';
import type { Database } from '../database.js';
import { migratePlans } from '../migrate.js';
import { loadReferenceIntoDatabase } from '../reference/load-into-database.js';

runMain('load-reference', async () => {
  const { DATABASE_URL } = parseEnv(z.object({ DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required') }));
  const db = createDatabase<Database>(DATABASE_URL, PLANS_SCHEMA, 2);
  try {
    await migratePlans(db);
    const result = await loadReferenceIntoDatabase(db);
    const written = Object.entries(result.inserted).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
    console.log(written.length > 0
      ? `load-reference: loaded ${written.join(', ')} (strategic plan ${result.strategicPlanId})`
      : `load-reference: already loaded, nothing changed (strategic plan ${result.strategicPlanId})`);
  } finally {
    await db.destroy();
  }
});
