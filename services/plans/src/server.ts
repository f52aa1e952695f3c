import { createDatabase, listenUntilStopped, migrateAsOwner, parseEnv, refuseUnsafeProduction, runMain } from '@jalon/service-kit';
import { buildPlansApp } from './app.js';
import { startHeadSigning } from './audit-chain/head-signing.js';
import { PLANS_SCHEMA, plansAuthFrom, plansConfigSchema } from './config.js';
import type { Database } from './database.js';
import { holdsDemoPeople } from './demo-data.js';
import { migratePlans } from './migrate.js';

runMain('plans', async () => {
  const config = parseEnv(plansConfigSchema);
  const auth = plansAuthFrom(config);
  const db = createDatabase<Database>(config.DATABASE_URL, PLANS_SCHEMA, config.DATABASE_POOL_SIZE);
  await refuseUnsafeProduction('plans', { db, demoPeople: holdsDemoPeople });
  await migrateAsOwner(config.DATABASE_OWNER_URL, db, PLANS_SCHEMA, migratePlans);
  const app = await buildPlansApp({
    db, auth, renderDocuments: { pollMs: config.DOCUMENT_RENDER_POLL_SECONDS * 1000 },
    ...(config.JALON_OPERATOR_ORGANISATION ? { operatorOrganisation: config.JALON_OPERATOR_ORGANISATION } : {}),
  });
  const signing = config.AUDIT_HEADS_DIR
    ? await startHeadSigning(db, {
        dir: config.AUDIT_HEADS_DIR, key: config.JALON_SERVICE_KEY, everyMs: config.AUDIT_HEAD_INTERVAL_MINUTES * 60_000,
        onError: (error) => app.log.error({ err: error }, 'the audit chain head could not be signed'),
      })
    : undefined;
  if (!signing) app.log.warn('AUDIT_HEADS_DIR is not set: the audit chain head is not signed, and a truncated log cannot be detected');
  app.addHook('onClose', async () => {
    await signing?.stop();
    await db.destroy();
  });
  await listenUntilStopped(app, config.PORT, config.HOST);
});
