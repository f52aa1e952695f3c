import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { progressUpdateInputSchema, yearEndResultInputSchema } from '@jalon/contracts';
import { appLayout } from '../../ui/app-layout.js';
import { html } from '../../ui/html.js';
import { pageText } from '../../ui/page-language.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { mayDraftFor } from '../drafting/drafting-data.js';
import { entityParams } from '../drafting/drafting-params.js';
import { ContentRefusal } from '../drafting/objective-writer.js';
import { frameOf, presidentOffice, sessionFormOk, signedIn } from '../guards.js';
import { forbiddenWebPage } from '../sign-in-pages.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { progressCopy } from './progress-catalogue.js';
import { entityName, progressData, progressPath, type ProgressData } from './progress-data.js';
import { entityProgressContent, progressOverviewContent, type ProgressPageState } from './progress-page.js';

const what = pageText((l) => progressCopy[l].forbidden);
const yearParams = z.object({ year: entityParams.shape.year });
const objectiveParams = entityParams.extend({ code: z.string().trim().min(1).max(40) });
const noticeQuery = z.object({ saved: z.string().max(40).optional() });

/** The form's faults by field id, in the reader's language (zod names the field; the catalogue says what is wrong). */
function faultsOf(form: string, issues: ReadonlyArray<{ path: PropertyKey[]; code: string }>, t: (typeof progressCopy)['fr']): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    errors[`${form}-${name}`] ??= issue.code === 'too_big' ? t.tooLong(4000) : t.required;
  }
  return errors;
}

/**
 * The progress pages (issue 16): an owner entity's drafters (and the President's office) record
 * where each objective stands at the open checkpoint and its year-end result, through the plans
 * service in their own name; the President's office sees the year and who is late.
 */
export const progressRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['drafter', 'president_office'], what);
  const officeRule = web.rules.holding(['president_office'], what);

  async function load(request: FastifyRequest, reply: FastifyReply, year: number, entity: string): Promise<{ viewer: Viewer; d: ProgressData } | undefined> {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return undefined;
    if (!await mayDraftFor(web, viewer, entity)) {
      sendPage(reply, { status: 403, page: forbiddenWebPage(frameOf(request, viewer), what[viewer.language]) });
      return undefined;
    }
    const d = await progressData(web, viewer, year);
    if (!d) {
      const title = progressCopy[viewer.language].noPlan(year);
      sendPage(reply, { status: 404, page: appLayout(frameOf(request, viewer), title, html`<h1>${title}</h1>`) });
      return undefined;
    }
    return { viewer, d };
  }

  const render = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, d: ProgressData, entity: string, status: number, state: ProgressPageState = {}) => {
    const title = progressCopy[viewer.language].title(d.year, entityName(d, entity, viewer.language));
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), title, entityProgressContent(viewer.language, d, entity, viewer.csrf, state)) });
  };

  app.get('/progress/:year', { config: officeRule, schema: { tags: ['pages'], summary: 'The year\'s progress for the President\'s office: checkpoints, who is late, every objective (HTML)', params: yearParams } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const d = await progressData(web, viewer, request.params.year);
    const t = progressCopy[viewer.language];
    if (!d) return sendPage(reply, { status: 404, page: appLayout(frameOf(request, viewer), t.noPlan(request.params.year), html`<h1>${t.noPlan(request.params.year)}</h1>`) });
    return sendPage(reply, { status: 200, page: appLayout(frameOf(request, viewer), t.overviewTitle(d.year), progressOverviewContent(viewer.language, d)) });
  });

  app.get('/progress/:year/:entity', { config: rule, schema: { tags: ['pages'], summary: 'An entity\'s progress: each objective at the open checkpoint, its year-end result (HTML)', params: entityParams, querystring: noticeQuery } }, async (request, reply) => {
    const found = await load(request, reply, request.params.year, request.params.entity);
    if (!found) return reply;
    const notice = request.query.saved ? progressCopy[found.viewer.language].saved(request.query.saved) : undefined;
    return render(request, reply, found.viewer, found.d, request.params.entity, 200, { notice });
  });

  for (const kind of ['progress', 'year-end-result'] as const) {
    app.post(`/progress/:year/:entity/objectives/:code/${kind}`, {
      config: rule,
      schema: { tags: ['pages'], summary: kind === 'progress' ? 'Record where an objective stands at the open checkpoint (form)' : 'Record an objective\'s year-end result (form)', params: objectiveParams, body: formFields },
    }, async (request, reply) => {
      const { year, entity, code } = request.params;
      const found = await load(request, reply, year, entity);
      if (!found || !sessionFormOk(web, request, reply, found.viewer, request.body.csrf)) return reply;
      const { viewer, d } = found;
      const t = progressCopy[viewer.language];
      const form = `${kind === 'progress' ? 'progress' : 'year-end'}-${code}`;
      const { csrf: _csrf, ...values } = request.body;
      const blank = (v: string | undefined) => (v?.trim() ? v : undefined);
      const body = kind === 'progress'
        ? progressUpdateInputSchema.safeParse({ ...values, expectedRevision: Number(values.expectedRevision), droppedReason: blank(values.droppedReason), comment: values.comment ?? '' })
        : yearEndResultInputSchema.safeParse({ ...values, expectedRevision: Number(values.expectedRevision) });
      if (!body.success) return render(request, reply, viewer, d, entity, 400, { form, values, errors: faultsOf(form, body.error.issues, t) });
      try {
        if (kind === 'progress') await web.objectives.recordProgress(viewer.person.id, d.plan.id, code, body.data as z.infer<typeof progressUpdateInputSchema>);
        else await web.objectives.recordYearEndResult(viewer.person.id, d.plan.id, code, body.data as z.infer<typeof yearEndResultInputSchema>);
      } catch (error) {
        if (!(error instanceof ContentRefusal)) throw error;
        const message = (error.code && t.refused[error.code]) || t.refusedOther;
        const state: ProgressPageState = error.field ? { form, values, errors: { [`${form}-${error.field}`]: message } } : { form, values, refusal: message };
        return render(request, reply, viewer, d, entity, error.status, state);
      }
      request.log.info({ planId: d.plan.id, code, by: viewer.person.id, kind }, 'progress recorded from the progress page');
      return reply.redirect(`${progressPath(year, entity)}?saved=${encodeURIComponent(code)}`, 303);
    });
  }
};
