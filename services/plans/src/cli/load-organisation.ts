/**
 * `npm run load-organisation -- FILE`: loads an organisation (entities, authorities, settings, first
 * people) from a JSON file shaped as the reference's organisation part, into the database named by
 * DATABASE_URL (migrating it first). Running it again changes nothing; edits made since are kept.
 */
import { ConfigurationError, createDatabase, parseEnv, runMain } from '@jalon/service-kit';
import { z } from 'zod';
import { PLANS_SCHEMA } from '../config.js';
import type { Database } from '../database.js';
import { migratePlans } from '../migrate.js';
import { loadOrganisationFile } from '../reference/load-organisation-file.js';
import { OrganisationFileError } from '../reference/read-organisation-file.js';
import { OrganisationLoadError } from '../reference/load-organisation.js';

runMain('load-organisation', async () => {
  const file = process.argv[2];
  if (!file) throw new ConfigurationError('name the file to load: npm run load-organisation -- path/to/organisation.json');
  const { DATABASE_URL } = parseEnv(z.object({ DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required') }));
  const db = createDatabase<Database>(DATABASE_URL, PLANS_SCHEMA, 2);
  try {
    await migratePlans(db);
    const result = await loadOrganisationFile(db, file);
    const written = Object.entries(result.inserted).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
    console.log(written.length > 0
      ? `load-organisation: loaded ${written.join(', ')} (organisation ${result.organisationCode})`
      : `load-organisation: already loaded, nothing changed (organisation ${result.organisationCode})`);
  } catch (error) {
    // A file at fault is the user's to correct: its problems, not a stack.
    if (error instanceof OrganisationFileError || error instanceof OrganisationLoadError) throw new ConfigurationError(error.message);
    throw error;
  } finally {
    await db.destroy();
  }
});
