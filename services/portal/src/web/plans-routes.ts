import { planKindSchema, uuidParam, type CycleView } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decisionHistory } from '../cycles/decision-history.js';
import { appLayout } from '../ui/app-layout.js';
import { dataText } from '../ui/data-text.js';
import { html, type Html } from '../ui/html.js';
import { planViewerCopy } from '../ui/plan-viewer-catalogue.js';
import { sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { frameOf, signedIn } from './guards.js';
import { operationalPlanView, strategicPlanView, versionComparisonView, type DecisionRecord } from './plan-viewer/index.js';
import { peopleNames, type NameOf } from './people-names.js';
import { plansListContent } from './plans-list-page.js';
import { planProgressSection } from './insight/plan-progress.js';
import type { Viewer } from './viewer.js';
import type { WebContext } from './web-context.js';

const planParams = z.object({ kind: planKindSchema, planId: uuidParam });
const versionsQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

/** The decisions as the viewer shows them: the decision record, and what only a workflow's log still holds. */
const toRecords = (entries: CycleView['decisions'], nameOf: NameOf): DecisionRecord[] => entries.map(({ step, stepName, version, sha256, decidedAt, personId, personName, items }) => ({
  // a record without the person's name gives their id: the page names them from the plans data
  step, stepName, version, sha256, decidedAt, personName: personName === personId ? nameOf(personId) : personName, items,
}));

/**
 * The plan viewer, for every signed-in person: the plan as it stands, its versions and the
 * differences between two of them, and who decided what, when, on which version.
 */
export const planRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const { plans } = web;
  const page = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, title: string, content: Html, status = 200) =>
    sendPage(reply, { status, page: appLayout(frameOf(request, viewer), title, content) });
  const notFound = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer) => {
    const t = webCopy[viewer.language].plans;
    return page(request, reply, viewer, t.notFound, html`<h1>${t.notFound}</h1><p><a href="/plans">${t.all}</a></p>`, 404);
  };

  app.get('/plans', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'Every plan of the person\'s organisation (HTML)' } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const org = viewer.person.organisationCode;
    const [strategic, operational] = await Promise.all([plans.strategicPlans(org), plans.operationalPlans(org)]);
    return page(request, reply, viewer, webCopy[viewer.language].plans.title, plansListContent(viewer.language, strategic ?? [], operational ?? []));
  });

  app.get('/plans/:kind/:planId', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'One plan: its content, versions and decisions (HTML)', params: planParams } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const { kind, planId } = request.params;
    const org = viewer.person.organisationCode;
    const basePath = `/plans/${kind}/${planId}`;
    const [versions, recorded] = await Promise.all([plans.versions(kind, planId), plans.decisions(kind, planId)]);
    const decisionsWith = async (log: CycleView['decisions'] | undefined, actors: Array<string | null>) => {
      const entries = decisionHistory(recorded ?? [], log ?? []);
      const nameOf = await peopleNames(plans, [...actors, ...(versions ?? []).map((v) => v.createdBy), ...entries.map((d) => d.personId)], viewer.language);
      return { decisions: toRecords(entries, nameOf), nameOf };
    };
    /** The entities' names by code: owners are shown by name (an entity the plans service cannot list: its code). */
    const entityNamesOf = async (organisation: string) => Object.fromEntries(((await plans.entities(organisation)) ?? []).map((e) => [e.code, e.name]));
    if (kind === 'strategic') {
      const [plan, authorities, entityNames, lifecycle, figures, chapters] = await Promise.all([
        plans.strategicPlan(planId),
        plans.authorities(org),
        entityNamesOf(org),
        web.cycles.strategicState(org, planId).catch(() => undefined),
        plans.planFigures(planId),
        plans.planChapters(planId),
      ]);
      if (!plan || plan.organisationCode !== org) return notFound(request, reply, viewer);
      const authorityNames = Object.fromEntries((authorities ?? []).map((a) => [a.code, { fr: a.title.fr, nl: a.title.nl }]));
      const { decisions, nameOf } = await decisionsWith(lifecycle?.decisions, [plan.signedBy]);
      const content = strategicPlanView(plan, versions ?? [], decisions, viewer.language, { basePath, authorityNames, entityNames, nameOf }, { figures, chapters });
      return page(request, reply, viewer, dataText(plan.title, viewer.language).text, content);
    }
    const plan = await plans.operationalPlan(planId);
    if (!plan || plan.organisationCode !== org) return notFound(request, reply, viewer);
    const [cycle, entityNames] = await Promise.all([web.cycles.state(org, plan.year).catch(() => undefined), entityNamesOf(org)]);
    const { decisions, nameOf } = await decisionsWith(cycle?.decisions, plan.projects.flatMap((p) => p.history.map((e) => e.requestedBy)));
    const content = operationalPlanView(plan, versions ?? [], decisions, viewer.language, { basePath, entityNames, nameOf });
    // Progress through the year, its charts and the exports come after the plan's own content.
    const progress = await planProgressSection(plans, plan, viewer.language);
    return page(request, reply, viewer, planViewerCopy[viewer.language].operational.title(plan.year), html`${content}${progress}`);
  });

  app.get('/plans/:kind/:planId/compare', { config: web.rules.signedIn,
    schema: { tags: ['pages'], summary: 'What changed between two versions of a plan (HTML)', params: planParams, querystring: versionsQuery },
  }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const { kind, planId } = request.params;
    const { from, to } = request.query;
    const owner = await plans.planOrganisation(kind, planId);
    if (!owner || owner !== viewer.person.organisationCode) return notFound(request, reply, viewer);
    const comparison = await plans.compareVersions(kind, planId, from, to);
    if (!comparison) return notFound(request, reply, viewer);
    const back = html`<p><a href="/plans/${kind}/${planId}">${webCopy[viewer.language].plans.back}</a></p>`;
    const nameOf = await peopleNames(plans, [comparison.from.createdBy, comparison.to.createdBy], viewer.language);
    const title = planViewerCopy[viewer.language].comparison.title(from, to);
    return page(request, reply, viewer, title, html`${versionComparisonView(comparison, viewer.language, nameOf)}${back}`);
  });
};
