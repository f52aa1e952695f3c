import type { PageText } from '../ui/page-language.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formTokenMatches } from '../decisions/tokens.js';
import type { PageFrame } from '../ui/app-layout.js';
import { pageAddressOf } from './page-address.js';
import { sendPage } from '../ui/serve-pages.js';
import { forbiddenWebPage, formExpiredPage } from './sign-in-pages.js';
import { languageOf, redirectToSignIn, type Viewer } from './viewer.js';
import type { WebContext } from './web-context.js';

export function frameOf(request: FastifyRequest, viewer?: Viewer): PageFrame {
  return {
    language: viewer?.language ?? languageOf(request),
    path: pageAddressOf(request),
    viewer: viewer ? { name: viewer.person.name, isPresidentOffice: viewer.isPresidentOffice, isMinisterCell: viewer.isMinisterCell, isOrgAdmin: viewer.isOrgAdmin, isDrafter: viewer.isDrafter, isPublisher: viewer.isPublisher, organisationCode: viewer.person.organisationCode, csrf: viewer.csrf } : undefined,
  };
}

/** The signed-in person, or undefined after sending a signed-out person to the sign-in page. */
export async function signedIn(web: WebContext, request: FastifyRequest, reply: FastifyReply): Promise<Viewer | undefined> {
  const viewer = await web.viewer(request);
  if (!viewer) redirectToSignIn(request, reply);
  return viewer;
}

/** The President's office only: anyone else gets a 403 page saying what they may not do. */
export async function presidentOffice(web: WebContext, request: FastifyRequest, reply: FastifyReply, what: PageText): Promise<Viewer | undefined> {
  const viewer = await signedIn(web, request, reply);
  if (!viewer) return undefined;
  if (!viewer.isPresidentOffice) {
    sendPage(reply, { status: 403, page: forbiddenWebPage(frameOf(request, viewer), what[viewer.language]) });
    return undefined;
  }
  return viewer;
}

/** A form sent within the session: its anti-forgery value is the session's. */
export function sessionFormOk(web: WebContext, request: FastifyRequest, reply: FastifyReply, viewer: Viewer, csrf: string | undefined): boolean {
  if (formTokenMatches(web.secret, 'session', viewer.sessionId, csrf)) return true;
  sendPage(reply, { status: 403, page: formExpiredPage(frameOf(request, viewer)) });
  return false;
}
