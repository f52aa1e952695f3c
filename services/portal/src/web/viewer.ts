import type { Caller } from '@jalon/auth';
import { publisherRoles, type Person } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { RoleCheck } from '../cycles/roles.js';
import type { Database } from '../database.js';
import { formToken, hashToken, isWellFormedToken } from '../decisions/tokens.js';
import type { PlansReader } from '../plans-reader.js';
import { pageLanguageOf, pageLanguageSchema, type PageLanguage } from '../ui/page-language.js';
import { pageAddressOf } from './page-address.js';
import { findSession } from './sessions-repository.js';

export const SESSION_COOKIE = 'jalon_session';
export const LANGUAGE_COOKIE = 'jalon_lang';
export const PRE_SESSION_COOKIE = 'jalon_pre';

/**
 * The names the session cookies take: behind https, the `__Host-` prefix, which browsers accept
 * only with Secure, Path=/ and no Domain, so no other host (a sibling subdomain) can plant or
 * overwrite a session. Over http (a local run) the prefix would be refused, so the plain names.
 */
export const sessionCookieNames = (secure: boolean) => (secure
  ? { session: `__Host-${SESSION_COOKIE}`, preSession: `__Host-${PRE_SESSION_COOKIE}` }
  : { session: SESSION_COOKIE, preSession: PRE_SESSION_COOKIE });

/** The signed-in person as the pages see them. */
export interface Viewer {
  sessionId: string;
  person: Person;
  language: PageLanguage;
  csrf: string;
  isPresidentOffice: boolean;
  /** holds `minister_cell` today: the navigation offers the signature page */
  isMinisterCell: boolean;
  /** holds `org_admin` today: the navigation offers the organisation's administration */
  isOrgAdmin: boolean;
  /** holds `drafter` today (for an entity): the navigation offers the drafting pages */
  isDrafter: boolean;
  /** carries the communication plan today (President's office or communicator): the navigation offers the publication page */
  isPublisher: boolean;
}

/** The language of the page: the person's choice on this browser, else their own, else French. */
export function languageOf(request: FastifyRequest, person?: Person): PageLanguage {
  const chosen = pageLanguageSchema.safeParse(request.cookies[LANGUAGE_COOKIE]);
  return chosen.success ? chosen.data : pageLanguageOf(person?.language);
}

type Session = Awaited<ReturnType<typeof findSession>>;
type ViewerDeps = { db: Kysely<Database>; plans: PlansReader; roles: RoleCheck; secret: string; secureCookies: boolean };

/** The session and the signed-in person of each request, each looked up once however often they are asked for. */
export interface RequestSessions {
  /** the session as the access rules see it: a person, without asking the plans service */
  caller: (request: FastifyRequest) => Promise<Caller | undefined>;
  viewer: (request: FastifyRequest) => Promise<Viewer | undefined>;
}

function once<T>(memo: WeakMap<FastifyRequest, Promise<T>>, request: FastifyRequest, find: () => Promise<T>): Promise<T> {
  let found = memo.get(request);
  if (!found) {
    found = find();
    memo.set(request, found);
  }
  return found;
}

export function requestSessions(deps: ViewerDeps): RequestSessions {
  const sessions = new WeakMap<FastifyRequest, Promise<Session>>();
  const viewers = new WeakMap<FastifyRequest, Promise<Viewer | undefined>>();
  const session = (request: FastifyRequest) => once(sessions, request, async () => {
    const token = request.cookies[sessionCookieNames(deps.secureCookies).session];
    return token && isWellFormedToken(token) ? findSession(deps.db, hashToken(token)) : undefined;
  });
  return {
    caller: async (request) => {
      // The pages anyone may open (decision links, the stylesheet) need no session look-up.
      if (request.routeOptions.config?.access?.anonymous) return undefined;
      const found = await session(request);
      return found ? { kind: 'person', personId: found.person_id, via: 'session' } : undefined;
    },
    viewer: (request) => once(viewers, request, async () => {
      const found = await session(request);
      return found ? viewerOf(request, found, deps) : undefined;
    }),
  };
}

/** Who is signed in on this request: a live session of a person Jalon still knows. */
async function viewerOf(request: FastifyRequest, session: NonNullable<Session>, deps: ViewerDeps): Promise<Viewer | undefined> {
  const person = await deps.plans.person(session.person_id);
  if (!person) return undefined;
  const [isPresidentOffice, isMinisterCell, isOrgAdmin, isDrafter, isPublisher] = await Promise.all([
    ...(['president_office', 'minister_cell', 'org_admin', 'drafter'] as const).map((role) => deps.roles.holds(person.organisationCode, person, [role])),
    deps.roles.holds(person.organisationCode, person, publisherRoles),
  ]);
  return {
    sessionId: session.id,
    person,
    language: languageOf(request, person),
    csrf: formToken(deps.secret, 'session', session.id),
    isPresidentOffice: isPresidentOffice!,
    isMinisterCell: isMinisterCell!,
    isOrgAdmin: isOrgAdmin!,
    isDrafter: isDrafter!,
    isPublisher: isPublisher!,
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

/** Signed out (a session that ended while a form was open included): back to the page after signing in, never to a form's action. */
export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply) {
  return reply.redirect(`/sign-in?next=${encodeURIComponent(pageAddressOf(request))}`, 303);
}
