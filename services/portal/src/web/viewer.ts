import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { RoleCheck, Person } from '../cycles/roles.js';
import type { Database } from '../database.js';
import { findSession } from '../repositories/sessions.js';
import { hashToken, isWellFormedToken } from '../tokens.js';
import { pageLanguageOf, type PageLanguage } from './web-copy.js';

export const SESSION_COOKIE = 'jalon_session';
export const LANGUAGE_COOKIE = 'jalon_lang';
export const PRE_SESSION_COOKIE = 'jalon_pre';

/** The signed-in person as the pages see them. */
export interface Viewer {
  sessionId: string;
  person: Person;
  language: PageLanguage;
  csrf: string;
  isPresidentOffice: boolean;
}

/** An HMAC bound to a purpose and a subject (a session, a sign-in link, a browser): valid for that one only. */
export function formToken(secret: string, purpose: string, subject: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${subject}`).digest('base64url');
}

export function formTokenMatches(secret: string, purpose: string, subject: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(formToken(secret, purpose, subject));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The language of the page: the person's choice on this browser, else their own, else French. */
export function languageOf(request: FastifyRequest, person?: Person): PageLanguage {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  if (chosen === 'fr' || chosen === 'nl') return chosen;
  return pageLanguageOf(person?.language);
}

/** Who is signed in on this request, if anyone: a live session of a person Jalon still knows. */
export async function resolveViewer(request: FastifyRequest, db: Kysely<Database>, roles: RoleCheck, secret: string): Promise<Viewer | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || !isWellFormedToken(token)) return undefined;
  const session = await findSession(db, hashToken(token));
  if (!session) return undefined;
  const person = await roles.person(session.person_id);
  if (!person) return undefined;
  return {
    sessionId: session.id,
    person,
    language: languageOf(request, person),
    csrf: formToken(secret, 'session', session.id),
    isPresidentOffice: await roles.holds(person.organisationCode, person, ['president_office']),
  };
}

/** A path inside the portal to come back to after signing in; anything else goes to the start page. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/sign-in') ? next : '/';
}

/** Any path inside the portal (the language switch comes back to the page it was on). */
export function safeBack(back: unknown): string {
  return typeof back === 'string' && /^\/(?![/\\])[^\s]*$/.test(back) ? back : '/';
}

export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply) {
  return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
}
