import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { WebContext } from '../web-context.js';
import { confirmSignInPage, formExpiredPage, invalidSignInPage, signInPage, signInSentPage } from '../pages/sign-in-pages.js';
import { createSignInLink, findSignInLink, revokeSession, useSignInLink } from '../../repositories/sessions.js';
import { hashToken, isWellFormedToken, newToken } from '../../tokens.js';
import { LANGUAGE_COOKIE, PRE_SESSION_COOKIE, SESSION_COOKIE, formToken, formTokenMatches, languageOf, safeBack, safeNext } from '../viewer.js';
import { webCopy } from '../web-copy.js';

type Form = Record<string, string | undefined>;
const tokenParams = z.object({ token: z.string() });

/**
 * Sign-in by e-mail: only people Jalon knows receive a link, but the page says the same to anyone,
 * so it tells nobody which addresses exist. The link opens a confirmation page (mail scanners open
 * links); only its POST uses the link and opens the session.
 */
export const signInRoutes: FastifyPluginAsync<{ web: WebContext }> = async (app, { web }) => {
  const { db, roles, secret, page, cookieOptions } = web;

  /** A value for this browser before it has a session, so the sign-in form cannot be forged. */
  const preSession = (request: Parameters<typeof languageOf>[0], reply: { setCookie: (n: string, v: string, o: object) => unknown }) => {
    let nonce = request.cookies[PRE_SESSION_COOKIE];
    if (!nonce || !/^[A-Za-z0-9_-]{22,64}$/.test(nonce)) {
      nonce = randomBytes(16).toString('base64url');
      reply.setCookie(PRE_SESSION_COOKIE, nonce, { ...cookieOptions, sameSite: 'strict', maxAge: 3600 });
    }
    return nonce;
  };

  app.get('/sign-in', { schema: { tags: ['pages'], summary: 'The sign-in page: asks for an e-mail address (HTML)', querystring: z.object({ next: z.string().optional(), 'signed-out': z.string().optional() }) } }, async (request, reply) => {
    const frame = { language: languageOf(request), path: request.url };
    const csrf = formToken(secret, 'sign-in', preSession(request, reply));
    const query = request.query as { next?: string; 'signed-out'?: string };
    const t = webCopy[frame.language].signIn;
    const notice = query['signed-out'] !== undefined ? t.signedOut : query.next !== undefined ? t.mustSignIn : undefined;
    return page(reply, 200, signInPage(frame, { csrf, next: safeNext(query.next), ...(notice ? { notice } : {}) }));
  });

  app.post('/sign-in', { config: { rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'Send a sign-in link to a known person (form); the answer is the same for any address' } }, async (request, reply) => {
    const body = (request.body ?? {}) as Form;
    const frame = { language: languageOf(request), path: '/sign-in' };
    const nonce = request.cookies[PRE_SESSION_COOKIE] ?? '';
    if (!formTokenMatches(secret, 'sign-in', nonce, body.csrf)) return page(reply, 403, formExpiredPage(frame));
    const email = (body.email ?? '').trim();
    const next = safeNext(body.next);
    if (!z.email().safeParse(email).success) {
      return page(reply, 400, signInPage(frame, { csrf: formToken(secret, 'sign-in', nonce), next, email, error: webCopy[frame.language].signIn.emailInvalid }));
    }
    const person = await roles.personByEmail(email);
    if (person) {
      const token = newToken();
      const link = await createSignInLink(db, person.id, hashToken(token), next);
      // Not awaited: a known address must not answer slower (or fail) where an unknown one does not.
      void web.sendSignInEmail(person, `${web.publicBaseUrl}/sign-in/${token}`, link).then(
        () => request.log.info({ personId: person.id, linkId: link.id }, 'sign-in link sent'),
        (error: unknown) => request.log.error({ err: error, personId: person.id, linkId: link.id }, 'the sign-in e-mail could not be queued'),
      );
    } else {
      request.log.info('sign-in asked for an unknown address');
    }
    return page(reply, 200, signInSentPage(frame));
  });

  app.get('/sign-in/:token', { config: { rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'The page of a sign-in link: a button to confirm (HTML); reading it uses nothing', params: tokenParams } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const frame = { language: languageOf(request), path: '/sign-in' };
    const link = isWellFormedToken(token) ? await findSignInLink(db, hashToken(token)) : undefined;
    if (!link || link.used_at || link.expires_at <= new Date()) return page(reply, 404, invalidSignInPage(frame));
    const person = await roles.person(link.person_id);
    if (!person) return page(reply, 404, invalidSignInPage(frame));
    return page(reply, 200, confirmSignInPage({ ...frame, language: languageOf(request, person) }, person.name, formToken(secret, 'sign-in-confirm', link.token_hash)));
  });

  app.post('/sign-in/:token', { config: { rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'Confirm a sign-in link: uses it and opens a session (form)', params: tokenParams } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const frame = { language: languageOf(request), path: '/sign-in' };
    if (!isWellFormedToken(token)) return page(reply, 404, invalidSignInPage(frame));
    const tokenHash = hashToken(token);
    // Another site must not sign a browser into someone's session (login CSRF).
    const crossSite = ['cross-site', 'same-site'].includes(String(request.headers['sec-fetch-site'] ?? ''));
    if (crossSite || !formTokenMatches(secret, 'sign-in-confirm', tokenHash, ((request.body ?? {}) as Form).csrf)) return page(reply, 403, formExpiredPage(frame));
    const sessionToken = newToken();
    const used = await useSignInLink(db, tokenHash, hashToken(sessionToken));
    if (!used) return page(reply, 404, invalidSignInPage(frame));
    request.log.info({ personId: used.personId, sessionId: used.session.id }, 'signed in');
    reply.setCookie(SESSION_COOKIE, sessionToken, { ...cookieOptions, expires: used.session.expires_at });
    return reply.redirect(used.nextPath === '/' ? '/' : used.nextPath, 303);
  });

  app.post('/sign-out', { schema: { tags: ['pages'], summary: 'Close the session (form)' } }, async (request, reply) => {
    const viewer = await web.viewer(request);
    if (viewer && formTokenMatches(secret, 'session', viewer.sessionId, ((request.body ?? {}) as Form).csrf)) {
      await revokeSession(db, viewer.sessionId);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in?signed-out=1', 303);
  });

  app.get('/language/:language', {
    schema: { tags: ['pages'], summary: 'Switch the pages\' language (fr or nl) and come back', params: z.object({ language: z.enum(['fr', 'nl']) }), querystring: z.object({ back: z.string().optional() }) },
  }, async (request, reply) => {
    const { language } = request.params as { language: 'fr' | 'nl' };
    reply.setCookie(LANGUAGE_COOKIE, language, { ...cookieOptions, httpOnly: false, maxAge: 365 * 86_400 });
    return reply.redirect(safeBack((request.query as { back?: string }).back), 303);
  });
};
