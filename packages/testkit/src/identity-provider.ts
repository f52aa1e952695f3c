import { createHmac, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { keycloakClient } from './keycloak-client.js';

const envSchema = z.object({ JALON_TEST_KEYCLOAK_URL: z.url(), JALON_TEST_KEYCLOAK_ADMIN_PASSWORD: z.string().min(1) });
const usersSchema = z.array(z.object({ id: z.string(), email: z.string().optional() }));
const REALM = 'jalon';
const AUDIENCE = 'jalon';
/** The addresses this process made sure the provider has: an access token asked again does not add its person again. */
const present = new Set<string>();

/** The run's Keycloak (`npm test` starts it): its address and local administrator's password. */
export function runKeycloak(): { base: string; adminPassword: string } {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error('No test identity provider (JALON_TEST_KEYCLOAK_URL): run the tests through `npm test`, which starts Keycloak.');
  return { base: parsed.data.JALON_TEST_KEYCLOAK_URL.replace(/\/$/, ''), adminPassword: parsed.data.JALON_TEST_KEYCLOAK_ADMIN_PASSWORD };
}

/**
 * The test run's identity provider: a real Keycloak started by the test command with the Jalon
 * realm (infra/keycloak). Tests add the people and the portal clients they need through its
 * administration API, as an administrator of the provider would, and get people's access tokens
 * from its command-line client. Nothing here stands in for the provider.
 */
export function testIdentityProvider() {
  const { base, adminPassword } = runKeycloak();
  const issuer = `${base}/realms/${REALM}`;

  const keycloak = keycloakClient(base, adminPassword);
  const admin = (method: string, url: string, body?: unknown) => keycloak.admin(method, `/${REALM}${url}`, body);
  /** Every test user's password follows from the run's secret: a user made by another test file signs in too. */
  const passwordOf = (email: string) => `Jalon-${createHmac('sha256', adminPassword).update(email.toLowerCase()).digest('base64url').slice(0, 16)}`;
  const userId = async (username: string) => {
    const [user] = usersSchema.parse((await admin('GET', `/users?username=${encodeURIComponent(username.toLowerCase())}&exact=true`)).json);
    if (!user) throw new Error(`no user ${username} in the realm`);
    return user.id;
  };
  /** A person at the provider; an address already there is left as it is. */
  const addUser = async (user: { email: string; name?: string; emailVerified?: boolean; language?: string }) => {
    const key = `${base} ${user.email.toLowerCase()}`;
    if (present.has(key)) return;
    const name = user.name ?? user.email;
    await admin('POST', '/users', {
      username: user.email.toLowerCase(), email: user.email.toLowerCase(), emailVerified: user.emailVerified ?? true, enabled: true,
      firstName: name.split(' ')[0], lastName: name.split(' ').slice(1).join(' ') || name, attributes: { locale: [user.language ?? 'fr'] },
      credentials: [{ type: 'password', value: passwordOf(user.email), temporary: false }],
    });
    present.add(key);
  };

  return {
    issuer,
    audience: AUDIENCE,
    passwordOf,
    addUser,
    /** a person's access token for Jalon's APIs (the command line's client, password grant) */
    accessToken: async (person: { email: string; name?: string }) => {
      await addUser(person);
      return keycloak.token(REALM, { grant_type: 'password', client_id: 'jalon-cli', username: person.email.toLowerCase(), password: passwordOf(person.email), scope: 'openid email' });
    },
    /** a confidential client for a portal of the test's own, redirecting to its address */
    portalClient: async (portalUrl: string) => {
      const clientId = `jalon-portal-${randomUUID()}`;
      const clientSecret = randomUUID();
      await admin('POST', '/clients', {
        clientId, secret: clientSecret, enabled: true, protocol: 'openid-connect', publicClient: false, standardFlowEnabled: true,
        directAccessGrantsEnabled: false, frontchannelLogout: true, redirectUris: [`${portalUrl}/sign-in/callback`],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': `${portalUrl}/*` },
        protocolMappers: [{
          name: 'jalon audience', protocol: 'openid-connect', protocolMapper: 'oidc-audience-mapper',
          config: { 'included.custom.audience': AUDIENCE, 'access.token.claim': 'true', 'id.token.claim': 'false' },
        }],
      });
      return { clientId, clientSecret };
    },
    /** changes a person's e-mail at the provider, as its administrator would (the username stays) */
    changeEmail: async (username: string, email: string) => {
      await admin('PUT', `/users/${await userId(username)}`, { email, emailVerified: true });
    },
    /** the provider's sessions of a person: none once they signed out */
    sessionsOf: async (username: string) => z.array(z.unknown()).parse((await admin('GET', `/users/${await userId(username)}/sessions`)).json).length,
  };
}
export type TestIdentityProvider = ReturnType<typeof testIdentityProvider>;
