import { PersonTokenVerifier, serviceAuthEnvSchema, serviceAuthFrom } from '@jalon/auth';
import { portSchema } from '@jalon/service-kit';
import { z } from 'zod';
import type { PlansAuth } from './app.js';

export const plansConfigSchema = z.object({
  PORT: portSchema.default(3001),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1, 'the PostgreSQL connection URL is required'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** the organisation's identity provider, whose access tokens people may call with; unset: services only */
  OIDC_ISSUER: z.url().optional(),
  /** the audience those tokens must name */
  OIDC_AUDIENCE: z.string().min(1).default('jalon'),
}).extend(serviceAuthEnvSchema.shape);
export type PlansConfig = z.infer<typeof plansConfigSchema>;

/** Who the service accepts calls from: the services whose keys it trusts, and the provider's people. */
export function plansAuthFrom(config: PlansConfig): PlansAuth {
  const people = config.OIDC_ISSUER ? new PersonTokenVerifier({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }) : undefined;
  return { services: serviceAuthFrom(config, 'plans').verifier, ...(people ? { people } : {}) };
}

/** The PostgreSQL schema this service owns; no other service reads it. */
export const PLANS_SCHEMA = 'plans';
