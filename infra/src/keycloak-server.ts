import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.js';
import type { Supervisor } from './supervisor.js';

export const JALON_REALM = 'jalon';
/** The audience people's access tokens carry for Jalon's APIs. */
export const JALON_AUDIENCE = 'jalon';

export interface RealmPerson { name: string; email: string; language: string; password: string }

export interface KeycloakOptions {
  home: string;
  port: number;
  managementPort: number;
  /** this run's own database folder (the cached installation is shared and never written) */
  dataDir: string;
  adminPassword: string;
  portalUrl: string;
  clientId: string;
  clientSecret: string;
  people: RealmPerson[];
  logFile?: string;
  /** seconds an access token lives (the realm file's 5 minutes otherwise); tests keep one for a whole file */
  accessTokenLifespan?: number;
  /**
   * false: no lock-out after failed passwords. Tests try wrong passwords on purpose while other test
   * files sign the same people in; a lock-out would fail those at random.
   */
  bruteForceProtected?: boolean;
}

/** A stable user id per address: re-importing the realm keeps the subject Jalon linked a person to. */
const userIdOf = (email: string) => {
  const hex = createHash('sha256').update(`jalon-demo:${email.toLowerCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * A name as Keycloak's user profile accepts it: its default validator refuses characters such as
 * parentheses in a name, and a person whose name it refuses is stopped at their first sign-in by a
 * form asking to correct it ("Cellule Corporate (démo)" would be).
 */
const keycloakName = (name: string) => name.replace(/[<>&"$%!#?§;*~/\\,^(){}[\]|@:=]/g, '').replace(/\s+/g, ' ').trim();

/** The realm file with this run's addresses and secrets put in, and the people added. */
export function realmDocument(options: Pick<KeycloakOptions, 'portalUrl' | 'clientId' | 'clientSecret' | 'people' | 'accessTokenLifespan' | 'bruteForceProtected'>): Record<string, unknown> {
  const values: Record<string, string> = {
    PORTAL_URL: options.portalUrl.replace(/\/$/, ''), PORTAL_CLIENT_ID: options.clientId, PORTAL_CLIENT_SECRET: options.clientSecret, AUDIENCE: JALON_AUDIENCE,
  };
  const text = readFileSync(path.join(repoRoot, 'infra', 'keycloak', 'jalon-realm.json'), 'utf8')
    .replace(/\$\{([A-Z_]+)\}/g, (_all, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`the realm file names an unknown value \${${name}}`);
      return JSON.stringify(value).slice(1, -1);
    });
  const realm = JSON.parse(text) as Record<string, unknown>;
  if (options.accessTokenLifespan) realm.accessTokenLifespan = options.accessTokenLifespan;
  if (options.bruteForceProtected === false) realm.bruteForceProtected = false;
  realm.users = options.people.map((p) => {
    const [firstName, ...rest] = keycloakName(p.name).split(' ');
    return {
      id: userIdOf(p.email), username: p.email.toLowerCase(), email: p.email.toLowerCase(), emailVerified: true, enabled: true,
      firstName, lastName: rest.join(' ') || firstName, attributes: { locale: [p.language] },
      credentials: [{ type: 'password', value: p.password, temporary: false }],
    };
  });
  return realm;
}

const tokenSchema = z.object({ access_token: z.string() });

async function waitUntilReady(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${base}/realms/master`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`Keycloak did not answer at ${base} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Imports the realm, or brings its client and people up to date when it exists (a restart on another port). */
async function importRealm(base: string, adminPassword: string, realm: Record<string, unknown>): Promise<void> {
  const tokenResponse = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: adminPassword }),
  });
  if (!tokenResponse.ok) throw new Error(`Keycloak refused the local administrator (${tokenResponse.status}); delete the identity-provider folder in the data folder to start afresh`);
  const { access_token: token } = tokenSchema.parse(await tokenResponse.json());
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const existing = await fetch(`${base}/admin/realms/${JALON_REALM}`, { headers });
  const response = existing.status === 404
    ? await fetch(`${base}/admin/realms`, { method: 'POST', headers, body: JSON.stringify(realm) })
    : await fetch(`${base}/admin/realms/${JALON_REALM}/partialImport`, {
        method: 'POST', headers, body: JSON.stringify({ ifResourceExists: 'OVERWRITE', clients: realm.clients, users: realm.users }),
      });
  if (!response.ok) throw new Error(`Keycloak refused the realm import (${response.status}): ${(await response.text()).slice(0, 300)}`);
}

/**
 * Runs Keycloak from its cached build on this run's own database, imports the Jalon realm and
 * returns the issuer that OIDC_ISSUER takes.
 */
export async function startKeycloak(supervisor: Supervisor, options: KeycloakOptions): Promise<{ issuer: string; adminUrl: string }> {
  const base = `http://127.0.0.1:${options.port}`;
  supervisor.start({
    name: 'identity-provider',
    command: path.join(options.home, 'bin', 'kc.sh'),
    args: [
      'start', '--optimized', '--http-enabled=true', '--http-host=127.0.0.1', `--http-port=${options.port}`,
      `--http-management-port=${options.managementPort}`, '--hostname-strict=false',
      `--db-url=jdbc:h2:file:${path.join(options.dataDir, 'keycloakdb')};NON_KEYWORDS=VALUE`,
    ],
    env: {
      KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: options.adminPassword,
      // Keycloak alone would take a quarter of the machine's memory.
      JAVA_OPTS_APPEND: '-Xms64m -Xmx768m',
    },
    ...(options.logFile ? { logFile: options.logFile } : {}),
    // After the portal that calls it, beside Temporal and the services: it keeps its data in its own
    // file, not in PostgreSQL, so its seconds of shutdown need not wait for Temporal's (issue 17: Ctrl-C
    // within 5 s; on the server engine the two used to stop one after the other).
    stopTier: 1,
  });
  await waitUntilReady(base, 240_000);
  await importRealm(base, options.adminPassword, realmDocument(options));
  return { issuer: `${base}/realms/${JALON_REALM}`, adminUrl: `${base}/admin/` };
}
