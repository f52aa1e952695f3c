import { randomBytes } from 'node:crypto';
import type { NotificationRequest, Person } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formToken, formTokenMatches, hashToken, isWellFormedToken, newToken } from '../decisions/tokens.js';
import { pageLanguageSchema } from '../ui/page-language.js';
import { sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { createSignInLink, findSignInLink, revokeSession, useSignInLink } from './sessions-repository.js';
import { confirmSignInPage, formExpiredPage, invalidSignInPage, signInPage, signInSentPage } from './sign-in-pages.js';
import { LANGUAGE_COOKIE, PRE_SESSION_COOKIE, SESSION_COOKIE, languageOf, safeBack, safeNext } from './viewer.js';
import type { WebContext } from './web-context.js';

const tokenParams = z.object({ token: z.string() });
const csrfForm = z.object({ csrf: z.string().optional() }).default({});
const signInForm = z.object({ csrf: z.string().optional(), email: z.string().optional(), next: z.string().optional() }).default({});

/** The e-mail with a sign-in link; one per link, however often it is asked to be sent. */
const signInEmail = (person: Person, url: string, link: { id: string; expires_at: Date; created_at: Date }): NotificationRequest => ({
  idempotencyKey: `sign-in:${link.id}`, kind: 'sign_in', template: 'sign_in',
  recipient: { email: person.email, name: person.name, language: person.language },
  params: { link: url, expiresAt: link.expires_at.toISOString(), requestedAt: link.created_at.toISOString() },
});

/**
 * Sign-in by e-mail: only people Jalon knows receive a link, but the page says the same to anyone,
 * so it tells nobody which addresses exist. The link opens a confirmation page (mail scanners open
 * links); only its POST uses the link and opens the session.
 */
export const signInRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const { db, plans, secret, cookieOptions } = web;
  const page = (reply: FastifyReply, status: number, body: string) => sendPage(reply, { status, page: body });

  /** A value for this browser before it has a session, so the sign-in form cannot be forged. */
  const preSession = (request: FastifyRequest, reply: FastifyReply) => {
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
    const t = webCopy[frame.language].signIn;
    const notice = request.query['signed-out'] !== undefined ? t.signedOut : request.query.next !== undefined ? t.mustSignIn : undefined;
    return page(reply, 200, signInPage(frame, { csrf, next: safeNext(request.query.next), ...(notice ? { notice } : {}) }));
  });

  app.post('/sign-in', { config: { rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'Send a sign-in link to a known person (form); the answer is the same for any address', body: signInForm } }, async (request, reply) => {
    const body = request.body;
    const frame = { language: languageOf(request), path: '/sign-in' };
    const nonce = request.cookies[PRE_SESSION_COOKIE] ?? '';
    if (!formTokenMatches(secret, 'sign-in', nonce, body.csrf)) return page(reply, 403, formExpiredPage(frame));
    const email = (body.email ?? '').trim();
    const next = safeNext(body.next);
    if (!z.email().safeParse(email).success) {
      return page(reply, 400, signInPage(frame, { csrf: formToken(secret, 'sign-in', nonce), next, email, error: webCopy[frame.language].signIn.emailInvalid }));
    }
    const person = await plans.personByEmail(email);
    if (person) {
      const token = newToken();
      const link = await createSignInLink(db, person.id, hashToken(token), next);
      // Not awaited: a known address must not answer slower (or fail) where an unknown one does not.
      void web.notifications.queue(signInEmail(person, `${web.publicBaseUrl}/sign-in/${token}`, link)).then(
        () => request.log.info({ personId: person.id, linkId: link.id }, 'sign-in link sent'),
        (error: unknown) => request.log.error({ err: error, personId: person.id, linkId: link.id }, 'the sign-in e-mail could not be queued'),
      );
    } else {
      request.log.info('sign-in asked for an unknown address');
    }
    return page(reply, 200, signInSentPage(frame));
  });

  app.get('/sign-in/:token', { config: { rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'The page of a sign-in link: a button to confirm (HTML); reading it uses nothing', params: tokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const frame = { language: languageOf(request), path: '/sign-in' };
    const link = isWellFormedToken(token) ? await findSignInLink(db, hashToken(token)) : undefined;
    if (!link || link.used_at || link.expires_at <= new Date()) return page(reply, 404, invalidSignInPage(frame));
    const person = await plans.person(link.person_id);
    if (!person) return page(reply, 404, invalidSignInPage(frame));
    return page(reply, 200, confirmSignInPage({ ...frame, language: languageOf(request, person) }, person.name, formToken(secret, 'sign-in-confirm', link.token_hash)));
  });

  app.post('/sign-in/:token', { config: { rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'Confirm a sign-in link: uses it and opens a session (form)', params: tokenParams, body: csrfForm } }, async (request, reply) => {
    const { token } = request.params;
    const frame = { language: languageOf(request), path: '/sign-in' };
    if (!isWellFormedToken(token)) return page(reply, 404, invalidSignInPage(frame));
    const tokenHash = hashToken(token);
    // Another site must not sign a browser into someone's session (login CSRF).
    const crossSite = ['cross-site', 'same-site'].includes(String(request.headers['sec-fetch-site'] ?? ''));
    if (crossSite || !formTokenMatches(secret, 'sign-in-confirm', tokenHash, request.body.csrf)) return page(reply, 403, formExpiredPage(frame));
    const sessionToken = newToken();
    const used = await useSignInLink(db, tokenHash, hashToken(sessionToken));
    if (!used) return page(reply, 404, invalidSignInPage(frame));
    request.log.info({ personId: used.personId, sessionId: used.session.id }, 'signed in');
    reply.setCookie(SESSION_COOKIE, sessionToken, { ...cookieOptions, expires: used.session.expires_at });
    return reply.redirect(used.nextPath === '/' ? '/' : used.nextPath, 303);
  });

  app.post('/sign-out', { schema: { tags: ['pages'], summary: 'Close the session (form)', body: csrfForm } }, async (request, reply) => {
    const viewer = await web.viewer(request);
    if (viewer && formTokenMatches(secret, 'session', viewer.sessionId, request.body.csrf)) {
      await revokeSession(db, viewer.sessionId);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in?signed-out=1', 303);
  });

  app.get('/language/:language', {
    schema: { tags: ['pages'], summary: 'Switch the pages\' language (fr or nl) and come back', params: z.object({ language: pageLanguageSchema }), querystring: z.object({ back: z.string().optional() }) },
  }, async (request, reply) => {
    reply.setCookie(LANGUAGE_COOKIE, request.params.language, { ...cookieOptions, httpOnly: false, maxAge: 365 * 86_400 });
    return reply.redirect(safeBack(request.query.back), 303);
  });
};
