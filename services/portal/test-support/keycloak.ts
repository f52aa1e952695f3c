import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureKeycloak, freePort, startKeycloak, Supervisor, type RealmPerson } from '@jalon/infra';
import { z } from 'zod';

interface Teardown { teardown: (fn: () => unknown) => void }

const tokenSchema = z.object({ access_token: z.string() });
const usersSchema = z.array(z.object({ id: z.string(), email: z.string().optional() }));

/**
 * A real Keycloak for one test file (the run's own, testIdentityProvider, is shared: this file
 * changes people's e-mails and counts their sessions, which must not disturb other files), from the cached build, on its own data folder and free ports,
 * with the Jalon realm: the portal's confidential client (redirection to `portalUrl`) and the
 * command line's public client. Its administration API changes people the way an administrator of
 * the provider would.
 */
export async function testKeycloak(t: Teardown, options: { portalUrl: string; clientId: string; clientSecret: string; people: RealmPerson[]; port?: number }) {
  const home = await ensureKeycloak((line) => process.stderr.write(`${line}\n`));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jalon-keycloak-'));
  const supervisor = new Supervisor();
  t.teardown(async () => {
    await supervisor.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const { port: chosen, ...realm } = options;
  const port = chosen ?? await freePort();
  const adminPassword = randomBytes(16).toString('base64url');
  const { issuer } = await startKeycloak(supervisor, {
    home, port, managementPort: await freePort(), dataDir, adminPassword, logFile: path.join(dataDir, 'keycloak.log'), ...realm,
  });
  const base = `http://127.0.0.1:${port}`;

  const token = async (realm: string, fields: Record<string, string>) => {
    const response = await fetch(`${base}/realms/${realm}/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(fields) });
    if (!response.ok) throw new Error(`Keycloak refused the token request (${response.status}): ${await response.text()}`);
    return tokenSchema.parse(await response.json()).access_token;
  };
  const admin = async (method: string, url: string, body?: unknown) => {
    const bearer = await token('master', { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: adminPassword });
    const response = await fetch(`${base}/admin/realms/jalon${url}`, {
      method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`Keycloak's administration refused ${method} ${url} (${response.status}): ${await response.text()}`);
    return response.status === 204 || response.status === 201 ? undefined : response.json() as Promise<unknown>;
  };
  const userId = async (username: string) => {
    const [user] = usersSchema.parse(await admin('GET', `/users?username=${encodeURIComponent(username)}&exact=true`));
    if (!user) throw new Error(`no user ${username} in the realm`);
    return user.id;
  };

  return {
    issuer,
    /** a person's access token for Jalon's APIs, from the command line's client (password grant) */
    accessToken: (username: string, password: string) =>
      token('jalon', { grant_type: 'password', client_id: 'jalon-cli', username, password, scope: 'openid email' }),
    /** a person the realm file does not hold, e.g. with an address the provider has not verified */
    addUser: (user: { email: string; name: string; password: string; emailVerified: boolean }) => admin('POST', '/users', {
      username: user.email, email: user.email, emailVerified: user.emailVerified, enabled: true,
      firstName: user.name.split(' ')[0], lastName: user.name.split(' ').slice(1).join(' ') || user.name,
      credentials: [{ type: 'password', value: user.password, temporary: false }],
    }),
    /** changes a person's e-mail at the provider, as its administrator would (the username stays) */
    changeEmail: async (username: string, email: string) => {
      await admin('PUT', `/users/${await userId(username)}`, { email, emailVerified: true });
    },
    /** the provider's sessions of a person: none once they signed out */
    sessionsOf: async (username: string) => z.array(z.unknown()).parse(await admin('GET', `/users/${await userId(username)}/sessions`)).length,
  };
}
export type TestKeycloak = Awaited<ReturnType<typeof testKeycloak>>;
