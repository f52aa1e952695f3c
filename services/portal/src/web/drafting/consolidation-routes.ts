import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendAnswer } from '../../decisions/outcome-page.js';
import { csrfValue } from '../../decisions/tokens.js';
import { appLayout } from '../../ui/app-layout.js';
import { html } from '../../ui/html.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, presidentOffice, sessionFormOk } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { consolidationContent, type ConsolidationData } from './consolidation-page.js';
import { draftingCopy } from './drafting-catalogue.js';
import { openTaskLink, pendingChangeRequests, yearPlans } from './drafting-data.js';

const what = { fr: 'consolider le plan opérationnel', nl: 'het operationeel plan te consolideren', de: 'den operativen Plan zu konsolidieren' };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const noticeQuery = z.object({ finished: z.literal('1').optional() });

/**
 * The President's office's consolidation of a year's plan: which entities have finished, every
 * objective grouped by the strategic objective it serves (each entity's page to change them), and
 * "consolidation done", the cycle's consolidation step answered in the session.
 */
export const consolidationRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['president_office'], what);

  async function render(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, year: number, status: number, extra: Pick<ConsolidationData, 'notice' | 'refusal'> = {}) {
    const org = viewer.person.organisationCode;
    const t = draftingCopy[viewer.language].consolidation;
    const found = await yearPlans(web, org, year);
    if (!found) return sendPage(reply, { status: 404, page: appLayout(frameOf(request, viewer), t.noCycle(year), html`<h1>${t.noCycle(year)}</h1>`) });
    const [cycle, decisions, link] = await Promise.all([
      web.cycles.state(org, year).catch(() => undefined),
      web.plans.decisions('operational', found.plan.id).then((d) => d ?? []),
      openTaskLink(web, viewer, found.plan.id, 'consolidation', request.log),
    ]);
    const names = new Map<string, string>();
    for (const id of new Set((cycle?.drafting ?? []).map((task) => task.doneBy).filter((x): x is string => !!x))) {
      names.set(id, (await web.plans.person(id))?.name ?? '');
    }
    const data: ConsolidationData = { year, ...found, cycle, hasTask: !!link, changeRequests: pendingChangeRequests(found.plan, decisions), names, ...extra };
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), t.title(year), consolidationContent(viewer.language, data, viewer.csrf)) });
  }

  app.get('/consolidation/:year', { config: rule, schema: { tags: ['pages'], summary: 'The consolidation of a year\'s operational plan (HTML)', params: yearParams, querystring: noticeQuery } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const notice = request.query.finished ? draftingCopy[viewer.language].consolidation.finished : undefined;
    return render(request, reply, viewer, request.params.year, 200, { notice });
  });

  app.post('/consolidation/:year/done', { config: rule, schema: { tags: ['pages'], summary: '"Consolidation done": the cycle\'s consolidation step is answered (form)', params: yearParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { year } = request.params;
    const found = await yearPlans(web, viewer.person.organisationCode, year);
    const link = found && await openTaskLink(web, viewer, found.plan.id, 'consolidation', request.log);
    if (!link) return render(request, reply, viewer, year, 409, { refusal: draftingCopy[viewer.language].consolidation.noTask });
    // The step's own form, filled for the person: the same round, checks and record as the e-mailed link.
    const csrf = csrfValue(web.secret, link);
    const answer = await web.decisions.decide(link, { csrf, 'outcome:consolidation': 'approve' }, request.headers, request.log, 'session');
    if (answer.kind === 'recorded' || answer.kind === 'used') return reply.redirect(`/consolidation/${year}?finished=1`, 303);
    return sendAnswer(request, reply, link, answer, csrf);
  });
};
