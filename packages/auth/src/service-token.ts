import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify, SignJWT, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { importSigningKey, SERVICE_TOKEN_ALG, type ServiceSigningKey, type TrustedServiceKeys } from './service-keys.js';
import { serviceNameSchema, type ServiceName } from './service-names.js';

/** Short-lived: a token that leaks into a log is useless minutes later. */
export const SERVICE_TOKEN_MAX_SECONDS = 300;
const DEFAULT_TTL_SECONDS = 120;
/** Clocks of two processes on different machines drift a little. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** What a verified service token says: who calls, and for whom when it acts on a person's behalf. */
export const serviceClaimsSchema = z.object({
  service: serviceNameSchema,
  /** the person (Jalon person id) the service acts for, when it does */
  actingFor: z.string().min(1).max(200).nullable(),
});
export type ServiceClaims = z.infer<typeof serviceClaimsSchema>;

const tokenPayloadSchema = z.object({
  iss: serviceNameSchema,
  sub: serviceNameSchema,
  act_for: z.string().min(1).max(200).optional(),
  iat: z.number(),
  exp: z.number(),
});

/**
 * Tokens kept by a signer or a verifier at most: one per audience and person acted for is what a
 * service uses within a token's life; past this many the oldest goes.
 */
const KEPT_TOKENS_MAX = 5_000;

/** Keeps `value` under `key` in `kept`, forgetting the oldest entry when it is full. */
function keep<V>(kept: Map<string, V>, key: string, value: V): void {
  if (!kept.has(key) && kept.size >= KEPT_TOKENS_MAX) kept.delete(kept.keys().next().value!);
  kept.set(key, value);
}

/**
 * Signs the tokens of one service; caches the imported key, and each token while more than half of
 * its life is left: a call to the same service for the same person reuses it. Signing (Ed25519,
 * through WebCrypto) took 8% of the portal's CPU on a launch day when every call had a token of its
 * own; a reused token is no longer valid than a fresh one, and the verifier keeps no list of seen ids.
 */
export class ServiceTokenSigner {
  private key: Promise<CryptoKey> | undefined;
  private readonly signed = new Map<string, { token: Promise<string>; reuseUntil: number }>();

  private readonly signingKey: ServiceSigningKey;
  private readonly ttlSeconds: number;
  constructor(signingKey: ServiceSigningKey, ttlSeconds: number = DEFAULT_TTL_SECONDS) {
    this.signingKey = signingKey;
    this.ttlSeconds = ttlSeconds;
    if (ttlSeconds > SERVICE_TOKEN_MAX_SECONDS) throw new Error(`A service token lives at most ${SERVICE_TOKEN_MAX_SECONDS} seconds`);
  }

  get service(): ServiceName {
    return this.signingKey.service;
  }

  sign(audience: ServiceName, actingFor?: string): Promise<string> {
    const purpose = `${audience}\n${actingFor ?? ''}`;
    const kept = this.signed.get(purpose);
    if (kept && kept.reuseUntil > Date.now()) return kept.token;
    const token = this.signFresh(audience, actingFor);
    keep(this.signed, purpose, { token, reuseUntil: Date.now() + this.ttlSeconds * 500 });
    // A signature that failed is not kept: the next call tries again.
    token.catch(() => { if (this.signed.get(purpose)?.token === token) this.signed.delete(purpose); });
    return token;
  }

  private async signFresh(audience: ServiceName, actingFor?: string): Promise<string> {
    this.key ??= importSigningKey(this.signingKey);
    const jwt = new SignJWT(actingFor ? { act_for: actingFor } : {})
      .setProtectedHeader({ alg: SERVICE_TOKEN_ALG, kid: this.signingKey.jwk.kid, typ: 'jalon-service+jwt' })
      .setIssuer(this.signingKey.service)
      .setSubject(this.signingKey.service)
      .setAudience(audience)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${this.ttlSeconds}s`);
    return jwt.sign(await this.key);
  }
}

/**
 * Checks service tokens meant for `audience` against the public keys each service may use. The
 * claimed issuer picks the key set, so one service's key can never vouch for another service.
 */
export class ServiceTokenVerifier {
  private readonly keySets = new Map<ServiceName, JWTVerifyGetKey>();
  /**
   * Tokens this verifier accepted, with what they say, until they expire: a signer reuses its tokens
   * (above), and checking the same signature again was a tenth of the plans service's CPU on a launch
   * day. Only an exact token already verified in full is found here; anything else is verified.
   */
  private readonly accepted = new Map<string, { claims: ServiceClaims; until: number }>();

  private readonly audience: ServiceName;
  constructor(audience: ServiceName, trusted: TrustedServiceKeys) {
    this.audience = audience;
    for (const [service, keys] of Object.entries(trusted)) {
      if (keys) this.keySets.set(service as ServiceName, createLocalJWKSet({ keys }));
    }
  }

  /** true when the token claims to come from one of our services (not from the identity provider) */
  static looksLikeServiceToken(token: string): boolean {
    try {
      return serviceNameSchema.safeParse(decodeJwt(token).iss).success;
    } catch {
      return false;
    }
  }

  async verify(token: string): Promise<ServiceClaims> {
    const kept = this.accepted.get(token);
    if (kept && kept.until > Date.now()) return kept.claims;
    const claimed = serviceNameSchema.parse(decodeJwt(token).iss);
    const keys = this.keySets.get(claimed);
    if (!keys) throw new Error(`no key is trusted for the service ${claimed}`);
    const { payload } = await jwtVerify(token, keys, {
      issuer: claimed, audience: this.audience, algorithms: [SERVICE_TOKEN_ALG], clockTolerance: CLOCK_TOLERANCE_SECONDS,
      maxTokenAge: SERVICE_TOKEN_MAX_SECONDS + CLOCK_TOLERANCE_SECONDS, requiredClaims: ['exp', 'iat', 'sub'],
    });
    const claims = tokenPayloadSchema.parse(payload);
    if (claims.sub !== claims.iss) throw new Error('a service token speaks for its own service only');
    if (claims.exp - claims.iat > SERVICE_TOKEN_MAX_SECONDS) throw new Error(`a service token may live ${SERVICE_TOKEN_MAX_SECONDS} seconds at most`);
    const accepted = { service: claims.iss, actingFor: claims.act_for ?? null };
    // Kept no longer than a full check would accept it, without the clock tolerance.
    keep(this.accepted, token, { claims: accepted, until: Math.min(claims.exp, claims.iat + SERVICE_TOKEN_MAX_SECONDS) * 1000 });
    return accepted;
  }
}
