/**
 * The benchmark's own identity provider: Keycloak with the Jalon realm (infra/keycloak) holding the
 * people who call the portal's cycle API, so that their calls carry real access tokens checked by
 * the portal as in production.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureKeycloak, freePort, startKeycloak, Supervisor } from '@jalon/infra';
import { keycloakClient, testIdentityProvider } from '@jalon/testkit';

export interface BenchPerson { name: string; email: string }

export interface BenchIdentityProvider {
  /** the portal's provider settings: it checks the cycle API's access tokens against this issuer */
  portalEnv: { OIDC_ISSUER: string; OIDC_CLIENT_ID: string; OIDC_CLIENT_SECRET: string };
  /** Keycloak's HTTP port (the benchmarks read its process's CPU); null: a Keycloak shared with other work */
  port: number | null;
  /** a person's access token for Jalon's APIs, from the command line's client (password grant) */
  accessToken: (email: string) => Promise<string>;
  /** stops Keycloak (nothing for a shared one) */
  stop: () => Promise<void>;
}

/**
 * Starts Keycloak with `people` in its realm, for the whole of a benchmark script: each of its runs
 * restarts Jalon's processes and Temporal, not the identity provider. Keycloak hashes each person's
 * password as it imports them (the 1,111 President's offices of a full fan-out take it about three
 * minutes on two cores) and each token costs it a slow hash again: done once, they are not measured
 * again with every run. The people get their tokens from the command line's client (password grant):
 * the realm's portal client, whose settings the portal is given, is never signed in through, so its
 * redirect address can point nowhere.
 */
export async function startBenchIdentityProvider(people: BenchPerson[], log: (line: string) => void): Promise<BenchIdentityProvider> {
  if (process.env.JALON_TEST_KEYCLOAK_URL && process.env.JALON_TEST_KEYCLOAK_ADMIN_PASSWORD) return sharedIdentityProvider(people);
  const supervisor = new Supervisor();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jalon-bench-idp-'));
  const stop = async () => {
    await supervisor.stopAll();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const home = await ensureKeycloak(log);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const client = { clientId: 'jalon-portal', clientSecret: randomBytes(24).toString('base64url') };
    // Every bench person shares one password: they are made up for this run and gone with it.
    const password = `Bench-${randomBytes(12).toString('base64url')}`;
    const adminPassword = randomBytes(16).toString('base64url');
    const keycloak = keycloakClient(base, adminPassword);
    log(`bench: Keycloak importing ${people.length} people (once for every run of this benchmark)`);
    await startKeycloak(supervisor, {
      home, port, managementPort: await freePort(), dataDir: path.join(dir, 'keycloak'), adminPassword,
      logFile: path.join(dir, 'keycloak.log'), portalUrl: 'http://127.0.0.1:9', ...client,
      people: people.map((p) => ({ ...p, language: 'fr', password })),
      // Tokens are taken before the clock starts and used until the last organisation has launched,
      // and again by the next runs: with 1,000 organisations that outlasts the realm's 5 minutes.
      accessTokenLifespan: 3600,
    });
    return {
      port, stop,
      portalEnv: { OIDC_ISSUER: `${base}/realms/jalon`, OIDC_CLIENT_ID: client.clientId, OIDC_CLIENT_SECRET: client.clientSecret },
      // Asked once per person and reused while it lives (keycloakClient): each grant costs Keycloak a hash.
      accessToken: (email) => keycloak.token('jalon', { grant_type: 'password', client_id: 'jalon-cli', username: email.toLowerCase(), password, scope: 'openid email' }),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A Keycloak already running (JALON_TEST_KEYCLOAK_URL, as for the tests): the bench's portal gets a
 * client of its own there and each President's office is added when it first asks for a token.
 * Starting a Keycloak of the bench's own takes minutes of CPU, and more than its 240 s on a loaded
 * machine; the shared one's CPU is not counted among the bench's processes.
 */
async function sharedIdentityProvider(people: BenchPerson[]): Promise<BenchIdentityProvider> {
  const idp = testIdentityProvider();
  const client = await idp.portalClient('http://127.0.0.1:9');
  const names = new Map(people.map((p) => [p.email.toLowerCase(), p.name]));
  return {
    port: null,
    portalEnv: { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: client.clientId, OIDC_CLIENT_SECRET: client.clientSecret },
    stop: async () => undefined,
    accessToken: (email) => idp.accessToken({ email, name: names.get(email.toLowerCase()) ?? email }),
  };
}
