import type { ServiceName } from '@jalon/auth';
import { createDatabase } from '@jalon/service-kit';
import { testDatabase, testKeyring, testSmtp } from '@jalon/testkit';
import { buildNotificationsApp } from '../src/app.js';
import { BodyKeyring } from '../src/body-keys.js';
import { NOTIFICATIONS_SCHEMA } from '../src/config.js';
import type { Database } from '../src/database.js';
import { migrateNotifications } from '../src/migrate.js';
import { sendDue, startSender, type SenderLog } from '../src/sender.js';
import { DEFAULT_SENDER_SETTINGS, type SenderSettings } from '../src/sender-settings.js';
import { createSmtpTransport } from '../src/smtp-transport.js';

interface Teardown { teardown: (fn: () => unknown) => void }

export const presidentOffice = { name: 'Cellule Corporate', email: 'corporate@ibz.example' };

/** The portal's public address in tests, as the portal's test support has it: links lead under it. */
export const PUBLIC_BASE_URL = 'https://jalon.ibz.example';

/**
 * The headers of a call by one of Jalon's services, with a fresh token of its test key: tokens live
 * two minutes, so make them per call. The worker sends the workflows' e-mails, the portal sign-ins.
 */
export async function serviceHeaders(service: ServiceName): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await (await testKeyring()).auth(service).signer.sign('notifications')}` };
}
export const workerHeaders = () => serviceHeaders('worker');
export const portalHeaders = () => serviceHeaders('portal');

export interface NotificationsAppOptions {
  sender?: Partial<SenderSettings>;
  /** run the sender loop, as server.ts does; without it, tests call send() */
  loop?: { pollMs: number };
  /** PUBLIC_BASE_URL: the portal's address when a browser follows the links (default: PUBLIC_BASE_URL above) */
  publicBaseUrl?: string;
}

const quiet: SenderLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The notifications service on a fresh database of its own and a real SMTP server (the mail catcher),
 * reached through inject(). Retries wait 1 ms unless the test says otherwise.
 */
export async function notificationsApp(t: Teardown, options: NotificationsAppOptions = {}) {
  const url = await testDatabase(t);
  const catcher = await testSmtp(t);
  const db = createDatabase<Database>(url, NOTIFICATIONS_SCHEMA, 5);
  await migrateNotifications(db);
  const settings: SenderSettings = {
    ...DEFAULT_SENDER_SETTINGS,
    from: 'Jalon <jalon@ibz.example>',
    mailDomain: 'jalon.test',
    retryBaseMs: 1,
    presidentOffice: { addresses: [presidentOffice], language: 'fr' },
    bodyKeys: BodyKeyring.ephemeral(),
    ...options.sender,
  };
  const smtp = createSmtpTransport(`smtp://127.0.0.1:${catcher.port}`, settings.connections);
  const loop = options.loop ? startSender(db, smtp, { ...settings, pollMs: options.loop.pollMs }, quiet) : undefined;
  const app = await buildNotificationsApp({
    db, smtp, mailDomain: settings.mailDomain, bodyKeys: settings.bodyKeys, publicBaseUrl: options.publicBaseUrl ?? PUBLIC_BASE_URL,
    services: (await testKeyring()).auth('notifications').verifier, onQueued: loop?.wake, logger: false,
  });
  // Teardowns run last-registered first: the pooled SMTP connections close before the catcher, which
  // would otherwise wait for them.
  t.teardown(async () => {
    await loop?.stop();
    await app.close();
    smtp.close();
    await db.destroy();
  });
  const send = (now: Date = new Date()) => sendDue(db, smtp, now, settings);
  return { app, db, catcher, smtp, settings, send };
}

export type NotificationsTestApp = Awaited<ReturnType<typeof notificationsApp>>;

/** A review request as the approval workflow queues it. */
export function reviewRequest(overrides: { key?: string; email?: string; name?: string; language?: 'fr' | 'nl' | 'de' | 'en'; params?: Record<string, unknown> } = {}) {
  const email = overrides.email ?? 'marie.dupont@ibz.example';
  return {
    idempotencyKey: overrides.key ?? `wf-strategic-2022:committee-review:${email}:review_request`,
    kind: 'review_request',
    template: 'review_request',
    recipient: { email, name: overrides.name ?? 'Marie Dupont', language: overrides.language ?? 'fr' },
    params: {
      planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
      stepName: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
      due: '2022-03-15T17:00:00+01:00',
      link: 'https://jalon.ibz.example/r/7f3a9c',
      changesSummary: 'Objectif 12 : ambition 3 reformulée.\nObjectif 20 : nouvelle entité responsable (OE).',
      ...overrides.params,
    },
  };
}

/** A sign-in e-mail as the portal queues it. */
export function signInRequest(overrides: { key?: string; email?: string; link?: string } = {}) {
  const email = overrides.email ?? 'sophie.martin@ibz.example';
  return {
    idempotencyKey: overrides.key ?? `sign-in:5f0c:${email}`,
    kind: 'sign_in',
    template: 'sign_in',
    recipient: { email, name: 'Sophie Martin', language: 'fr' },
    params: { link: overrides.link ?? `${PUBLIC_BASE_URL}/sign-in/Zx81`, requestedAt: '2026-11-26T19:00:00+01:00', expiresAt: '2026-11-26T19:15:00+01:00' },
  };
}

export async function countRows(db: NotificationsTestApp['db']): Promise<number> {
  return (await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
}

/** Lets a stray second delivery arrive before a test asserts there was none. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
