import path from 'node:path';
import { persistentSecret } from './data-folder.js';
import { demoPasswords, demoPeople } from './demo-people.js';
import { ensureKeycloak } from './keycloak-distribution.js';
import { startKeycloak } from './keycloak-server.js';
import { ensurePortFree } from './ports.js';
import type { Supervisor } from './supervisor.js';

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** the demo people's passwords, to print; empty when an existing provider is used */
  passwords: Record<string, string>;
  adminUrl: string | null;
}

export interface IdentityProviderSettings {
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  OIDC_CLIENT_SECRET?: string | undefined;
  JALON_KEYCLOAK_PORT: number;
  JALON_KEYCLOAK_MANAGEMENT_PORT: number;
}

/**
 * The organisation's identity provider: the one OIDC_ISSUER names (with its client id and secret),
 * or a local Keycloak with the Jalon realm and the demo people, its state in the data folder.
 */
export async function identityProvider(
  supervisor: Supervisor, settings: IdentityProviderSettings, dataFolder: string, portalUrl: string, withDemoPeople: boolean, log: (line: string) => void,
): Promise<IdentityProvider> {
  if (settings.OIDC_ISSUER) {
    return { issuer: settings.OIDC_ISSUER, clientId: settings.OIDC_CLIENT_ID ?? 'jalon-portal', clientSecret: settings.OIDC_CLIENT_SECRET ?? '', passwords: {}, adminUrl: null };
  }
  await ensurePortFree(settings.JALON_KEYCLOAK_PORT, 'the identity provider (Keycloak)', 'JALON_KEYCLOAK_PORT');
  await ensurePortFree(settings.JALON_KEYCLOAK_MANAGEMENT_PORT, 'the identity provider\'s management interface', 'JALON_KEYCLOAK_MANAGEMENT_PORT');
  const home = await ensureKeycloak(log);
  const passwords = withDemoPeople ? demoPasswords(dataFolder) : {};
  const clientId = 'jalon-portal';
  const clientSecret = persistentSecret(dataFolder, 'oidc-client-secret');
  const started = await startKeycloak(supervisor, {
    home, port: settings.JALON_KEYCLOAK_PORT, managementPort: settings.JALON_KEYCLOAK_MANAGEMENT_PORT,
    dataDir: path.join(dataFolder, 'identity-provider'), adminPassword: persistentSecret(dataFolder, 'keycloak-admin-password'),
    portalUrl, clientId, clientSecret,
    people: withDemoPeople ? demoPeople.map((p) => ({ name: p.name, email: p.email, language: p.language, password: passwords[p.email]! })) : [],
  });
  return { issuer: started.issuer, clientId, clientSecret, passwords, adminUrl: started.adminUrl };
}
