import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * A stand-in for the identity provider's token side, for tests of the cycle API that are not about
 * signing in: it publishes its discovery document and keys over HTTP, as a provider does, and signs
 * access tokens (RS256, audience `jalon`, a verified e-mail) that the portal checks like any other.
 * Signing in itself is tested against a real Keycloak (provider-sign-in.test.ts).
 */
export async function tokenIssuer(t: Teardown, audience = 'jalon') {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const server = Fastify();
  let issuer = '';
  server.get('/.well-known/openid-configuration', async () => ({ issuer, jwks_uri: `${issuer}/keys` }));
  server.get('/keys', async () => ({ keys: [jwk] }));
  issuer = await server.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => server.close());

  /** An access token for a person of the provider (subject stable per address), valid for two hours. */
  const token = (person: { email: string }, claims: Record<string, unknown> = {}) =>
    new SignJWT({ email: person.email, email_verified: true, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(issuer).setAudience(audience).setSubject(`subject-of-${person.email}`)
      .setIssuedAt().setExpirationTime('2h')
      .sign(privateKey);
  return { issuer, audience, token };
}
