import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

/** What Jalon needs of a person's access token: who they are at the provider, and their e-mail. */
export const personClaimsSchema = z.object({
  issuer: z.string(),
  subject: z.string().min(1),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
});
export type PersonClaims = z.infer<typeof personClaimsSchema>;

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

const tokenPayloadSchema = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
});

/** Signature algorithms an identity provider may use; `none` and HMAC are never accepted. */
const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/**
 * Checks people's access tokens from the organisation's identity provider: signature against its
 * published keys (fetched once, refreshed when an unknown key id appears), issuer, audience, expiry.
 */
export class PersonTokenVerifier {
  private keys: Promise<{ issuer: string; keys: JWTVerifyGetKey }> | undefined;

  private readonly options: { issuer: string; audience: string };
  constructor(options: { issuer: string; audience: string }) {
    this.options = options;
  }

  private discover(): Promise<{ issuer: string; keys: JWTVerifyGetKey }> {
    this.keys ??= (async () => {
      const url = `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`the identity provider's configuration answered ${response.status} at ${url}`);
      const found = discoverySchema.parse(await response.json());
      return { issuer: found.issuer, keys: createRemoteJWKSet(new URL(found.jwks_uri)) };
    })().catch((error: unknown) => {
      // A provider that was down at the first call is asked again at the next one.
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  async verify(token: string): Promise<PersonClaims> {
    const { issuer, keys } = await this.discover();
    const { payload } = await jwtVerify(token, keys, {
      issuer, audience: this.options.audience, algorithms: PROVIDER_ALGORITHMS, requiredClaims: ['exp', 'sub'], clockTolerance: 30,
    });
    const claims = tokenPayloadSchema.parse(payload);
    return { issuer, subject: claims.sub, email: claims.email?.toLowerCase() ?? null, emailVerified: claims.email_verified === true };
  }
}
