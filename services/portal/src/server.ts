import { createDatabase, listenUntilStopped, runMain } from '@jalon/service-kit';
import { Connection } from '@temporalio/client';
import { buildPortalApp } from './app.js';
import { PORTAL_SCHEMA, readPortalConfig } from './config.js';
import type { Database } from './database.js';
import { migratePortal } from './migrate.js';

runMain('portal', async () => {
  const config = readPortalConfig();
  const db = createDatabase<Database>(config.DATABASE_URL, PORTAL_SCHEMA, config.DATABASE_POOL_SIZE);
  await migratePortal(db);
  const temporal = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const app = await buildPortalApp({
    temporal,
    namespace: config.TEMPORAL_NAMESPACE,
    db,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    plansUrl: config.PLANS_URL,
    notificationsUrl: config.NOTIFICATIONS_URL,
    signInRateLimit: config.SIGN_IN_RATE_LIMIT,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    csrfSecret: config.CSRF_SECRET,
    decisionRateLimit: config.DECISION_RATE_LIMIT,
    ...(config.TRUST_PROXY !== undefined ? { trustProxy: config.TRUST_PROXY } : {}),
  });
  app.addHook('onClose', async () => {
    await temporal.close();
    await db.destroy();
  });
  await listenUntilStopped(app, config.PORT, config.HOST);
});
