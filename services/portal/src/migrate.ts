import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '@jalon/service-kit';
import type { Kysely } from 'kysely';
import { PORTAL_SCHEMA } from './config.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function migratePortal(db: Kysely<any>) {
  return migrateToLatest(db, PORTAL_SCHEMA, migrationsFolder);
}
