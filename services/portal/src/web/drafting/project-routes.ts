import { uuidParam } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appLayout } from '../../ui/app-layout.js';
import { html } from '../../ui/html.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { DraftingActOptions } from './drafting-act-routes.js';
import type { DraftingData } from './drafting-data.js';
import { entityPath, isEditable } from './drafting-page.js';
import { errorSummary } from './objective-form-html.js';
import { entityParams } from './drafting-params.js';
import { ContentRefusal } from './objective-writer.js';
import { projectCopy } from './project-catalogue.js';
import {
  parseProjectForm, projectFieldsHtml, projectLabels, projectRefusal, projectsOf, projectValuesOf, type ProjectErrors, type ProjectFormValues,
} from './project-form.js';

const projectParams = entityParams.extend({ projectId: uuidParam });

/** A drafted project the page may change: the entity's own, drafted with the plan (not added at a party's request). */
const draftedProject = (d: DraftingData, projectId: string) => projectsOf(d).find((p) => p.id === projectId && p.history.length === 0);

/**
 * An entity's projects with their deadlines, entered, changed and removed while the plan is
 * drafted; each written by the plans service in the person's name (it checks their entity, the
 * plan's state and the revision, and audits).
 */
export const projectRoutes: FastifyPluginAsyncZod<DraftingActOptions> = async (app, { web, load, render, rule }) => {
  const renderEdit = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, d: DraftingData, projectId: string, status: number,
    state: { values?: ProjectFormValues; errors?: ProjectErrors; refusal?: string } = {}) => {
    const t = projectCopy[viewer.language];
    const p = draftedProject(d, projectId)!;
    const values = state.values ?? { title: p.title, objectiveCode: p.objectiveCode ?? '', deadline: p.deadline ?? '' };
    const errors = state.errors ?? {};
    const content = html`<h1>${t.editTitle}</h1>
<p><a href="${entityPath(d)}">${t.back}</a></p>
${errorSummary(viewer.language, errors, projectLabels(viewer.language))}
${state.refusal ? html`<div class="error-summary" role="alert"><p>${state.refusal}</p></div>` : ''}
<form method="post" action="${entityPath(d)}/projects/${p.id}" novalidate>
<input type="hidden" name="csrf" value="${viewer.csrf}"><input type="hidden" name="expectedRevision" value="${p.revision}">
${projectFieldsHtml(viewer.language, d, values, errors)}
<button type="submit">${t.save}</button>
</form>`;
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), t.editTitle, content) });
  };

  /** The entity's page and, for a project route, its drafted project while the plan is drafted; otherwise back to the page. */
  async function found(request: FastifyRequest, reply: FastifyReply, year: number, entity: string, projectId: string) {
    const loaded = await load(request, reply, year, entity);
    if (!loaded) return undefined;
    if (!isEditable(loaded.d) || !draftedProject(loaded.d, projectId)) {
      reply.redirect(entityPath(loaded.d), 303);
      return undefined;
    }
    return loaded;
  }

  app.post('/drafting/:year/:entity/projects', { config: rule, schema: { tags: ['pages'], summary: 'Add a project of the entity with its deadline (form)', params: entityParams, body: formFields } }, async (request, reply) => {
    const loaded = await load(request, reply, request.params.year, request.params.entity);
    if (!loaded || !sessionFormOk(web, request, reply, loaded.viewer, request.body.csrf)) return reply;
    const { viewer, d } = loaded;
    const projectValues = projectValuesOf(request.body);
    const parsed = parseProjectForm(projectValues, d.year, viewer.language);
    if (!parsed.ok) return render(request, reply, viewer, d, 400, { projectValues, otherErrors: parsed.errors });
    try {
      await web.objectives.addProject(viewer.person.id, d.plan.id, { ...parsed.fields, ownerEntityCode: d.entityCode, expectedRevision: Number(request.body.expectedRevision ?? d.plan.revision) });
    } catch (error) {
      if (!(error instanceof ContentRefusal)) throw error;
      return render(request, reply, viewer, d, error.status, { projectValues, ...projectRefusal(viewer.language, error) });
    }
    request.log.info({ planId: d.plan.id, entity: d.entityCode, by: viewer.person.id }, 'project added from the drafting page');
    return reply.redirect(`${entityPath(d)}?project=saved#projects-title`, 303);
  });

  app.get('/drafting/:year/:entity/projects/:projectId', { config: rule, schema: { tags: ['pages'], summary: 'A drafted project\'s edit form (HTML)', params: projectParams } }, async (request, reply) => {
    const loaded = await found(request, reply, request.params.year, request.params.entity, request.params.projectId);
    if (!loaded) return reply;
    return renderEdit(request, reply, loaded.viewer, loaded.d, request.params.projectId, 200);
  });

  app.post('/drafting/:year/:entity/projects/:projectId', { config: rule, schema: { tags: ['pages'], summary: 'Change a drafted project (form)', params: projectParams, body: formFields } }, async (request, reply) => {
    const loaded = await found(request, reply, request.params.year, request.params.entity, request.params.projectId);
    if (!loaded || !sessionFormOk(web, request, reply, loaded.viewer, request.body.csrf)) return reply;
    const { viewer, d } = loaded;
    const { projectId } = request.params;
    const values = projectValuesOf(request.body);
    const parsed = parseProjectForm(values, d.year, viewer.language);
    if (!parsed.ok) return renderEdit(request, reply, viewer, d, projectId, 400, { values, errors: parsed.errors });
    try {
      await web.objectives.patchProject(viewer.person.id, d.plan.id, projectId, { ...parsed.fields, expectedRevision: Number(request.body.expectedRevision ?? 0) });
    } catch (error) {
      if (!(error instanceof ContentRefusal)) throw error;
      const refused = projectRefusal(viewer.language, error);
      return renderEdit(request, reply, viewer, d, projectId, error.status, { values, ...('otherErrors' in refused ? { errors: refused.otherErrors } : refused) });
    }
    return reply.redirect(`${entityPath(d)}?project=saved#projects-title`, 303);
  });

  app.post('/drafting/:year/:entity/projects/:projectId/remove', { config: rule, schema: { tags: ['pages'], summary: 'Remove a drafted project (form)', params: projectParams, body: formFields } }, async (request, reply) => {
    const loaded = await found(request, reply, request.params.year, request.params.entity, request.params.projectId);
    if (!loaded || !sessionFormOk(web, request, reply, loaded.viewer, request.body.csrf)) return reply;
    const { viewer, d } = loaded;
    try {
      await web.objectives.removeProject(viewer.person.id, d.plan.id, request.params.projectId, Number(request.body.expectedRevision ?? 0));
    } catch (error) {
      if (!(error instanceof ContentRefusal)) throw error;
      return render(request, reply, viewer, d, error.status, projectRefusal(viewer.language, error));
    }
    return reply.redirect(`${entityPath(d)}?project=removed#projects-title`, 303);
  });
};
