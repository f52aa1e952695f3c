// The notifications service's migrate-only command: `npm run migrate` runs it with the others (a deploy's init step).
import { runMigrateCommand } from '@jalon/service-kit';
import { NOTIFICATIONS_SCHEMA } from '../config.js';
import { migrateNotifications } from '../migrate.js';

runMigrateCommand('notifications', NOTIFICATIONS_SCHEMA, migrateNotifications);
