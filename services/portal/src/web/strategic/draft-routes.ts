import { HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refusalMessage } from '../../ui/refusal-catalogue.js';
import { formFields } from '../../ui/serve-pages.js';
import { presidentOffice, sessionFormOk } from '../guards.js';
import type { WebContext } from '../web-context.js';
import { draftPageKit, planParams, what } from './draft-kit.js';
import { strategicCopy } from './strategic-catalogue.js';
import { organisationStartCopy } from '../organisation/organisation-start-catalogue.js';

const noticeQuery = z.object({ created: z.literal('1').optional(), saved: z.literal('1').optional(), started: z.literal('1').optional(), resubmitted: z.literal('1').optional() });

/**
 * The President's office's page of the draft strategic plan: where the lifecycle stands, the
 * reviewers' comments beside each objective, and the start or the resubmission of the lifecycle.
 */
export const strategicDraftRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['president_office'], what);
  const { editor, planOf, overview } = draftPageKit(web);

  app.get('/strategic-drafts/:planId', { config: rule, schema: { tags: ['pages'], summary: 'The draft strategic plan: its stage, the reviewers\' comments beside each objective, start or resubmit (HTML)', params: planParams, querystring: noticeQuery } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    const t = strategicCopy[viewer.language];
    const q = request.query;
    const notice = q.created ? organisationStartCopy[viewer.language].newPlan.created : q.saved ? t.saved : q.started ? t.started : q.resubmitted ? t.resubmitted : undefined;
    return overview(request, reply, viewer, plan, 200, notice ? { notice } : {});
  });

  app.post('/strategic-drafts/:planId/lifecycle', { config: rule, schema: { tags: ['pages'], summary: 'Start the draft\'s lifecycle from its page (form)', params: planParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    try {
      await web.strategicStart.start(viewer.person.organisationCode, plan.id, viewer.person.id);
    } catch (error) {
      if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
      return overview(request, reply, viewer, plan, error.statusCode, { error: { field: 'lifecycle', message: refusalMessage(error, viewer.language) } });
    }
    request.log.info({ planId: plan.id, by: viewer.person.id }, 'strategic plan lifecycle started from its draft page');
    return reply.redirect(`/strategic-drafts/${plan.id}?started=1`, 303);
  });

  app.post('/strategic-drafts/:planId/resubmit', { config: rule, schema: { tags: ['pages'], summary: 'Send the edited draft back to review (form)', params: planParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    try {
      await editor.resubmit(viewer.person.organisationCode, plan.id, viewer.person.id);
    } catch (error) {
      if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
      return overview(request, reply, viewer, plan, error.statusCode, { error: { field: 'resubmit', message: strategicCopy[viewer.language].errors.resubmitRefused } });
    }
    request.log.info({ planId: plan.id, by: viewer.person.id }, 'draft strategic plan resubmitted');
    return reply.redirect(`/strategic-drafts/${plan.id}?resubmitted=1`, 303);
  });
};
