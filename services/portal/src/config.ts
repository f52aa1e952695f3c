import { randomBytes } from 'node:crypto';
import { ConfigurationError, parseEnv, portSchema } from '@jalon/service-kit';
import { z } from 'zod';

export const portalConfigSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  PLANS_URL: z.url().default('http://127.0.0.1:3001').transform((url) => url.replace(/\/+$/, '')),
  NOTIFICATIONS_URL: z.url().default('http://127.0.0.1:3002').transform((url) => url.replace(/\/+$/, '')),
  /** sign-in requests per minute and client address (the e-mail form and the links) */
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  /** where the worker polls: cycles are started there */
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('jalon'),
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * The address people reach the portal at, as written in e-mails. Links are built from it and
   * never from the request's Host header, which anyone can set.
   */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** signs the anti-forgery field of decision forms; at least 32 characters */
  CSRF_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** decision page requests per minute and client address */
  /**
   * Behind a reverse proxy: `true`, or the proxies' addresses (comma-separated). Without it
   * every reader has the proxy's address and they all share one rate limit.
   */
  TRUST_PROXY: z.string().trim().min(1).optional().transform((v) => {
    if (v === undefined) return undefined;
    if (v === 'true' || v === 'false') return v === 'true';
    return v;
  }),
  DECISION_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
});
export type PortalConfig = z.infer<typeof portalConfigSchema>;

/** The PostgreSQL schema this service owns; no other service reads it. */
export const PORTAL_SCHEMA = 'portal';

/**
 * The environment, with a CSRF secret. Production must set one so that forms survive a restart and
 * every instance accepts the others' forms; elsewhere a per-process secret is enough.
 */
export function readPortalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig & { CSRF_SECRET: string } {
  const config = parseEnv(portalConfigSchema, env);
  if (config.CSRF_SECRET) return { ...config, CSRF_SECRET: config.CSRF_SECRET };
  if (config.NODE_ENV === 'production') {
    throw new ConfigurationError('The environment is not valid (CSRF_SECRET: required in production, at least 32 characters). Set it; the README lists it.');
  }
  return { ...config, CSRF_SECRET: randomBytes(32).toString('base64url') };
}
