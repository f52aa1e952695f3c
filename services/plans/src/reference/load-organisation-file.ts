import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { loadOrganisationRecords } from './load-organisation.js';
import { readOrganisationFile } from './read-organisation-file.js';

/** Reads, validates and loads an organisation file in one transaction: all of it, or nothing. */
export async function loadOrganisationFile(db: Kysely<Database>, file: string, actor = 'organisation-loader') {
  const records = await readOrganisationFile(file);
  const organisationCode = records.organisation.code;
  const inserted = await db.transaction().execute(async (trx) => {
    const counts = await loadOrganisationRecords(trx, records, actor);
    if (Object.values(counts).some((n) => n > 0)) {
      await recordAudit(trx, { actor, action: 'organisation.loaded', subjectType: 'organisation', subjectId: organisationCode, after: counts });
    }
    return counts;
  });
  return { organisationCode, inserted };
}
