import type { NotificationRequest, Person } from '@jalon/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anyone } from '../auth/page-rules.js';
import { formToken, formTokenMatches, hashToken, isWellFormedToken, newToken } from '../decisions/tokens.js';
import { sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { createSignInLink, findSignInLink, useSignInLink } from './sessions-repository.js';
import { confirmSignInPage, formExpiredPage, invalidSignInPage, signInPage, signInSentPage } from './sign-in-pages.js';
import { languageOf, safeNext, sessionCookieNames } from './viewer.js';
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
 * Sign-in by e-mail, for people outside the identity provider, where the installation allows it
 * (EMAIL_SIGN_IN) and the person's organisation too (its setting `emailSignIn`): only those people
 * receive a link, but the page says the same to anyone, so it tells nobody which addresses exist
 * or which organisations allow it. Requests are limited per client address and e-mails per person.
 * The link opens a confirmation page (mail scanners open links); only its POST uses the link and
 * opens the session.
 */
export const emailSignInRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const { db, plans, secret, cookieOptions } = web;
  const page = (reply: FastifyReply, status: number, body: string) => sendPage(reply, { status, page: body });
  /** Read at every use: an organisation that turns it off stops the links already sent too. */
  const mayUseEmail = async (person: Person) => (await plans.organisation(person.organisationCode))?.settings.emailSignIn === true;
  /** The person a sign-in link signs in, while their organisation allows it. */
  const personOfLink = async (personId: string) => {
    const person = await plans.person(personId);
    return person && await mayUseEmail(person) ? person : undefined;
  };

  app.post('/sign-in', { config: { ...anyone, rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'Send a sign-in link to a known person (form); the answer is the same for any address', body: signInForm } }, async (request, reply) => {
    const body = request.body;
    const frame = { language: languageOf(request), path: '/sign-in' };
    const nonce = request.cookies[sessionCookieNames(cookieOptions.secure).preSession] ?? '';
    if (!formTokenMatches(secret, 'sign-in', nonce, body.csrf)) return page(reply, 403, formExpiredPage(frame));
    const email = (body.email ?? '').trim();
    const next = safeNext(body.next);
    if (!z.email().safeParse(email).success) {
      const emailForm = { csrf: formToken(secret, 'sign-in', nonce), email, error: webCopy[frame.language].signIn.emailInvalid };
      return page(reply, 400, signInPage(frame, { next, provider: web.provider !== undefined, emailForm }));
    }
    const found = await plans.personByEmail(email);
    const person = found && await mayUseEmail(found) ? found : undefined;
    const token = newToken();
    const link = person ? await createSignInLink(db, person.id, hashToken(token), next, web.signInEmailsPerHour) : undefined;
    if (found && !person) {
      request.log.info({ personId: found.id, organisation: found.organisationCode }, 'sign-in e-mail not sent: the person\'s organisation does not allow e-mailed sign-in');
    } else if (person && link) {
      // Not awaited: a known address must not answer slower (or fail) where an unknown one does not.
      void web.notifications.queue(signInEmail(person, `${web.publicBaseUrl}/sign-in/${token}`, link)).then(
        () => request.log.info({ personId: person.id, linkId: link.id }, 'sign-in link sent'),
        (error: unknown) => request.log.error({ err: error, personId: person.id, linkId: link.id }, 'the sign-in e-mail could not be queued'),
      );
    } else if (person) {
      request.log.warn({ personId: person.id, perHour: web.signInEmailsPerHour }, 'sign-in e-mail not sent: this person already received the most an hour allows');
    } else {
      request.log.info('sign-in asked for an unknown address');
    }
    return page(reply, 200, signInSentPage(frame));
  });

  app.get('/sign-in/:token', { config: { ...anyone, rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'The page of a sign-in link: a button to confirm (HTML); reading it uses nothing', params: tokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const frame = { language: languageOf(request), path: '/sign-in' };
    const link = isWellFormedToken(token) ? await findSignInLink(db, hashToken(token)) : undefined;
    if (!link || link.used_at || link.expires_at <= new Date()) return page(reply, 404, invalidSignInPage(frame));
    const person = await personOfLink(link.person_id);
    if (!person) return page(reply, 404, invalidSignInPage(frame));
    return page(reply, 200, confirmSignInPage({ ...frame, language: languageOf(request, person) }, person.name, formToken(secret, 'sign-in-confirm', link.token_hash)));
  });

  app.post('/sign-in/:token', { config: { ...anyone, rateLimit: web.signInRateLimit }, schema: { tags: ['pages'], summary: 'Confirm a sign-in link: uses it and opens a session (form)', params: tokenParams, body: csrfForm } }, async (request, reply) => {
    const { token } = request.params;
    const frame = { language: languageOf(request), path: '/sign-in' };
    if (!isWellFormedToken(token)) return page(reply, 404, invalidSignInPage(frame));
    const tokenHash = hashToken(token);
    // Another site must not sign a browser into someone's session (login CSRF).
    const crossSite = ['cross-site', 'same-site'].includes(String(request.headers['sec-fetch-site'] ?? ''));
    if (crossSite || !formTokenMatches(secret, 'sign-in-confirm', tokenHash, request.body.csrf)) return page(reply, 403, formExpiredPage(frame));
    const link = await findSignInLink(db, tokenHash);
    if (!link || !(await personOfLink(link.person_id))) return page(reply, 404, invalidSignInPage(frame));
    const sessionToken = newToken();
    const used = await useSignInLink(db, tokenHash, hashToken(sessionToken));
    if (!used) return page(reply, 404, invalidSignInPage(frame));
    request.log.info({ personId: used.personId, sessionId: used.session.id }, 'signed in');
    reply.setCookie(sessionCookieNames(cookieOptions.secure).session, sessionToken, { ...cookieOptions, expires: used.session.expires_at });
    return reply.redirect(used.nextPath === '/' ? '/' : used.nextPath, 303);
  });
};
