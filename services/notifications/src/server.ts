import { createDatabase, listenUntilStopped, parseEnv, runMain } from '@jalon/service-kit';
import { buildNotificationsApp } from './app.js';
import { NOTIFICATIONS_SCHEMA, notificationsConfigSchema } from './config.js';
import { createSmtpTransport } from './smtp-transport.js';

runMain('notifications', async () => {
  const config = parseEnv(notificationsConfigSchema);
  const db = createDatabase(config.DATABASE_URL, NOTIFICATIONS_SCHEMA);
  const smtp = createSmtpTransport(config.SMTP_URL);
  const app = await buildNotificationsApp({ db, smtp });
  app.addHook('onClose', async () => {
    smtp.close();
    await db.destroy();
  });
  await listenUntilStopped(app, config.PORT, config.HOST);
});
