import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbiddenWebPage, formExpiredPage } from '../pages/sign-in-pages.js';
import { formTokenMatches, languageOf, redirectToSignIn, type Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import type { PageFrame } from '../web-layout.js';

export function frameOf(request: FastifyRequest, viewer?: Viewer): PageFrame {
  return {
    language: viewer?.language ?? languageOf(request),
    path: request.url,
    viewer: viewer ? { name: viewer.person.name, isPresidentOffice: viewer.isPresidentOffice, csrf: viewer.csrf } : undefined,
  };
}

/** The signed-in person, or undefined after sending a signed-out person to the sign-in page. */
export async function signedIn(web: WebContext, request: FastifyRequest, reply: FastifyReply): Promise<Viewer | undefined> {
  const viewer = await web.viewer(request);
  if (!viewer) redirectToSignIn(request, reply);
  return viewer;
}

/** The President's office only: anyone else gets a 403 page saying what they may not do. */
export async function presidentOffice(web: WebContext, request: FastifyRequest, reply: FastifyReply, what: { fr: string; nl: string }): Promise<Viewer | undefined> {
  const viewer = await signedIn(web, request, reply);
  if (!viewer) return undefined;
  if (!viewer.isPresidentOffice) {
    web.page(reply, 403, forbiddenWebPage(frameOf(request, viewer), what[viewer.language]));
    return undefined;
  }
  return viewer;
}

/** A form sent within the session: its anti-forgery value is the session's. */
export function sessionFormOk(web: WebContext, request: FastifyRequest, reply: FastifyReply, viewer: Viewer): boolean {
  const body = (request.body ?? {}) as Record<string, string | undefined>;
  if (formTokenMatches(web.secret, 'session', viewer.sessionId, body.csrf)) return true;
  web.page(reply, 403, formExpiredPage(frameOf(request, viewer)));
  return false;
}
