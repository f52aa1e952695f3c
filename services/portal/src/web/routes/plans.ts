import {
  authoritySchema, operationalPlanSchema, operationalPlanSummarySchema, planVersionSummarySchema, strategicPlanSchema,
  strategicPlanSummarySchema, uuidParam, versionComparisonSchema,
} from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { html } from '../../pages/html.js';
import { operationalPlanView, strategicPlanView, versionComparisonView, type DecisionRecord } from '../../pages/plan-viewer/index.js';
import { plansListContent, plansListTitle } from '../pages/plans-list-page.js';
import type { WebContext } from '../web-context.js';
import { appLayout } from '../web-layout.js';
import { frameOf, signedIn } from './guards.js';

const kinds = { strategic: 'strategic-plans', operational: 'operational-plans' } as const;
const planParams = z.object({ kind: z.enum(['strategic', 'operational']), planId: uuidParam });

/**
 * The plan viewer, for every signed-in person: the plan as it stands, its versions and the
 * differences between two of them, and who decided what, when, on which version.
 */
export const planRoutes: FastifyPluginAsync<{ web: WebContext }> = async (app, { web }) => {
  const getJson = async <T extends z.ZodType>(path: string, schema: T): Promise<z.output<T> | undefined> => {
    const response = await fetch(`${web.plansUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (response.status === 404 || response.status === 400) return undefined;
    if (!response.ok) throw new HttpError(503, 'The plan data service does not answer; try again in a moment.');
    return schema.parse(await response.json());
  };
  const notFound = (reply: Parameters<WebContext['page']>[0], request: Parameters<typeof frameOf>[0], viewer: Parameters<typeof frameOf>[1]) => {
    const frame = frameOf(request, viewer);
    const title = frame.language === 'nl' ? 'Plan niet gevonden' : 'Plan introuvable';
    return web.page(reply, 404, appLayout(frame, title, html`<h1>${title}</h1><p><a href="/plans">${frame.language === 'nl' ? 'Alle plannen' : 'Tous les plans'}</a></p>`));
  };
  const toRecords = (entries: Array<{ step: string; stepName: { fr: string; nl: string }; version: number; sha256: string; decidedAt: string; personName: string; items: DecisionRecord['items'] }>): DecisionRecord[] =>
    entries.map(({ step, stepName, version, sha256, decidedAt, personName, items }) => ({ step, stepName, version, sha256, decidedAt, personName, items }));

  app.get('/plans', { schema: { tags: ['pages'], summary: 'Every plan of the person\'s organisation (HTML)' } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const org = viewer.person.organisationCode;
    const [strategic, operational] = await Promise.all([
      getJson(`/organisations/${org}/strategic-plans?limit=100`, z.object({ items: z.array(strategicPlanSummarySchema) })),
      getJson(`/organisations/${org}/operational-plans?limit=100`, z.object({ items: z.array(operationalPlanSummarySchema) })),
    ]);
    return web.page(reply, 200, appLayout(frameOf(request, viewer), plansListTitle(viewer.language), plansListContent(viewer.language, strategic?.items ?? [], operational?.items ?? [])));
  });

  app.get('/plans/:kind/:planId', { schema: { tags: ['pages'], summary: 'One plan: its content, versions and decisions (HTML)', params: planParams } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const { kind, planId } = request.params as z.infer<typeof planParams>;
    const org = viewer.person.organisationCode;
    const basePath = `/plans/${kind}/${planId}`;
    const versions = await getJson(`/${kinds[kind]}/${planId}/versions`, z.array(planVersionSummarySchema));
    if (kind === 'strategic') {
      const [plan, authorities, lifecycle] = await Promise.all([
        getJson(`/strategic-plans/${planId}`, strategicPlanSchema),
        getJson(`/organisations/${org}/authorities`, z.array(authoritySchema)),
        web.cycles.strategicView(org, planId).catch(() => undefined),
      ]);
      if (!plan || plan.organisationCode !== org) return notFound(reply, request, viewer);
      const authorityNames = Object.fromEntries((authorities ?? []).map((a) => [a.code, { fr: a.title.fr, nl: a.title.nl }]));
      const content = strategicPlanView(plan, versions ?? [], toRecords(lifecycle?.decisions ?? []), viewer.language, { basePath, authorityNames });
      return web.page(reply, 200, appLayout(frameOf(request, viewer), plan.title[viewer.language], content));
    }
    const plan = await getJson(`/operational-plans/${planId}`, operationalPlanSchema);
    if (!plan || plan.organisationCode !== org) return notFound(reply, request, viewer);
    const cycle = await web.cycles.view(org, plan.year).catch(() => undefined);
    const content = operationalPlanView(plan, versions ?? [], toRecords(cycle?.decisions ?? []), viewer.language, { basePath });
    return web.page(reply, 200, appLayout(frameOf(request, viewer), `${plan.year}`, content));
  });

  app.get('/plans/:kind/:planId/compare', {
    schema: { tags: ['pages'], summary: 'What changed between two versions of a plan (HTML)', params: planParams, querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }) },
  }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const { kind, planId } = request.params as z.infer<typeof planParams>;
    const { from, to } = request.query as { from: number; to: number };
    const owner = await getJson(`/${kinds[kind]}/${planId}`, z.object({ organisationCode: z.string() }));
    if (!owner || owner.organisationCode !== viewer.person.organisationCode) return notFound(reply, request, viewer);
    const comparison = await getJson(`/${kinds[kind]}/${planId}/versions/${from}/compare?to=${to}`, versionComparisonSchema);
    if (!comparison) return notFound(reply, request, viewer);
    const back = html`<p><a href="/plans/${kind}/${planId}">${viewer.language === 'nl' ? 'Terug naar het plan' : 'Retour au plan'}</a></p>`;
    return web.page(reply, 200, appLayout(frameOf(request, viewer), `v${from} → v${to}`, html`${versionComparisonView(comparison, viewer.language)}${back}`));
  });
};
