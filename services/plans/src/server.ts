import { createDatabase, listenUntilStopped, parseEnv, refuseUnsafeProduction, runMain } from '@jalon/service-kit';
import { buildPlansApp } from './app.js';
import { PLANS_SCHEMA, plansAuthFrom, plansConfigSchema } from './config.js';
import type { Database } from './database.js';
import { holdsDemoPeople } from './demo-data.js';
import { migratePlans } from './migrate.js';

runMain('plans', async () => {
  const config = parseEnv(plansConfigSchema);
  const auth = plansAuthFrom(config);
  const db = createDatabase<Database>(config.DATABASE_URL, PLANS_SCHEMA, config.DATABASE_POOL_SIZE);
  await refuseUnsafeProduction('plans', { db, demoPeople: holdsDemoPeople });
  await migratePlans(db);
  const app = await buildPlansApp({ db, auth });
  app.addHook('onClose', () => db.destroy());
  await listenUntilStopped(app, config.PORT, config.HOST);
});
