import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DecisionLinkRow } from '../database.js';
import { copy, formatInstant } from '../ui/catalogue.js';
import { messagePage, multilingualPage } from '../ui/layout.js';
import { sendPage, type ErrorPage, type PageResponse } from '../ui/serve-pages.js';
import type { Answer, Outcome } from './decide.js';
import { decisionPage, recordedPage } from './decision-page.js';
import type { DecisionContent } from './frozen-content.js';
import { seatDecidedCopy } from './seat-catalogue.js';

/** The page and status for each outcome, in the link owner's language. */
export function outcomePage(link: DecisionLinkRow, outcome: Outcome): PageResponse {
  const language = link.language;
  const t = copy[language];
  switch (outcome.kind) {
    case 'recorded': return { status: 200, page: recordedPage(link, outcome.decision) };
    case 'used': return { status: 410, page: messagePage(language, t.used(formatInstant(outcome.at, language))) };
    case 'expired': return { status: 410, page: messagePage(language, t.expired(formatInstant(outcome.at, language))) };
    case 'superseded': return { status: 410, page: messagePage(language, outcome.reason === 'role_ended' ? t.roleEnded : t.superseded) };
    case 'closed': return { status: 409, page: messagePage(language, t.closed) };
    case 'decided_for_you': return { status: 409, page: messagePage(language, seatDecidedCopy[language](outcome.by, formatInstant(outcome.at, language))) };
    case 'refused': return { status: 409, page: messagePage(language, t.refused) };
    case 'unavailable': return { status: 503, page: messagePage(language, t.unavailable) };
  }
}

/**
 * Answers a decision link's request with the page of what came of it; every outcome is logged by
 * the link's id, never its token. A form with errors comes back with what the reader typed.
 */
export function sendAnswer(request: FastifyRequest, reply: FastifyReply, link: DecisionLinkRow, answer: Answer, csrf: string, content?: DecisionContent) {
  if (answer.kind === 'forbidden') return sendPage(reply, forbiddenPage(link));
  if (answer.kind === 'invalid') return sendPage(reply, { status: 400, page: decisionPage(link, answer.openKeys, csrf, answer.state, undefined, content) });
  request.log.info({ linkId: link.id, outcome: answer.kind }, 'decision link');
  return sendPage(reply, outcomePage(link, answer));
}

/** Every unknown token gets this same page: it does not tell a forged token from a truncated one. */
export const unknownLinkPage = (): PageResponse => ({ status: 404, page: multilingualPage((c) => c.unknown) });

const forbiddenPage = (link: DecisionLinkRow): PageResponse => ({ status: 403, page: messagePage(link.language, copy[link.language].forbidden) });

/** The reader of a link is not known before the link is: what failed is said in French, Dutch and German. */
export const multilingualErrorPage: ErrorPage = (_request, failure) => multilingualPage((c) => (failure === 'too-many' ? c.tooMany : failure === 'unavailable' ? c.unavailable : c.failure));
