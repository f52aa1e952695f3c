import { serviceAuthFrom } from '@jalon/auth';
import { createDatabase, listenUntilStopped, migrateAsOwner, parseEnv, refuseUnsafeProduction, runMain } from '@jalon/service-kit';
import { buildNotificationsApp } from './app.js';
import { bodyKeysFrom, NOTIFICATIONS_SCHEMA, notificationsConfigSchema, senderSettingsFrom } from './config.js';
import type { Database } from './database.js';
import { migrateNotifications } from './migrate.js';
import { sealClearBodies, startBodyPurge } from './outbox-bodies.js';
import { startSender } from './sender.js';
import { createSmtpTransport } from './smtp-transport.js';

runMain('notifications', async () => {
  const config = parseEnv(notificationsConfigSchema);
  const db = createDatabase<Database>(config.DATABASE_URL, NOTIFICATIONS_SCHEMA, config.DATABASE_POOL_SIZE);
  await refuseUnsafeProduction('notifications', { db });
  await migrateAsOwner(config.DATABASE_OWNER_URL, db, NOTIFICATIONS_SCHEMA, migrateNotifications);
  const bodyKeys = bodyKeysFrom(config);
  const sealed = await sealClearBodies(db, bodyKeys);
  const smtp = createSmtpTransport(config.SMTP_URL, config.SMTP_CONNECTIONS);
  let wake: (() => void) | undefined;
  const app = await buildNotificationsApp({
    db, smtp, mailDomain: config.MAIL_DOMAIN, bodyKeys, publicBaseUrl: config.PUBLIC_BASE_URL,
    services: serviceAuthFrom(config, 'notifications').verifier, onQueued: () => wake?.(),
  });
  const settings = senderSettingsFrom(config, bodyKeys);
  if (!config.OUTBOX_KEYS) app.log.warn('OUTBOX_KEYS is not set: e-mails are sealed with a key of this process only; those not sent before it stops will fail');
  if (sealed > 0) app.log.info({ sealed }, 'e-mails queued before bodies were sealed are sealed now');
  if (settings.presidentOffice.addresses.length === 0) {
    app.log.warn('PRESIDENT_OFFICE_EMAILS is not set: nobody will be told of e-mails that cannot be delivered');
  }
  // The fault tests' crash between the mail server's answer and the outbox update.
  const failpoint = config.JALON_FAILPOINT === 'exit-after-smtp' ? { afterSmtpAccepted: () => process.kill(process.pid, 'SIGKILL') } : {};
  if (config.JALON_FAILPOINT) app.log.warn({ failpoint: config.JALON_FAILPOINT }, 'fault injection is on: this process will crash on purpose');
  const sender = startSender(db, smtp, { ...settings, pollMs: config.SEND_POLL_MS, ...failpoint }, app.log.child({ component: 'sender' }));
  wake = sender.wake;
  const purge = startBodyPurge(db, config.OUTBOX_RETENTION_DAYS, app.log.child({ component: 'purge' }));
  // Stop sending before the pools close, so that no run is cut off between SMTP and the database.
  app.addHook('onClose', async () => {
    await sender.stop();
    await purge.stop();
    smtp.close();
    await db.destroy();
  });
  await listenUntilStopped(app, config.PORT, config.HOST);
});
