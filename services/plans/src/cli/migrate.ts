// The plans service's migrate-only command: `npm run migrate` runs it with the others (a deploy's init step).
import { runMigrateCommand } from '@jalon/service-kit';
import { PLANS_SCHEMA } from '../config.js';
import { migratePlans } from '../migrate.js';

runMigrateCommand('plans', PLANS_SCHEMA, migratePlans);
