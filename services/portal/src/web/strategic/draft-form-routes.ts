import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { html } from '../../ui/html.js';
import { formFields } from '../../ui/serve-pages.js';
import { presidentOffice, sessionFormOk } from '../guards.js';
import type { WebContext } from '../web-context.js';
import { draftPageKit, planParams, rowCount, what } from './draft-kit.js';
import {
  newObjectiveFormPage, objectiveFields, objectiveFormPage, prioritiesFields, prioritiesFormPage, risksFields, risksFormPage,
} from './draft-form-pages.js';
import { listFieldOf, objectiveFieldOf, readNewObjectiveForm, readObjectiveForm, readPrioritiesForm, readRisksForm, type FieldError } from './draft-forms.js';
import { strategicCopy } from './strategic-catalogue.js';

const objectiveParams = planParams.extend({ number: z.coerce.number().int().min(1).max(999) });

/** The forms of the draft's objectives: one existing objective, and a new one after the last. */
export const strategicObjectiveFormRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['president_office'], what);
  const { editor, page, planOf, entityChoices, submit, formPage } = draftPageKit(web);

  app.get('/strategic-drafts/:planId/objectives/:number', { config: rule, schema: { tags: ['pages'], summary: 'The form of one strategic objective of the draft (HTML)', params: objectiveParams } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    const objective = plan?.objectives.find((o) => o.number === request.params.number);
    if (!plan || !objective) return plan ? page(request, reply, viewer, strategicCopy[viewer.language].editTitle, html`<h1>${strategicCopy[viewer.language].editTitle}</h1>`, 404) : reply;
    const p = formPage(viewer, plan.id, objectiveFields(objective), [], await entityChoices(viewer));
    return page(request, reply, viewer, p.t.editObjective(objective.number), objectiveFormPage(p, objective.number, objective.ambitions.length));
  });

  app.post('/strategic-drafts/:planId/objectives/:number', { config: rule, schema: { tags: ['pages'], summary: 'Save one strategic objective of the draft (form)', params: objectiveParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { planId, number } = request.params;
    const fields = request.body;
    const ambitionCount = Math.max(0, ...Object.keys(fields).map((k) => Number(/^ambition:(\d+):/.exec(k)?.[1] ?? -1))) ;
    const entities = await entityChoices(viewer);
    const t = strategicCopy[viewer.language];
    const again = async (errors: FieldError[], status: number) =>
      page(request, reply, viewer, t.editObjective(number), objectiveFormPage(formPage(viewer, planId, fields, errors, entities), number, ambitionCount), status);
    const parsed = readObjectiveForm(fields, entities.map((e) => e.code), ambitionCount, t);
    if (!parsed.ok) return again(parsed.errors, 400);
    return submit(request, reply, viewer, planId, () => editor.patchObjective(viewer.person.id, planId, number, parsed.value), again, objectiveFieldOf(parsed.rowOf));
  });

  app.get('/strategic-drafts/:planId/new-objective', { config: rule, schema: { tags: ['pages'], summary: 'The form of a new strategic objective (HTML)', params: planParams } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    const p = formPage(viewer, plan.id, { revision: String(plan.revision), category: 'governance' }, [], await entityChoices(viewer));
    return page(request, reply, viewer, p.t.newObjective, newObjectiveFormPage(p));
  });

  app.post('/strategic-drafts/:planId/new-objective', { config: rule, schema: { tags: ['pages'], summary: 'Add a strategic objective to the draft (form)', params: planParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { planId } = request.params;
    const entities = await entityChoices(viewer);
    const t = strategicCopy[viewer.language];
    const again = async (errors: FieldError[], status: number) => page(request, reply, viewer, t.newObjective, newObjectiveFormPage(formPage(viewer, planId, request.body, errors, entities)), status);
    const parsed = readNewObjectiveForm(request.body, entities.map((e) => e.code), t);
    if (!parsed.ok) return again(parsed.errors, 400);
    return submit(request, reply, viewer, planId, () => editor.addObjective(viewer.person.id, planId, parsed.value), again, objectiveFieldOf(parsed.rowOf));
  });
};

/** The forms of the draft's lists: its priorities and its risk domains, each edited as a whole. */
export const strategicListFormRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['president_office'], what);
  const { editor, page, planOf, submit, formPage } = draftPageKit(web);

  app.get('/strategic-drafts/:planId/priorities', { config: rule, schema: { tags: ['pages'], summary: 'The form of the draft\'s priorities (HTML)', params: planParams } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    const p = formPage(viewer, plan.id, prioritiesFields(plan), [], []);
    return page(request, reply, viewer, p.t.priorities, prioritiesFormPage(p, plan.priorities.length));
  });

  app.post('/strategic-drafts/:planId/priorities', { config: rule, schema: { tags: ['pages'], summary: 'Save the draft\'s priorities (form)', params: planParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { planId } = request.params;
    const count = rowCount(request.body, 'priority');
    const t = strategicCopy[viewer.language];
    const again = async (errors: FieldError[], status: number) => page(request, reply, viewer, t.priorities, prioritiesFormPage(formPage(viewer, planId, request.body, errors, []), count), status);
    const parsed = readPrioritiesForm(request.body, count, t);
    if (!parsed.ok) return again(parsed.errors, 400);
    return submit(request, reply, viewer, planId, () => editor.replacePriorities(viewer.person.id, planId, parsed.value), again, listFieldOf('priority', parsed.rowOf));
  });

  app.get('/strategic-drafts/:planId/risk-domains', { config: rule, schema: { tags: ['pages'], summary: 'The form of the draft\'s risk domains (HTML)', params: planParams } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    const p = formPage(viewer, plan.id, risksFields(plan), [], []);
    return page(request, reply, viewer, p.t.riskDomains, risksFormPage(p, plan.riskDomains.length, plan.objectives));
  });

  app.post('/strategic-drafts/:planId/risk-domains', { config: rule, schema: { tags: ['pages'], summary: 'Save the draft\'s risk domains (form)', params: planParams, body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const plan = await planOf(request, reply, viewer, request.params.planId);
    if (!plan) return reply;
    const count = rowCount(request.body, 'risk');
    const t = strategicCopy[viewer.language];
    const again = async (errors: FieldError[], status: number) => page(request, reply, viewer, t.riskDomains, risksFormPage(formPage(viewer, plan.id, request.body, errors, []), count, plan.objectives), status);
    const parsed = readRisksForm(request.body, count, plan.objectives.map((o) => o.number), t);
    if (!parsed.ok) return again(parsed.errors, 400);
    return submit(request, reply, viewer, plan.id, () => editor.replaceRiskDomains(viewer.person.id, plan.id, parsed.value), again, listFieldOf('risk', parsed.rowOf));
  });
};
