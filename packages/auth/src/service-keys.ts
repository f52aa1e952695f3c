import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { exportJWK, importJWK, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';
import { serviceNameSchema, type ServiceName } from './service-names.js';

/** Service tokens are signed with Ed25519: small keys, fast signatures, no parameters to get wrong. */
export const SERVICE_TOKEN_ALG = 'EdDSA';

const okpPublicJwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().min(1), kid: z.string().min(1) });
const okpPrivateJwk = okpPublicJwk.extend({ d: z.string().min(1) });

/** One service's signing key, as kept in its data folder or given in `JALON_SERVICE_KEY`. */
export const serviceSigningKeySchema = z.object({ service: serviceNameSchema, jwk: okpPrivateJwk });
export type ServiceSigningKey = z.infer<typeof serviceSigningKeySchema>;

/**
 * The public keys each service may sign with, as given in `JALON_TRUSTED_KEYS`. A service lists two
 * keys while one is rotated: tokens signed with either are accepted until the old one is removed.
 */
export const trustedServiceKeysSchema = z.partialRecord(serviceNameSchema, z.array(okpPublicJwk).min(1).max(4));
export type TrustedServiceKeys = z.infer<typeof trustedServiceKeysSchema>;

/** A new Ed25519 key for a service; its id names the service so logs tell whose key signed. */
export async function generateServiceKey(service: ServiceName): Promise<ServiceSigningKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(privateKey);
  return serviceSigningKeySchema.parse({ service, jwk: { ...jwk, kid: `${service}-${randomUUID()}` } });
}

/** The public half of a signing key, to hand to the services that verify its tokens. */
export function publicJwkOf(key: ServiceSigningKey): z.infer<typeof okpPublicJwk> {
  const { d: _secret, ...publicPart } = key.jwk;
  return publicPart;
}

export async function importSigningKey(key: ServiceSigningKey): Promise<CryptoKey> {
  return importJWK(key.jwk as JWK, SERVICE_TOKEN_ALG) as Promise<CryptoKey>;
}
