import fastifyRateLimit from '@fastify/rate-limit';
import { languageSchema, type Language } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { anyone } from '../auth/page-rules.js';
import type { Database, DecisionLinkRow } from '../database.js';
import { formFields, sendPage, servePages } from '../ui/serve-pages.js';
import type { LinkDecisions } from './decide.js';
import { isTask, decisionPage } from './decision-page.js';
import { concernedScope } from './concerned-objectives.js';
import { loadDecisionContent } from './frozen-content.js';
import type { PlansReader } from '../plans-reader.js';
import { findLinkByTokenHash } from './links-repository.js';
import { multilingualErrorPage, sendAnswer, unknownLinkPage } from './outcome-page.js';
import { csrfValue, hashToken, isWellFormedToken } from './tokens.js';

export interface DecisionRoutesOptions {
  db: Kysely<Database>;
  decisions: LinkDecisions;
  csrfSecret: string;
  /** where the frozen text of the plan decided on is read */
  plans: PlansReader;
  /** requests per minute and client address, over every decision page */
  rateLimit: number;
}

const tokenParams = z.object({ token: z.string() });
/** The language switch of the page: the link's own language unless the reader chose another. */
const languageQuery = z.object({ lang: languageSchema.optional() });
const shownIn = (link: DecisionLinkRow | undefined, lang: Language | undefined) => (link && lang ? { ...link, language: lang } : link);

/**
 * The pages a personal link opens. GET and HEAD only read (mail scanners open every link before
 * the reader does); only the form's POST, carrying the link's anti-forgery value, decides.
 */
export const decisionRoutes: FastifyPluginAsyncZod<DecisionRoutesOptions> = async (app, options) => {
  const { db, decisions, csrfSecret } = options;
  servePages(app, { bodyLimit: 1024 * 1024, errorPage: multilingualErrorPage });
  await app.register(fastifyRateLimit, { global: false });
  const limiter = app.rateLimit({ max: options.rateLimit, timeWindow: 60_000 });
  app.addHook('onRequest', async (request, reply) => { await limiter.call(app, request, reply); });

  const resolve = (token: string): Promise<DecisionLinkRow | undefined> =>
    isWellFormedToken(token) ? findLinkByTokenHash(db, hashToken(token)) : Promise.resolve(undefined);

  // An address cut before its token is an unknown link too, not an API error.
  app.get('/decisions', { config: anyone, schema: { tags: ['decision pages'], summary: 'An address cut before its token: the unknown-link page (HTML, 404)' } }, async (_request, reply) => sendPage(reply, unknownLinkPage()));

  app.get('/decisions/:token', {
    config: anyone,
    schema: {
      tags: ['decision pages'],
      summary: 'The page of a personal link: what is to be decided and the form (HTML). Reads only; HEAD answers the same.',
      params: tokenParams, querystring: languageQuery,
    },
  }, async (request, reply) => {
    const link = shownIn(await resolve(request.params.token), request.query.lang);
    if (!link) return sendPage(reply, unknownLinkPage());
    const csrf = csrfValue(csrfSecret, link);
    const status = await decisions.status(link, request.log);
    if (status.kind !== 'open') return sendAnswer(request, reply, link, status, csrf);
    const content = isTask(link) ? undefined : await loadDecisionContent(options.plans, link, request.log);
    return sendPage(reply, { status: 200, page: decisionPage(link, status.openKeys, csrf, undefined, undefined, content) });
  });

  app.post('/decisions/:token', {
    config: anyone,
    schema: {
      tags: ['decision pages'],
      summary: 'Send the decision form (application/x-www-form-urlencoded): consumes the link and records the decision in the round (HTML).',
      params: tokenParams, querystring: languageQuery, body: formFields,
    },
  }, async (request, reply) => {
    const link = shownIn(await resolve(request.params.token), request.query.lang);
    if (!link) return sendPage(reply, unknownLinkPage());
    // The frozen text tells which objectives a comment may name, and is shown again with any errors.
    const content = isTask(link) ? undefined : await loadDecisionContent(options.plans, link, request.log);
    const answer = await decisions.decide(link, request.body, request.headers, request.log, 'link', concernedScope(content));
    return sendAnswer(request, reply, link, answer, csrfValue(csrfSecret, link), answer.kind === 'invalid' ? content : undefined);
  });
};
