import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anyone } from '../auth/page-rules.js';
import { formToken, formTokenMatches } from '../decisions/tokens.js';
import { pageLanguageSchema } from '../ui/page-language.js';
import { sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { openIdToken } from './session-id-token.js';
import { revokeSession } from './sessions-repository.js';
import { signInPage } from './sign-in-pages.js';
import { LANGUAGE_COOKIE, languageOf, safeBack, safeNext, sessionCookieNames } from './viewer.js';
import type { WebContext } from './web-context.js';

const csrfForm = z.object({ csrf: z.string().optional() }).default({});

/**
 * The sign-in page (the organisation's provider first, the e-mailed link when it is on), signing
 * out (of Jalon, and of the provider when the session came from there) and the language switch.
 */
export const signInRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const { db, secret, cookieOptions } = web;
  const names = sessionCookieNames(cookieOptions.secure);

  /** A value for this browser before it has a session, so the e-mail sign-in form cannot be forged. */
  const preSession = (request: FastifyRequest, reply: FastifyReply) => {
    let nonce = request.cookies[names.preSession];
    if (!nonce || !/^[A-Za-z0-9_-]{22,64}$/.test(nonce)) {
      nonce = randomBytes(16).toString('base64url');
      reply.setCookie(names.preSession, nonce, { ...cookieOptions, sameSite: 'strict', maxAge: 3600 });
    }
    return nonce;
  };

  app.get('/sign-in', {
    config: anyone,
    schema: { tags: ['pages'], summary: 'The sign-in page: the organisation\'s identity provider, or a link by e-mail (HTML)', querystring: z.object({ next: z.string().optional(), 'signed-out': z.string().optional() }) },
  }, async (request, reply) => {
    const frame = { language: languageOf(request), path: request.url };
    const t = webCopy[frame.language].signIn;
    const notice = request.query['signed-out'] !== undefined ? t.signedOut : request.query.next !== undefined ? t.mustSignIn : undefined;
    const emailForm = web.emailSignIn ? { csrf: formToken(secret, 'sign-in', preSession(request, reply)) } : undefined;
    return sendPage(reply, { status: 200, page: signInPage(frame, { next: safeNext(request.query.next), provider: web.provider !== undefined, emailForm, notice }) });
  });

  app.post('/sign-out', { config: anyone, schema: { tags: ['pages'], summary: 'Close the session, and the provider\'s when it opened it (form)', body: csrfForm } }, async (request, reply) => {
    const viewer = await web.viewer(request);
    let idToken: string | null = null;
    if (viewer && formTokenMatches(secret, 'session', viewer.sessionId, request.body.csrf)) {
      idToken = openIdToken(request.cookies[names.session], await revokeSession(db, viewer.sessionId));
    }
    reply.clearCookie(names.session, cookieOptions);
    // Signed out of Jalon only, the provider would sign the next person at this computer straight back in.
    if (idToken && web.provider) {
      const atProvider = await web.provider.endSessionUrl(`${web.publicBaseUrl}/sign-in?signed-out=1`, idToken).catch((error: unknown) => {
        request.log.error({ err: error }, 'the identity provider cannot be reached to end its session');
        return undefined;
      });
      if (atProvider) return reply.redirect(atProvider.href, 303);
    }
    return reply.redirect('/sign-in?signed-out=1', 303);
  });

  app.get('/language/:language', {
    config: anyone,
    schema: { tags: ['pages'], summary: 'Switch the pages\' language (fr, nl or de) and come back', params: z.object({ language: pageLanguageSchema }), querystring: z.object({ back: z.string().optional() }) },
  }, async (request, reply) => {
    reply.setCookie(LANGUAGE_COOKIE, request.params.language, { ...cookieOptions, httpOnly: false, maxAge: 365 * 86_400 });
    return reply.redirect(safeBack(request.query.back), 303);
  });
};
