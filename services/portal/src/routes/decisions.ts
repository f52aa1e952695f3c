import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, DecisionLinkRow } from '../database.js';
import { consumeLink, linkStateOutcome, roundStateOutcome, sendDecision, type Outcome } from '../decide.js';
import { parseDecisionForm } from '../decision-form.js';
import { CSRF_FIELD, decisionPage, isTask } from '../pages/decision-page.js';
import { bilingualPage } from '../pages/layout.js';
import type { Language } from '../pages/i18n.js';
import { forbiddenPage, outcomePage, unknownLinkPage, type PageResponse } from '../pages/outcome-page.js';
import { findLinkByTokenHash } from '../repositories/decision-links.js';
import type { RoundGateway } from '../round.js';
import { pageSecurityHeaders } from '../security-headers.js';
import { csrfMatches, csrfValue, hashToken, isWellFormedToken } from '../tokens.js';

export interface DecisionRoutesOptions {
  db: Kysely<Database>;
  round: RoundGateway;
  csrfSecret: string;
  publicBaseUrl: string;
  /** requests per minute and client address, over every decision page */
  rateLimit: number;
}

const tokenParams = z.object({ token: z.string() });
/** The language switch of the page: the link's own language unless the reader chose another. */
const languageQuery = z.object({ lang: z.enum(['fr', 'nl', 'de', 'en']).optional() });
const shownIn = (link: DecisionLinkRow | undefined, lang: Language | undefined) => (link && lang ? { ...link, language: lang } : link);
type FormBody = Record<string, string>;

/**
 * The pages a personal link opens. GET and HEAD only read (mail scanners open every link before
 * the reader does); only the form's POST, carrying the link's anti-forgery value, decides.
 */
export const decisionRoutes: FastifyPluginAsyncZod<DecisionRoutesOptions> = async (app, options) => {
  const { db, round, csrfSecret } = options;
  const publicOrigin = new URL(options.publicBaseUrl).origin;

  app.addHook('onSend', pageSecurityHeaders);
  await app.register(fastifyRateLimit, { global: false });
  const limiter = app.rateLimit({ max: options.rateLimit, timeWindow: 60_000 });
  app.addHook('onRequest', async (request, reply) => { await limiter.call(app, request, reply); });

  // Only what a browser's form sends is read (JSON would be a second way in); a repeated field keeps its last value.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));

  // The reader gets a page, never a JSON error, whatever fails.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'decision page failed');
    const page = status === 429 ? bilingualPage((c) => c.tooMany) : bilingualPage((c) => c.failure);
    return sendPage(reply, { status: status >= 400 ? status : 500, page });
  });

  const resolve = (token: string): Promise<DecisionLinkRow | undefined> =>
    isWellFormedToken(token) ? findLinkByTokenHash(db, hashToken(token)) : Promise.resolve(undefined);

  const answer = (request: FastifyRequest, reply: FastifyReply, link: DecisionLinkRow, outcome: Outcome) => {
    request.log.info({ linkId: link.id, outcome: outcome.kind }, 'decision link');
    return sendPage(reply, outcomePage(link, outcome));
  };

  // An address cut before its token is an unknown link too, not an API error.
  app.get('/decisions', { schema: { tags: ['decision pages'], summary: 'An address cut before its token: the unknown-link page (HTML, 404)' } }, async (_request, reply) => sendPage(reply, unknownLinkPage()));

  app.get('/decisions/:token', {
    schema: {
      tags: ['decision pages'],
      summary: 'The page of a personal link: what is to be decided and the form (HTML). Reads only; HEAD answers the same.',
      params: tokenParams, querystring: languageQuery,
    },
  }, async (request, reply) => {
    const link = shownIn(await resolve(request.params.token), request.query.lang);
    if (!link) return sendPage(reply, unknownLinkPage());
    const stop = linkStateOutcome(link);
    if (stop) return answer(request, reply, link, stop);
    const view = await round.view(link, request.log);
    const closed = roundStateOutcome(link, view);
    if (closed) return answer(request, reply, link, closed);
    const openKeys = view?.openKeys ?? link.items.map((i) => i.key);
    return sendPage(reply, { status: 200, page: decisionPage(link, openKeys, csrfValue(csrfSecret, link)) });
  });

  app.post('/decisions/:token', {
    schema: {
      tags: ['decision pages'],
      summary: 'Send the decision form (application/x-www-form-urlencoded): consumes the link and records the decision in the round (HTML).',
      params: tokenParams, querystring: languageQuery,
    },
  }, async (request, reply) => {
    const link = shownIn(await resolve(request.params.token), request.query.lang);
    if (!link) return sendPage(reply, unknownLinkPage());
    return decideWithLink({ db, round, csrfSecret, publicOrigin }, request, reply, link);
  });
};

function sendPage(reply: FastifyReply, { status, page }: PageResponse) {
  return reply.code(status).type('text/html; charset=utf-8').send(page);
}

/**
 * Fetch metadata and Origin, where the browser sends them, must say the form came from the portal.
 * `Origin: null` is what a browser sends for a form posted from a no-referrer page, so it passes;
 * the anti-forgery field is checked in every case.
 */
function isCrossSite(request: FastifyRequest, publicOrigin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin !== 'null' && origin !== publicOrigin;
}

/**
 * The decision form's POST, for a link opened from its e-mail or from "my tasks": the anti-forgery
 * value is the link's own, and the link is consumed with the decision, in one transaction.
 */
export async function decideWithLink(
  deps: { db: Kysely<Database>; round: RoundGateway; csrfSecret: string; publicOrigin: string },
  request: FastifyRequest, reply: FastifyReply, link: DecisionLinkRow,
) {
  const { db, round, csrfSecret, publicOrigin } = deps;
  const answer = (request_: FastifyRequest, reply_: FastifyReply, link_: DecisionLinkRow, outcome: Outcome) => {
    request_.log.info({ linkId: link_.id, outcome: outcome.kind }, 'decision link');
    return sendPage(reply_, outcomePage(link_, outcome));
  };
    const body = (request.body ?? {}) as FormBody;
    if (isCrossSite(request, publicOrigin) || !csrfMatches(csrfSecret, link, body[CSRF_FIELD])) {
      request.log.warn({ linkId: link.id }, 'decision form refused: anti-forgery check failed');
      return sendPage(reply, forbiddenPage(link));
    }
    const stop = linkStateOutcome(link);
    if (stop) return answer(request, reply, link, stop);

    // The usual case first: every item of the link is answered and still open, so the Update alone
    // decides (one round trip to the workflow). A refusal leaves no trace in the round and rolls the
    // claim back, so asking the round what is still open and trying again changes nothing for the reader.
    const mode = isTask(link) ? 'task' : 'review';
    const whole = parseDecisionForm(body, link.items, link.language, mode);
    if (whole.ok) {
      const outcome = await consumeLink(db, link, () => sendDecision(round, link, whole.decisions, request.log));
      if (outcome.kind !== 'refused') return answer(request, reply, link, outcome);
    }

    const view = await round.view(link, request.log);
    if (view?.mine) {
      // The round has this decision but the link was not consumed (a crash before the commit).
      const recorded = view.mine;
      return answer(request, reply, link, await consumeLink(db, link, async () => ({ kind: 'recorded', decision: recorded })));
    }
    const closed = roundStateOutcome(link, view);
    if (closed) return answer(request, reply, link, closed);

    const openKeys = view?.openKeys ?? link.items.map((i) => i.key);
    const form = parseDecisionForm(body, link.items.filter((i) => openKeys.includes(i.key)), link.language, mode);
    if (!form.ok) {
      return sendPage(reply, { status: 400, page: decisionPage(link, openKeys, csrfValue(csrfSecret, link), form.state) });
    }
    const outcome = await consumeLink(db, link, () => sendDecision(round, link, form.decisions, request.log));
    return answer(request, reply, link, outcome);
}
