import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

interface Teardown { teardown: (fn: () => unknown) => void }

export interface TokenClaims {
  sub: string; email?: string; email_verified?: boolean; aud?: string;
  /** seconds since the epoch; default: five minutes from now */
  expiresAt?: number;
}

/**
 * A stand-in for the organisation's identity provider, as much of it as an API needs: its discovery
 * document and its published keys, and access tokens signed with them. (The real provider, Keycloak,
 * is tested through the portal's sign-in.)
 */
export async function identityProvider(t: Teardown) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...await exportJWK(publicKey), kid: 'provider-key-1', alg: 'RS256', use: 'sig' };
  const server = createServer((request, response) => {
    const body = request.url === '/.well-known/openid-configuration' ? { issuer, jwks_uri: `${issuer}/jwks` }
      : request.url === '/jwks' ? { keys: [jwk] } : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: TokenClaims, key: CryptoKey = privateKey) => {
    const now = Math.floor(Date.now() / 1000);
    const { sub, aud = 'jalon', expiresAt = now + 300, ...rest } = claims;
    return new SignJWT(rest).setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).setIssuer(issuer).setSubject(sub).setAudience(aud)
      .setIssuedAt(Math.min(now, expiresAt - 300)).setExpirationTime(expiresAt).sign(key);
  };
  return {
    issuer,
    /** the headers of a person calling with an access token of this provider */
    bearer: async (claims: TokenClaims) => ({ authorization: `Bearer ${await sign(claims)}` }),
    /** a token signed with a key the provider does not publish */
    forged: async (claims: TokenClaims) => ({ authorization: `Bearer ${await sign(claims, (await generateKeyPair('RS256')).privateKey)}` }),
  };
}
