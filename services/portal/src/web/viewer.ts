import type { Person } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { RoleCheck } from '../cycles/roles.js';
import type { Database } from '../database.js';
import { formToken, hashToken, isWellFormedToken } from '../decisions/tokens.js';
import type { PlansReader } from '../plans-reader.js';
import { pageLanguageOf, pageLanguageSchema, type PageLanguage } from '../ui/page-language.js';
import { findSession } from './sessions-repository.js';

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

/** The language of the page: the person's choice on this browser, else their own, else French. */
export function languageOf(request: FastifyRequest, person?: Person): PageLanguage {
  const chosen = pageLanguageSchema.safeParse(request.cookies[LANGUAGE_COOKIE]);
  return chosen.success ? chosen.data : pageLanguageOf(person?.language);
}

/** Who is signed in on this request, if anyone: a live session of a person Jalon still knows. */
export async function resolveViewer(
  request: FastifyRequest, deps: { db: Kysely<Database>; plans: PlansReader; roles: RoleCheck; secret: string },
): Promise<Viewer | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || !isWellFormedToken(token)) return undefined;
  const session = await findSession(deps.db, hashToken(token));
  if (!session) return undefined;
  const person = await deps.plans.person(session.person_id);
  if (!person) return undefined;
  return {
    sessionId: session.id,
    person,
    language: languageOf(request, person),
    csrf: formToken(deps.secret, 'session', session.id),
    isPresidentOffice: await deps.roles.holds(person.organisationCode, person, ['president_office']),
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
