import * as oidc from 'openid-client';

export interface TokenSettings {
  /** a token obtained elsewhere (JALON_ACCESS_TOKEN): used as it is */
  accessToken?: string | undefined;
  /** the organisation's identity provider (OIDC_ISSUER) */
  issuer?: string | undefined;
  /** the provider's public client for the command line */
  clientId: string;
  /** JALON_PASSWORD: for scripts and tests; people use the device sign-in instead */
  password?: string | undefined;
}

/**
 * The person's access token for the portal's API: given, or obtained from the provider with the
 * command line's public client. With a password it is the password grant (scripts, tests);
 * otherwise the device sign-in: the person opens an address in a browser and confirms a code there,
 * so the command line never sees a password.
 */
export async function accessToken(settings: TokenSettings, username: string | undefined, say: (line: string) => void): Promise<string> {
  if (settings.accessToken) return settings.accessToken;
  if (!settings.issuer) throw new Error('set OIDC_ISSUER (the identity provider) or JALON_ACCESS_TOKEN to say who you are');
  const config = await oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, oidc.None(), {
    execute: settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
  });
  if (settings.password) {
    if (!username) throw new Error('say who you are with --as <your e-mail address>');
    const tokens = await oidc.genericGrantRequest(config, 'password', { username, password: settings.password, scope: 'openid email' });
    return tokens.access_token;
  }
  const device = await oidc.initiateDeviceAuthorization(config, { scope: 'openid email' });
  say(`Sign in at ${device.verification_uri_complete ?? device.verification_uri} (code ${device.user_code}); waiting…`);
  const tokens = await oidc.pollDeviceAuthorizationGrant(config, device);
  return tokens.access_token;
}
