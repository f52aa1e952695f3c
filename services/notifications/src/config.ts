import { serviceAuthEnvSchema } from '@jalon/auth';
import { languageSchema } from '@jalon/contracts';
import { ConfigurationError, databaseOwnerEnvSchema, portSchema } from '@jalon/service-kit';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { z } from 'zod';
import { BodyKeyring, bodyKeysSchema } from './body-keys.js';
import { DEFAULT_RETENTION_DAYS } from './outbox-bodies.js';
import { DEFAULT_SENDER_SETTINGS, type SenderSettings } from './sender-settings.js';

/** `President's office <president@example.be>, other@example.be`: the usual address-list syntax, names optional. */
const addressListSchema = z.string().transform((value, ctx) => {
  const parsed = addressparser(value, { flatten: true });
  const addresses = parsed.map((a) => ({ name: a.name.trim() || a.address, email: a.address.trim() }));
  addresses.forEach((a, i) => {
    if (!z.email().safeParse(a.email).success) {
      ctx.addIssue({ code: 'custom', path: [i], message: `entry ${i + 1} is not an e-mail address; separate addresses with commas` });
    }
  });
  return addresses;
});

export const notificationsConfigSchema = z.object({
  PORT: portSchema.default(3002),
  HOST: z.string().default('127.0.0.1'),
  /** the role the service runs as (see DATABASE_OWNER_URL for the one that migrates) */
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  ...databaseOwnerEnvSchema.shape,
  /** smtp://user:password@host:port, or smtps:// for implicit TLS */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default(DEFAULT_SENDER_SETTINGS.from),
  /** the domain in each Message-ID; use the organisation's mail domain in production */
  MAIL_DOMAIN: z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'must be a domain name such as ibz.be')
    .default(DEFAULT_SENDER_SETTINGS.mailDomain),
  /** who is told of e-mails that could not be delivered; empty: nobody (a warning is logged) */
  PRESIDENT_OFFICE_EMAILS: addressListSchema.default([]),
  /** the language of those reports; the office's addresses are mailboxes, not people with a profile */
  PRESIDENT_OFFICE_LANGUAGE: languageSchema.default(DEFAULT_SENDER_SETTINGS.presidentOffice.language),
  /** how often the sender looks for due messages when nothing woke it */
  SEND_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
  RETRY_BASE_MS: z.coerce.number().int().min(1).max(86_400_000).default(DEFAULT_SENDER_SETTINGS.retryBaseMs),
  MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(DEFAULT_SENDER_SETTINGS.maxAttempts),
  /** how long a message claimed by a sender that died stays claimed before another run sends it */
  SEND_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(DEFAULT_SENDER_SETTINGS.leaseMs),
  /**
   * Connections to the mail server, and so e-mails sent at once (in runs of five). Keep it at or
   * under what the relay accepts from one client (Postfix: 50 by default), divided by the number
   * of notifications processes.
   */
  SMTP_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(DEFAULT_SENDER_SETTINGS.connections),
  /**
   * Fault injection for the fault tests only: `exit-after-smtp` kills the process (SIGKILL) once the
   * mail server has accepted a message and before the outbox records it. Never set it in production.
   */
  JALON_FAILPOINT: z.enum(['exit-after-smtp']).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  NODE_ENV: z.string().default('development'),
  /**
   * The keys that seal e-mail bodies in the outbox (they carry personal links): `id:key,…`, each
   * key 32 bytes in base64; the first seals, all open (rotation: put the new key first, remove the
   * old one once no row sealed with it is left to send). Required in production; `npm start` keeps
   * one in the data folder.
   */
  OUTBOX_KEYS: bodyKeysSchema.optional(),
  /** days a sent (or given up) e-mail's body is kept, sealed, before it is purged; the row stays */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(DEFAULT_RETENTION_DAYS),
  /**
   * The portal's public address, as the portal has it: every link in an e-mail must lead under it
   * (same origin and path), so the organisation's sender never carries a link to anywhere else.
   */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    // z.url has reported an address that does not parse; this check is for those that do.
    .refine((u) => !URL.canParse(u) || /^[^?#]*$/.test(u) && new URL(u).username === '', 'must be an address without query, fragment or user')
    .default('http://127.0.0.1:3000'),
}).extend(serviceAuthEnvSchema.shape);
export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

export const NOTIFICATIONS_SCHEMA = 'notifications';

/**
 * The keys of OUTBOX_KEYS. Without them, outside production, a key of this process alone: bodies
 * queued and not sent before a restart can then no longer be sent (they are reported as failed).
 */
export function bodyKeysFrom(config: NotificationsConfig): BodyKeyring {
  if (config.OUTBOX_KEYS) return config.OUTBOX_KEYS;
  if (config.NODE_ENV === 'production') {
    throw new ConfigurationError('The environment is not valid (OUTBOX_KEYS: required in production, to seal the e-mails kept in the outbox). Set it; the README lists it.');
  }
  return BodyKeyring.ephemeral();
}

export function senderSettingsFrom(config: NotificationsConfig, bodyKeys: BodyKeyring = bodyKeysFrom(config)): SenderSettings {
  return {
    ...DEFAULT_SENDER_SETTINGS,
    bodyKeys,
    from: config.MAIL_FROM,
    mailDomain: config.MAIL_DOMAIN,
    retryBaseMs: config.RETRY_BASE_MS,
    maxAttempts: config.MAX_ATTEMPTS,
    leaseMs: config.SEND_LEASE_MS,
    connections: config.SMTP_CONNECTIONS,
    // A pool of fewer connections than a run's messages would leave some waiting for one.
    batchSize: Math.min(DEFAULT_SENDER_SETTINGS.batchSize, config.SMTP_CONNECTIONS),
    presidentOffice: { addresses: config.PRESIDENT_OFFICE_EMAILS, language: config.PRESIDENT_OFFICE_LANGUAGE },
  };
}
