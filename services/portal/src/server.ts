import { ServiceTokenSigner } from '@jalon/auth';
import { ConfigurationError, createDatabase, migrateAsOwner, refuseUnsafeProduction, runMain, STOP_WITHIN_MS } from '@jalon/service-kit';
import { temporalSettings } from '@jalon/temporal-connection';
import { Connection } from '@temporalio/client';
import { buildPortal } from './app.js';
import { PORTAL_SCHEMA, readPortalConfig } from './config.js';
import type { Database } from './database.js';
import { migratePortal } from './migrate.js';
import { listenOptions, listenProcessHealth } from './process-listeners.js';

runMain('portal', async () => {
  const config = readPortalConfig();
  if (config.JALON_SERVICE_KEY?.service !== 'portal') {
    throw new ConfigurationError('The environment is not valid (JALON_SERVICE_KEY: required, the portal\'s own signing key). Set it; the README lists it.');
  }
  const db = createDatabase<Database>(config.DATABASE_URL, PORTAL_SCHEMA, config.DATABASE_POOL_SIZE);
  await refuseUnsafeProduction('portal', { db });
  await migrateAsOwner(config.DATABASE_OWNER_URL, db, PORTAL_SCHEMA, migratePortal);
  const settings = temporalSettings(config);
  const temporal = await Connection.connect(settings.connection);
  const { pages, internal } = await buildPortal({
    temporal,
    namespace: settings.namespace,
    payloadKeyring: settings.keyring,
    codec: { operatorOrganisation: config.JALON_OPERATOR_ORGANISATION, uiOrigin: config.TEMPORAL_UI_ORIGIN },
    db,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    plansUrl: config.PLANS_URL,
    notificationsUrl: config.NOTIFICATIONS_URL,
    signInRateLimit: config.SIGN_IN_RATE_LIMIT,
    signInEmailsPerHour: config.SIGN_IN_EMAILS_PER_HOUR,
    emailSignIn: config.EMAIL_SIGN_IN,
    accessibilityContact: config.ACCESSIBILITY_CONTACT,
    provider: config.provider,
    trustedServiceKeys: config.JALON_TRUSTED_KEYS,
    signer: new ServiceTokenSigner(config.JALON_SERVICE_KEY),
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    draftingInCycle: config.DRAFTING_IN_CYCLE,
    csrfSecret: config.CSRF_SECRET,
    decisionRateLimit: config.DECISION_RATE_LIMIT,
    ...(config.TRUST_PROXY ? { trustProxy: config.TRUST_PROXY } : {}),
  });
  const shared = config.REUSE_PORT === 'true';
  const pagesAddress = await pages.listen(listenOptions(config.PORT, config.HOST, shared));
  const internalAddress = await internal.listen(listenOptions(config.INTERNAL_PORT, config.INTERNAL_HOST ?? config.HOST, shared));
  const health = config.HEALTH_PORT === undefined ? undefined : await listenProcessHealth(pages, config.HEALTH_PORT, config.HOST);
  pages.log.info({ pages: pagesAddress, internal: internalAddress, shared, health: config.HEALTH_PORT }, 'portal listening: pages and internal API');

  // Both listeners finish their requests before the shared pool and connection are released.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    pages.log.info({ signal }, 'stopping');
    setTimeout(() => process.exit(1), STOP_WITHIN_MS).unref();
    health?.close();
    Promise.all([pages.close(), internal.close()])
      .then(async () => { await temporal.close(); await db.destroy(); })
      .then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
});
