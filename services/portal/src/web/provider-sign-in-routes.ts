import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IdentityProvider } from '../auth/identity-provider.js';
import { signInAttemptSchema } from '../auth/identity-provider.js';
import { anyone } from '../auth/page-rules.js';
import { seal, unseal } from '../auth/sealed-value.js';
import { hashToken, newToken } from '../decisions/tokens.js';
import { sendPage } from '../ui/serve-pages.js';
import { providerFailedPage, providerUnavailablePage, unknownPersonPage } from './provider-pages.js';
import { sealIdToken } from './session-id-token.js';
import { openSession } from './sessions-repository.js';
import { languageOf, safeNext, sessionCookieNames } from './viewer.js';
import type { WebContext } from './web-context.js';

/** The sealed state, nonce and PKCE verifier of a sign-in under way, kept by the browser for ten minutes. */
export const ATTEMPT_COOKIE = 'jalon_oidc';
const ATTEMPT_PURPOSE = 'oidc-sign-in-attempt';
const ATTEMPT_SECONDS = 600;
export const CALLBACK_PATH = '/sign-in/callback';

/**
 * Sign-in through the organisation's identity provider (OpenID Connect, authorization code with
 * PKCE). What must be checked on the way back (state, nonce, PKCE verifier, where the person was
 * going) never comes from the address: it is sealed in an HttpOnly cookie that this browser
 * received when it left. The person is then found by subject, or by a verified e-mail the first time.
 */
export const providerSignInRoutes: FastifyPluginAsyncZod<{ web: WebContext; provider: IdentityProvider }> = async (app, { web, provider }) => {
  const { secret, cookieOptions } = web;
  // Sent back on the provider's redirection (a top-level GET from another site): SameSite=Lax, not Strict.
  const attemptCookie = { ...cookieOptions, path: '/sign-in', sameSite: 'lax' as const };
  const page = (reply: FastifyReply, status: number, body: string) => sendPage(reply, { status, page: body });

  app.get('/sign-in/provider', {
    config: { ...anyone, rateLimit: web.signInRateLimit },
    schema: { tags: ['pages'], summary: 'Leave for the organisation\'s identity provider to sign in (redirection)', querystring: z.object({ next: z.string().optional() }) },
  }, async (request, reply) => {
    const language = languageOf(request);
    let started;
    try {
      started = await provider.start(safeNext(request.query.next), language);
    } catch (error) {
      request.log.error({ err: error }, 'the identity provider cannot be reached');
      return page(reply, 503, providerUnavailablePage({ language, path: '/sign-in' }));
    }
    reply.setCookie(ATTEMPT_COOKIE, seal(secret, ATTEMPT_PURPOSE, started.attempt, ATTEMPT_SECONDS), { ...attemptCookie, maxAge: ATTEMPT_SECONDS });
    return reply.redirect(started.url.href, 303);
  });

  app.get(CALLBACK_PATH, {
    config: { ...anyone, rateLimit: web.signInRateLimit },
    schema: { tags: ['pages'], summary: 'Where the identity provider sends the person back: opens the session of the person it names (redirection)' },
  }, async (request, reply) => {
    const frame = { language: languageOf(request), path: '/sign-in' };
    const attempt = unseal(secret, ATTEMPT_PURPOSE, request.cookies[ATTEMPT_COOKIE], signInAttemptSchema);
    // One answer per attempt: a replayed or second callback finds nothing to check against.
    reply.clearCookie(ATTEMPT_COOKIE, { path: '/sign-in' });
    if (!attempt) {
      request.log.info('provider callback without a sign-in under way in this browser');
      return page(reply, 400, providerFailedPage(frame));
    }
    // The address the provider answered to, rebuilt from PUBLIC_BASE_URL: the Host header is the caller's.
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    let result;
    try {
      result = await provider.finish(new URL(`${web.publicBaseUrl}${CALLBACK_PATH}${query}`), attempt);
    } catch (error) {
      request.log.warn({ reason: (error as Error).message }, 'the identity provider\'s answer was refused');
      return page(reply, 400, providerFailedPage(frame));
    }
    const found = await web.identities.recognise(result.claims);
    if (found.kind === 'unknown') {
      request.log.info({ reason: found.reason, subject: result.claims.subject }, 'signed in at the provider, unknown to Jalon');
      // No ID token in a page's link: the provider asks the person to confirm instead.
      const otherAccount = await provider.endSessionUrl(`${web.publicBaseUrl}/sign-in`).catch(() => undefined);
      return page(reply, 403, unknownPersonPage(frame, found, otherAccount?.href));
    }
    const sessionToken = newToken();
    const session = await openSession(web.db, found.person.id, hashToken(sessionToken), sealIdToken(sessionToken, result.idToken));
    request.log.info({ personId: found.person.id, sessionId: session.id, via: 'provider' }, 'signed in');
    reply.setCookie(sessionCookieNames(cookieOptions.secure).session, sessionToken, { ...cookieOptions, expires: session.expires_at });
    return reply.redirect(attempt.next, 303);
  });
};
