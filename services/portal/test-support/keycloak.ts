import { randomBytes } from 'node:crypto';
import { realmDocument, type RealmPerson } from '@jalon/infra';
import { keycloakClient, runKeycloak } from '@jalon/testkit';
import { z } from 'zod';

interface Teardown { teardown: (fn: () => unknown) => void }

const usersSchema = z.array(z.object({ id: z.string(), email: z.string().optional() }));

/**
 * A realm of one test file's own, with its people, on the run's real Keycloak (JALON_TEST_KEYCLOAK_URL,
 * which `npm test` starts): this file changes people's e-mails and counts their sessions, which must
 * not disturb the other files, who use the shared realm (testIdentityProvider). The realm is the
 * Jalon realm file with the portal's confidential client (redirection to `portalUrl`) and the
 * command line's public client; it is deleted when the file ends. Its administration API changes
 * people the way an administrator of the provider would. A realm, not a Keycloak of its own: starting
 * one took this file 100 of its 120 s.
 */
export async function testKeycloak(t: Teardown, options: { portalUrl: string; clientId: string; clientSecret: string; people: RealmPerson[] }) {
  const { base, adminPassword } = runKeycloak();
  const realmName = `jalon-${randomBytes(6).toString('hex')}`;
  const issuer = `${base}/realms/${realmName}`;

  const keycloak = keycloakClient(base, adminPassword);
  /** The administration API, under /admin/realms; `url` names the file's realm unless `realms` is set. */
  const admin = async (method: string, url: string, body?: unknown, realms = `/${realmName}`) => (await keycloak.admin(method, `${realms}${url}`, body)).json;
  // The realm file's people keep stable ids for re-imports; here Keycloak gives ids of its own, which
  // cannot meet another realm's.
  const realm: Record<string, unknown> = { ...realmDocument(options), realm: realmName };
  realm.users = (realm.users as Array<Record<string, unknown>>).map(({ id: _id, ...user }) => user);
  await admin('POST', '', realm, '');
  t.teardown(() => admin('DELETE', ''));

  const userId = async (username: string) => {
    const [user] = usersSchema.parse(await admin('GET', `/users?username=${encodeURIComponent(username)}&exact=true`));
    if (!user) throw new Error(`no user ${username} in the realm`);
    return user.id;
  };

  return {
    issuer,
    /** a person's access token for Jalon's APIs, from the command line's client (password grant) */
    accessToken: (username: string, password: string) =>
      keycloak.token(realmName, { grant_type: 'password', client_id: 'jalon-cli', username, password, scope: 'openid email' }, false),
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
