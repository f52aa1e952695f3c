import { createHash } from 'node:crypto';
import { z } from 'zod';

const grantSchema = z.object({ access_token: z.string(), expires_in: z.number() });

/** A token is asked again this long before Keycloak says it expires: a test must not hold one that dies in its hands. */
const MARGIN_MS = 30_000;

/** Tokens this process was given, by provider, realm and person: each grant costs Keycloak a password hash (about 150 ms of its CPU). */
const given = new Map<string, Promise<{ token: string; until: number }>>();

/**
 * Keycloak's token endpoint and administration API, as a provider's administrator scripts them.
 * A password grant makes Keycloak hash the password (argon2, about 150 ms of a core): the tokens
 * of a person, and the administrator's own, are asked once and reused by this process while they
 * live, rather than once per call as the test helpers did.
 */
export function keycloakClient(base: string, adminPassword: string) {
  /** An access token by password grant; `reuse`: the one this process was given, while it lives. */
  const token = async (realm: string, fields: Record<string, string>, reuse = true): Promise<string> => {
    const ask = async () => {
      const response = await fetch(`${base}/realms/${realm}/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(fields) });
      if (!response.ok) throw new Error(`Keycloak refused the token request (${response.status}): ${await response.text()}`);
      const grant = grantSchema.parse(await response.json());
      return { token: grant.access_token, until: Date.now() + grant.expires_in * 1000 - MARGIN_MS };
    };
    if (!reuse) return (await ask()).token;
    // Hashed: the key holds the password.
    const key = createHash('sha256').update(JSON.stringify([base, realm, fields])).digest('base64url');
    const known = given.get(key);
    if (known) {
      const held = await known.catch(() => undefined);
      if (held && held.until > Date.now()) return held.token;
    }
    const asked = ask();
    given.set(key, asked);
    // A refusal is not kept: the next call asks again.
    asked.catch(() => given.delete(key));
    return (await asked).token;
  };

  /**
   * A call to the administration API under /admin/realms (`path` starts with the realm), as the
   * master realm's administrator; a 409 (already there) is an answer, not an error.
   */
  const admin = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const bearer = await token('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: adminPassword });
    const response = await fetch(`${base}/admin/realms${path}`, {
      method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok && response.status !== 409) throw new Error(`Keycloak's administration refused ${method} ${path} (${response.status}): ${await response.text()}`);
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) as unknown : undefined };
  };

  return { token, admin };
}
