// The portal's migrate-only command: `npm run migrate` runs it with the others (a deploy's init step).
import { runMigrateCommand } from '@jalon/service-kit';
import { PORTAL_SCHEMA } from '../config.js';
import { migratePortal } from '../migrate.js';

runMigrateCommand('portal', PORTAL_SCHEMA, migratePortal);
