import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { DraftingActOptions } from './drafting-act-routes.js';
import { draftingCopy } from './drafting-catalogue.js';
import type { DraftingData } from './drafting-data.js';
import { editContent, entityPath, objectivesOf, refusalState, type DraftingPageState } from './drafting-page.js';
import { entityParams } from './drafting-params.js';
import { parseObjectiveForm, valuesOf } from './objective-form.js';
import { ContentRefusal } from './objective-writer.js';

const objectiveParams = entityParams.extend({ code: z.string().trim().min(1).max(40) });

/**
 * One objective of an entity: its edit form with the reviewers' comments beside, its change, and
 * its result once the plan is in force; each written by the plans service in the person's name.
 */
export const objectiveRoutes: FastifyPluginAsyncZod<DraftingActOptions> = async (app, { web, load, render, rule }) => {
  const objectiveOf = (d: DraftingData, code: string) => objectivesOf(d).find((o) => o.code === code);
  const renderEdit = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, d: DraftingData, code: string, status: number, state: DraftingPageState = {}) => {
    const o = objectiveOf(d, code)!;
    const title = draftingCopy[viewer.language].drafting.editTitle(code);
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), title, editContent(viewer.language, d, o, viewer.csrf, state)) });
  };

  /** A form posted on one of the entity's objectives, by a person allowed on it, within their session; otherwise the answer is sent. */
  async function postedObjective(request: FastifyRequest, reply: FastifyReply, params: z.infer<typeof objectiveParams>, csrf: string | undefined) {
    const found = await load(request, reply, params.year, params.entity);
    if (!found || !sessionFormOk(web, request, reply, found.viewer, csrf)) return undefined;
    const objective = objectiveOf(found.d, params.code);
    if (!objective) {
      reply.redirect(entityPath(found.d), 303);
      return undefined;
    }
    return { ...found, code: params.code, objective };
  }

  app.get('/drafting/:year/:entity/objectives/:code', { config: rule, schema: { tags: ['pages'], summary: 'One objective\'s edit form, with the reviewers\' comments beside (HTML)', params: objectiveParams } }, async (request, reply) => {
    const found = await load(request, reply, request.params.year, request.params.entity);
    if (!found) return reply;
    if (!objectiveOf(found.d, request.params.code)) return reply.redirect(entityPath(found.d), 303);
    return renderEdit(request, reply, found.viewer, found.d, request.params.code, 200);
  });

  app.post('/drafting/:year/:entity/objectives/:code', { config: rule, schema: { tags: ['pages'], summary: 'Change an objective of the entity (form)', params: objectiveParams, body: formFields } }, async (request, reply) => {
    const found = await postedObjective(request, reply, request.params, request.body.csrf);
    if (!found) return reply;
    const { viewer, d, code, objective } = found;
    const values = valuesOf(request.body);
    const parsed = parseObjectiveForm(values, d.year, viewer.language);
    if (!parsed.ok) return renderEdit(request, reply, viewer, d, code, 400, { values, errors: parsed.errors });
    try {
      await web.objectives.patch(viewer.person.id, d.plan.id, code, { ...parsed.fields, expectedRevision: Number(request.body.expectedRevision ?? objective.revision) });
    } catch (error) {
      if (!(error instanceof ContentRefusal)) throw error;
      return renderEdit(request, reply, viewer, d, code, error.status, { values, ...refusalState(viewer.language, error) });
    }
    request.log.info({ planId: d.plan.id, code, by: viewer.person.id }, 'objective changed from the drafting page');
    return reply.redirect(`${entityPath(d)}?saved=${encodeURIComponent(code)}`, 303);
  });

  app.post('/drafting/:year/:entity/objectives/:code/result', { config: rule, schema: { tags: ['pages'], summary: 'Record what an objective achieved, once the plan is in force (form)', params: objectiveParams, body: formFields } }, async (request, reply) => {
    const found = await postedObjective(request, reply, request.params, request.body.csrf);
    if (!found) return reply;
    const { viewer, d, code, objective } = found;
    const result = (request.body.result ?? '').trim();
    const t = draftingCopy[viewer.language].drafting;
    if (!result || result.length > 4000) {
      return render(request, reply, viewer, d, 400, { otherErrors: { [`result-${code}`]: result ? t.tooLong(4000) : t.required } });
    }
    try {
      await web.objectives.recordResult(viewer.person.id, d.plan.id, code, { result, expectedRevision: Number(request.body.expectedRevision ?? objective.revision) });
    } catch (error) {
      if (!(error instanceof ContentRefusal)) throw error;
      return render(request, reply, viewer, d, error.status, refusalState(viewer.language, error));
    }
    return reply.redirect(`${entityPath(d)}?result=${encodeURIComponent(code)}`, 303);
  });

};
