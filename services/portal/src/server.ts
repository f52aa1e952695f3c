import { listenUntilStopped, parseEnv, runMain } from '@jalon/service-kit';
import { Connection } from '@temporalio/client';
import { buildPortalApp } from './app.js';
import { portalConfigSchema } from './config.js';

runMain('portal', async () => {
  const config = parseEnv(portalConfigSchema);
  const temporal = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const app = await buildPortalApp({ temporal });
  app.addHook('onClose', () => temporal.close());
  await listenUntilStopped(app, config.PORT, config.HOST);
});
