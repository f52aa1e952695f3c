/**
 * The benchmark's own identity provider: Keycloak with the Jalon realm (infra/keycloak) holding the
 * people who call the portal's cycle API, so that their calls carry real access tokens checked by
 * the portal as in production.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ensureKeycloak, freePort, startKeycloak, type Supervisor } from '@jalon/infra';
import { testIdentityProvider } from '@jalon/testkit';
import { z } from 'zod';

const tokenSchema = z.object({ access_token: z.string() });

export interface BenchPerson { name: string; email: string }

export interface BenchIdentityProvider {
  /** the portal's provider settings: it checks the cycle API's access tokens against this issuer */
  portalEnv: { OIDC_ISSUER: string; OIDC_CLIENT_ID: string; OIDC_CLIENT_SECRET: string };
  /** Keycloak's HTTP port (the benchmarks read its process's CPU); null: a Keycloak shared with other work */
  port: number | null;
  /** settles once Keycloak answers with the realm and its people imported */
  ready: Promise<void>;
  /** a person's access token for Jalon's APIs, from the command line's client (password grant) */
  accessToken: (email: string) => Promise<string>;
}

/**
 * Starts Keycloak under `supervisor` with `people` in its realm. The issuer is known before Keycloak
 * answers, so the portal starts alongside it (it reads the provider's configuration at the first token).
 * Keycloak hashes each person's password as it imports them: the 1,111 President's offices of a full
 * fan-out run take it about three minutes on two cores, while the services start.
 */
export async function startBenchIdentityProvider(
  supervisor: Supervisor, dir: string, portalUrl: string, people: BenchPerson[], log: (line: string) => void,
): Promise<BenchIdentityProvider> {
  if (process.env.JALON_TEST_KEYCLOAK_URL && process.env.JALON_TEST_KEYCLOAK_ADMIN_PASSWORD) return sharedIdentityProvider(portalUrl, people);
  const home = await ensureKeycloak(log);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const client = { clientId: 'jalon-portal', clientSecret: randomBytes(24).toString('base64url') };
  // Every bench person shares one password: they are made up for this run and gone with it.
  const password = `Bench-${randomBytes(12).toString('base64url')}`;
  const ready = startKeycloak(supervisor, {
    home, port, managementPort: await freePort(), dataDir: path.join(dir, 'keycloak'), adminPassword: randomBytes(16).toString('base64url'),
    logFile: path.join(dir, 'keycloak.log'), portalUrl, ...client,
    people: people.map((p) => ({ ...p, language: 'fr', password })),
    // Tokens are taken before the clock starts and used until the last organisation has launched:
    // with 1,000 organisations that outlasts the realm's 5 minutes.
    accessTokenLifespan: 3600,
  }).then(() => undefined);
  // Awaited with the services' start; this only keeps an early failure from crashing the process before.
  ready.catch(() => undefined);
  return {
    port,
    portalEnv: { OIDC_ISSUER: `${base}/realms/jalon`, OIDC_CLIENT_ID: client.clientId, OIDC_CLIENT_SECRET: client.clientSecret },
    ready,
    accessToken: async (email) => {
      const response = await fetch(`${base}/realms/jalon/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'password', client_id: 'jalon-cli', username: email.toLowerCase(), password, scope: 'openid email' }),
      });
      if (!response.ok) throw new Error(`Keycloak refused the token of ${email} (${response.status}): ${await response.text()}`);
      return tokenSchema.parse(await response.json()).access_token;
    },
  };
}

/**
 * A Keycloak already running (JALON_TEST_KEYCLOAK_URL, as for the tests): the bench's portal gets a
 * client of its own there and each President's office is added when it first asks for a token.
 * Starting a Keycloak of the bench's own takes minutes of CPU, and more than its 240 s on a loaded
 * machine; the shared one's CPU is not counted among the bench's processes.
 */
async function sharedIdentityProvider(portalUrl: string, people: BenchPerson[]): Promise<BenchIdentityProvider> {
  const idp = testIdentityProvider();
  const client = await idp.portalClient(portalUrl);
  const names = new Map(people.map((p) => [p.email.toLowerCase(), p.name]));
  return {
    port: null,
    portalEnv: { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: client.clientId, OIDC_CLIENT_SECRET: client.clientSecret },
    ready: Promise.resolve(),
    accessToken: (email) => idp.accessToken({ email, name: names.get(email.toLowerCase()) ?? email }),
  };
}
