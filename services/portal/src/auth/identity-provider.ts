import type { PersonClaims } from '@jalon/auth';
import * as oidc from 'openid-client';
import { z } from 'zod';
import type { ProviderSettings } from '../config.js';

/** What the portal remembers, sealed in the browser, between sending a person to the provider and their return. */
export const signInAttemptSchema = z.object({
  state: z.string().min(20),
  nonce: z.string().min(20),
  codeVerifier: z.string().min(43),
  next: z.string(),
});
export type SignInAttempt = z.infer<typeof signInAttemptSchema>;

const idTokenClaimsSchema = z.object({
  iss: z.string(),
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
});

/**
 * The organisation's OpenID Connect provider, through openid-client: the authorization code flow
 * with PKCE (S256), state and nonce, and the provider's end of signing out. Its configuration is
 * discovered at the first sign-in, and again after a failure (a provider that was down at start).
 */
export class IdentityProvider {
  private configuration: Promise<oidc.Configuration> | undefined;

  private readonly settings: ProviderSettings;
  private readonly redirectUri: string;
  constructor(settings: ProviderSettings, redirectUri: string) {
    this.settings = settings;
    this.redirectUri = redirectUri;
  }

  /** The provider's origin: the sign-out form is redirected there, so the pages' CSP must allow it. */
  get origin(): string {
    return new URL(this.settings.issuer).origin;
  }

  private config(): Promise<oidc.Configuration> {
    this.configuration ??= oidc.discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
      // Only a development provider is reached over plain HTTP; the configuration refuses it in production.
      execute: this.settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    }).catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  /** The provider's address to send the browser to, and what must be remembered until it comes back. */
  async start(next: string, language: string): Promise<{ url: URL; attempt: SignInAttempt }> {
    const config = await this.config();
    const attempt: SignInAttempt = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), next };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
      ui_locales: language,
    });
    return { url, attempt };
  }

  /**
   * Exchanges the code the provider sent back for the person's tokens. openid-client checks that the
   * returned state is the remembered one, the nonce in the ID token, its issuer, audience and expiry,
   * and sends the PKCE verifier; anything wrong throws.
   */
  async finish(callbackUrl: URL, attempt: SignInAttempt): Promise<{ claims: PersonClaims; idToken: string }> {
    const config = await this.config();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier, expectedState: attempt.state, expectedNonce: attempt.nonce, idTokenExpected: true,
    });
    const claims = idTokenClaimsSchema.parse(tokens.claims());
    if (!tokens.id_token) throw new Error('the provider returned no ID token');
    return {
      claims: { issuer: claims.iss, subject: claims.sub, email: claims.email?.toLowerCase() ?? null, emailVerified: claims.email_verified === true },
      idToken: tokens.id_token,
    };
  }

  /** Where to send the browser so that the provider ends its session too, then comes back to `returnTo`. */
  async endSessionUrl(returnTo: string, idToken?: string | null): Promise<URL | undefined> {
    const config = await this.config();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: returnTo, ...(idToken ? { id_token_hint: idToken } : {}) });
  }
}
