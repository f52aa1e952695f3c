import { PersonTokenVerifier, serviceAuthEnvSchema, serviceAuthFrom } from '@jalon/auth';
import { databaseOwnerEnvSchema, portSchema } from '@jalon/service-kit';
import { z } from 'zod';
import type { PlansAuth } from './app.js';

export const plansConfigSchema = z.object({
  PORT: portSchema.default(3001),
  HOST: z.string().default('127.0.0.1'),
  /** the role the service runs as (see DATABASE_OWNER_URL for the one that migrates) */
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  ...databaseOwnerEnvSchema.shape,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** the organisation's identity provider, whose access tokens people may call with; unset: services only */
  OIDC_ISSUER: z.url().optional(),
  /** the audience those tokens must name */
  OIDC_AUDIENCE: z.string().min(1).default('jalon'),
  /**
   * where the signed heads of the audit chain are appended (audit-heads.jsonl); outside the database,
   * ideally on storage the database's administrators cannot write. Unset: heads are not signed, and
   * verify-audit cannot detect a truncated log (a warning is logged).
   */
  AUDIT_HEADS_DIR: z.string().min(1).optional(),
  /** how often the chain head is signed, besides at start; at least daily */
  /**
   * the organisation that runs the installation: its administrators (org_admin) create the other
   * organisations (as they read Temporal payloads at the portal's codec endpoint); unset: only the
   * installation's loader (the operator's tooling) does
   */
  JALON_OPERATOR_ORGANISATION: z.string().min(1).optional(),
  AUDIT_HEAD_INTERVAL_MINUTES: z.coerce.number().min(1).max(24 * 60).default(24 * 60),
  /**
   * how often versions still without their PDF (a rendering failed, or the service stopped before it)
   * are rendered; a freeze renders its version at once, whatever this says
   */
  DOCUMENT_RENDER_POLL_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(60),
}).extend(serviceAuthEnvSchema.shape);
export type PlansConfig = z.infer<typeof plansConfigSchema>;

/** Who the service accepts calls from: the services whose keys it trusts, and the provider's people. */
export function plansAuthFrom(config: PlansConfig): PlansAuth {
  const people = config.OIDC_ISSUER ? new PersonTokenVerifier({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }) : undefined;
  return { services: serviceAuthFrom(config, 'plans').verifier, ...(people ? { people } : {}) };
}

/** The PostgreSQL schema this service owns; no other service reads it. */
export const PLANS_SCHEMA = 'plans';
