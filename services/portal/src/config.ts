import { randomBytes } from 'node:crypto';
import { jsonVariable, serviceSigningKeySchema, trustedServiceKeysSchema } from '@jalon/auth';
import { ConfigurationError, databaseOwnerEnvSchema, parseEnv, portSchema } from '@jalon/service-kit';
import { z } from 'zod';
import { temporalEnvSchema } from '@jalon/temporal-connection';
import { proxyAddressesSchema } from './config-values.js';

export const portalConfigSchema = z.object({
  /** the pages, the only listener a reverse proxy exposes */
  PORT: portSchema.default(3000),
  /** the JSON API (cycles, /links, /docs): for the services, the worker and the command line only */
  INTERNAL_PORT: portSchema.default(3004),
  HOST: z.string().default('127.0.0.1'),
  /** `true`: PORT and INTERNAL_PORT are shared with the installation's other portal processes (SO_REUSEPORT, Linux; `npm start` with JALON_PORTALS) */
  REUSE_PORT: z.enum(['true', 'false']).default('false'),
  /** a listener of this process alone answering /health (beside shared ports, where any portal answers) */
  HEALTH_PORT: portSchema.optional(),
  INTERNAL_HOST: z.string().optional(),
  NODE_ENV: z.string().default('development'),
  PLANS_URL: z.url().default('http://127.0.0.1:3001').transform((url) => url.replace(/\/+$/, '')),
  NOTIFICATIONS_URL: z.url().default('http://127.0.0.1:3002').transform((url) => url.replace(/\/+$/, '')),
  /** sign-in requests per minute and client address (the e-mail form and the links) */
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  /** sign-in e-mails an hour to one person, however many addresses ask for them */
  SIGN_IN_EMAILS_PER_HOUR: z.coerce.number().int().min(1).max(1_000).default(5),
  /** the e-mailed one-time sign-in, for people outside the identity provider (default: on, except in production) */
  EMAIL_SIGN_IN: z.enum(['true', 'false']).optional(),
  /** where people report an accessibility problem or ask for content in another form (the accessibility statement names it) */
  ACCESSIBILITY_CONTACT: z.email().optional(),
  /** the organisation's OpenID Connect provider: people sign in there */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional().transform((url) => url?.replace(/\/+$/, '')),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** the audience of the access tokens the provider issues for Jalon's APIs */
  OIDC_AUDIENCE: z.string().min(1).default('jalon'),
  /** the public keys of the services that may call the internal API (JSON); none: no service is accepted */
  JALON_TRUSTED_KEYS: jsonVariable(trustedServiceKeysSchema).optional(),
  /** the portal's own signing key (JSON Web Key): its calls to the plans and notifications services carry tokens it signs */
  JALON_SERVICE_KEY: jsonVariable(serviceSigningKeySchema).optional(),
  /** where the worker polls: cycles are started there */
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('jalon'),
  /** the role the service runs as (see DATABASE_OWNER_URL for the one that migrates) */
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  ...databaseOwnerEnvSchema.shape,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * The address people reach the portal at, as written in e-mails. Links are built from it and
   * never from the request's Host header, which anyone can set.
   */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** signs the anti-forgery field of decision forms and seals the sign-in cookie; at least 32 characters */
  CSRF_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Behind a reverse proxy: the proxies' addresses (comma-separated IPs or CIDRs). Without it every
   * reader has the proxy's address and they all share one rate limit.
   */
  TRUST_PROXY: proxyAddressesSchema.optional(),
  /** decision page requests per minute and client address */
  DECISION_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  /** the organisation running the installation: its administrators may read Temporal payloads through the codec endpoint */
  JALON_OPERATOR_ORGANISATION: z.string().min(1).optional(),
  /** the Temporal UI's origin (e.g. https://temporal.ibz.be), allowed to call the codec endpoint from its pages */
  TEMPORAL_UI_ORIGIN: z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin).optional(),
  /**
   * Cycles launched from now on hold their drafting tasks themselves (one workflow per organisation and
   * year). 'false' launches them with a child round per entity, as before: a way back, not a mode to run in.
   */
  DRAFTING_IN_CYCLE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
}).extend(temporalEnvSchema.shape);
export type PortalEnvironment = z.infer<typeof portalConfigSchema>;

/** The identity provider the portal signs people in with. */
export interface ProviderSettings { issuer: string; clientId: string; clientSecret: string; audience: string }

export type PortalConfig = Omit<PortalEnvironment, 'CSRF_SECRET' | 'EMAIL_SIGN_IN' | 'JALON_TRUSTED_KEYS'> & {
  CSRF_SECRET: string;
  EMAIL_SIGN_IN: boolean;
  JALON_TRUSTED_KEYS: NonNullable<PortalEnvironment['JALON_TRUSTED_KEYS']>;
  /** undefined: no provider, people sign in by e-mail only */
  provider: ProviderSettings | undefined;
};

/** The PostgreSQL schema this service owns; no other service reads it. */
export const PORTAL_SCHEMA = 'portal';

const invalid = (problem: string) =>
  new ConfigurationError(`The environment is not valid (${problem}). Set it; the README lists it.`);

function providerOf(config: PortalEnvironment, production: boolean): ProviderSettings | undefined {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (!issuer) {
    if (clientId || clientSecret) throw invalid('OIDC_ISSUER: required with OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
    return undefined;
  }
  if (!clientId || !clientSecret) throw invalid('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: required with OIDC_ISSUER');
  // ID tokens are addressed to the client: with the API's audience as client id, one would open the API.
  if (clientId === config.OIDC_AUDIENCE) throw invalid('OIDC_CLIENT_ID: must differ from OIDC_AUDIENCE, the audience of the API\'s access tokens');
  // Tokens and the client secret travel to the provider: in production only over TLS.
  if (production && !issuer.startsWith('https:')) throw invalid('OIDC_ISSUER: must be an https address in production');
  return { issuer, clientId, clientSecret, audience: config.OIDC_AUDIENCE };
}

/**
 * The environment, with a CSRF secret and the sign-in methods resolved. Production must set a secret
 * so that forms survive a restart and every instance accepts the others' forms; elsewhere a
 * per-process secret is enough. Production signs people in through the provider unless
 * EMAIL_SIGN_IN=true says otherwise.
 */
export function readPortalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const config = parseEnv(portalConfigSchema, env);
  const production = config.NODE_ENV === 'production';
  if (!config.CSRF_SECRET && production) {
    throw invalid('CSRF_SECRET: required in production, at least 32 characters');
  }
  const provider = providerOf(config, production);
  const emailSignIn = config.EMAIL_SIGN_IN === undefined ? !production : config.EMAIL_SIGN_IN === 'true';
  if (!provider && !emailSignIn) throw invalid('OIDC_ISSUER: required when EMAIL_SIGN_IN is off, or nobody can sign in');
  return {
    ...config,
    CSRF_SECRET: config.CSRF_SECRET ?? randomBytes(32).toString('base64url'),
    EMAIL_SIGN_IN: emailSignIn,
    JALON_TRUSTED_KEYS: config.JALON_TRUSTED_KEYS ?? {},
    provider,
  };
}
