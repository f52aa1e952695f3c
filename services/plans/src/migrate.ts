import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '@jalon/service-kit';
import type { Kysely } from 'kysely';
import { PLANS_SCHEMA } from './config.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * The records that prove something: the service's role may add to them and read them, never change
 * or remove a row (the triggers refuse it too, but a role's rights hold even with triggers disabled).
 * A table listed here that a migration has not created yet is skipped.
 */
export const APPEND_ONLY_TABLES = ['audit_log', 'decisions', 'version_documents', 'version_publications'] as const;

export function migratePlans(db: Kysely<any>) {
  return migrateToLatest(db, PLANS_SCHEMA, migrationsFolder, { appendOnly: APPEND_ONLY_TABLES });
}
