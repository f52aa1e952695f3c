import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { html } from '../../ui/html.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk, signedIn } from '../guards.js';
import { forbiddenWebPage } from '../sign-in-pages.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { draftingActRoutes } from './drafting-act-routes.js';
import { objectiveRoutes } from './objective-routes.js';
import { projectCopy } from './project-catalogue.js';
import { projectRoutes } from './project-routes.js';
import { draftingCopy } from './drafting-catalogue.js';
import { draftingWhat, entityParams } from './drafting-params.js';
import { draftedEntities, draftingData, mayDraftFor, type DraftingData } from './drafting-data.js';
import { draftingContent, draftingListContent, entityNameOf, entityPath, refusalState, type DraftingPageState } from './drafting-page.js';
import { parseObjectiveForm, valuesOf } from './objective-form.js';
import { ContentRefusal } from './objective-writer.js';

const noticeQuery = z.object({
  saved: z.string().max(40).optional(), result: z.string().max(40).optional(), finished: z.literal('1').optional(), problem: z.literal('1').optional(),
  project: z.enum(['saved', 'removed']).optional(),
});

/** The next free code of the entity's objectives in the year: DGSP-2027-03. */
function nextCode(d: DraftingData): string {
  const prefix = `${d.entityCode}-${d.year}-`;
  const taken = new Set(d.plan.objectives.map((o) => o.code));
  for (let n = 1; ; n++) {
    const code = `${prefix}${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}

/**
 * The drafting pages of an entity's drafter: its SMART objectives for the year's operational plan,
 * entered and changed through the plans service in the person's name (which checks their entity
 * and the plan's state, and audits), the reviewers' comments beside each objective after changes
 * were requested, results once the plan is in force, "I have finished", and problems to raise.
 */
export const draftingRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const rule = web.rules.holding(['drafter', 'president_office'], draftingWhat);

  /** The entity's page data for a person allowed on it; otherwise a 403 or 404 page is sent. */
  async function load(request: FastifyRequest, reply: FastifyReply, year: number, entity: string): Promise<{ viewer: Viewer; d: DraftingData } | undefined> {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return undefined;
    if (!await mayDraftFor(web, viewer, entity)) {
      sendPage(reply, { status: 403, page: forbiddenWebPage(frameOf(request, viewer), draftingWhat[viewer.language]) });
      return undefined;
    }
    const d = await draftingData(web, viewer, year, entity, request.log);
    if (!d) {
      const t = draftingCopy[viewer.language].drafting;
      sendPage(reply, { status: 404, page: appLayout(frameOf(request, viewer), t.noPlan(year), html`<h1>${t.noPlan(year)}</h1>`) });
      return undefined;
    }
    return { viewer, d };
  }

  const render = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, d: DraftingData, status: number, state: DraftingPageState = {}) => {
    const t = draftingCopy[viewer.language].drafting;
    const title = t.title(d.year, entityNameOf(d, viewer.language));
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), title, draftingContent(viewer.language, d, viewer.csrf, randomUUID(), state)) });
  };

  app.get('/drafting', { config: rule, schema: { tags: ['pages'], summary: 'The entities the signed-in drafter drafts for, each year\'s plan (HTML)' } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const org = viewer.person.organisationCode;
    const [entities, plans] = await Promise.all([draftedEntities(web, viewer), web.plans.operationalPlans(org)]);
    const entries: Array<{ year: number; entityCode: string; entityName: string }> = [];
    for (const plan of plans ?? []) {
      const cycle = await web.cycles.state(org, plan.year).catch(() => undefined);
      const codes = viewer.isPresidentOffice ? (cycle?.drafting.map((t) => t.entityCode) ?? entities) : entities;
      for (const code of codes) {
        const task = cycle?.drafting.find((t) => t.entityCode === code);
        entries.push({ year: plan.year, entityCode: code, entityName: entityNameOf({ entityCode: code, entityName: task?.entityName }, viewer.language) });
      }
    }
    const t = draftingCopy[viewer.language].drafting;
    return sendPage(reply, { status: 200, page: appLayout(frameOf(request, viewer), t.listTitle, draftingListContent(viewer.language, entries)) });
  });

  app.get('/drafting/:year/:entity', { config: rule, schema: { tags: ['pages'], summary: 'An entity\'s operational objectives of the year, to enter and change (HTML)', params: entityParams, querystring: noticeQuery } }, async (request, reply) => {
    const found = await load(request, reply, request.params.year, request.params.entity);
    if (!found) return reply;
    const { viewer, d } = found;
    const t = draftingCopy[viewer.language].drafting;
    const q = request.query;
    const notice = q.saved ? t.saved(q.saved) : q.result ? t.resultSaved(q.result) : q.finished ? t.task.finished : q.problem ? t.problem.sent
      : q.project ? projectCopy[viewer.language][q.project] : undefined;
    return render(request, reply, viewer, d, 200, { notice });
  });

  app.post('/drafting/:year/:entity/objectives', { config: rule, schema: { tags: ['pages'], summary: 'Add an operational objective of the entity (form)', params: entityParams, body: formFields } }, async (request, reply) => {
    const found = await load(request, reply, request.params.year, request.params.entity);
    if (!found || !sessionFormOk(web, request, reply, found.viewer, request.body.csrf)) return reply;
    const { viewer, d } = found;
    const values = valuesOf(request.body);
    const parsed = parseObjectiveForm(values, d.year, viewer.language);
    if (!parsed.ok) return render(request, reply, viewer, d, 400, { values, errors: parsed.errors });
    const code = nextCode(d);
    try {
      await web.objectives.add(viewer.person.id, d.plan.id, {
        ...parsed.fields, code, ownerEntityCode: d.entityCode, expectedRevision: Number(request.body.expectedRevision ?? d.plan.revision),
      });
    } catch (error) {
      if (!(error instanceof ContentRefusal)) throw error;
      return render(request, reply, viewer, d, error.status, { values, ...refusalState(viewer.language, error) });
    }
    request.log.info({ planId: d.plan.id, code, by: viewer.person.id }, 'objective added from the drafting page');
    return reply.redirect(`${entityPath(d)}?saved=${encodeURIComponent(code)}`, 303);
  });

  await app.register(draftingActRoutes, { web, load, render, rule });
  await app.register(objectiveRoutes, { web, load, render, rule });
  await app.register(projectRoutes, { web, load, render, rule });
};
