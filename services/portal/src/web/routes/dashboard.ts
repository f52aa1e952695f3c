import { operationalPlanSummarySchema, strategicPlanSummarySchema } from '@jalon/contracts';
import { brusselsDateOf } from '@jalon/domain';
import { HttpError } from '@jalon/service-kit';
import { closeDrafting, recordBudgetAdoption } from '@jalon/workflows';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { formatDue } from '../../pages/i18n.js';
import { dashboardContent, type DashboardData } from '../pages/dashboard-page.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { appLayout } from '../web-layout.js';
import { webCopy } from '../web-copy.js';
import { frameOf, presidentOffice, sessionFormOk } from './guards.js';

const what = { fr: 'voir le tableau de bord ni lancer un cycle', nl: 'het overzicht te bekijken of een cyclus te starten' };

/** The President's office's dashboard, with its two actions: launch a year, record the budget adoption. */
export const dashboardRoutes: FastifyPluginAsync<{ web: WebContext }> = async (app, { web }) => {
  const getJson = async <T extends z.ZodType>(path: string, schema: T): Promise<z.output<T>> => {
    const response = await fetch(`${web.plansUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new HttpError(503, 'The plan data service does not answer; try again in a moment.');
    return schema.parse(await response.json());
  };

  async function render(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, extra: Pick<DashboardData, 'notice' | 'error'> = {}) {
    const org = viewer.person.organisationCode;
    const [strategicPage, operationalPage] = await Promise.all([
      getJson(`/organisations/${org}/strategic-plans?limit=100`, z.object({ items: z.array(strategicPlanSummarySchema) })),
      getJson(`/organisations/${org}/operational-plans?limit=100`, z.object({ items: z.array(operationalPlanSummarySchema) })),
    ]);
    const strategic = await Promise.all(strategicPage.items.map(async (plan) => {
      const lifecycle = await web.cycles.strategicView(org, plan.id).catch(() => undefined);
      return { plan, stage: lifecycle?.stage, holders: lifecycle?.holders.map((h) => h.name) ?? [] };
    }));
    const cycles = await Promise.all(operationalPage.items.map(async (p) => ({
      year: p.year, operationalPlanId: p.id, status: p.status, cycle: await web.cycles.view(org, p.year).catch(() => undefined),
    })));
    const data: DashboardData = { strategic, cycles, nextYear: Number(brusselsDateOf(new Date()).slice(0, 4)) + 1, csrf: viewer.csrf, ...extra };
    return web.page(reply, status, appLayout(frameOf(request, viewer), webCopy[viewer.language].dashboard.title, dashboardContent(viewer.language, data)));
  }

  app.get('/dashboard', {
    schema: { tags: ['pages'], summary: 'The President\'s office\'s dashboard (HTML)', querystring: z.object({ launched: z.coerce.number().optional(), existing: z.coerce.number().optional(), budget: z.coerce.number().optional(), closed: z.coerce.number().optional() }) },
  }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const q = request.query as { launched?: number; existing?: number; budget?: number; closed?: number };
    const t = webCopy[viewer.language].dashboard;
    let notice: string | undefined;
    if (q.launched) notice = t.launched(q.launched);
    if (q.existing) notice = t.alreadyRunning(q.existing);
    if (q.closed) notice = t.draftingClosed(q.closed);
    if (q.budget) {
      const cycle = await web.cycles.view(viewer.person.organisationCode, q.budget).catch(() => undefined);
      if (cycle?.budget.dueDate) notice = t.budgetRecorded(q.budget, formatDue(cycle.budget.dueDate, viewer.language));
    }
    return render(request, reply, viewer, 200, { notice });
  });

  app.post('/dashboard/cycles', { schema: { tags: ['pages'], summary: 'Launch a year\'s cycle from the dashboard (form)' } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer)) return reply;
    const year = Number((request.body as { year?: string }).year);
    const t = webCopy[viewer.language];
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      return render(request, reply, viewer, 400, { error: { field: 'launch-year', message: `${t.dashboard.launchYear}: 2000–2100` } });
    }
    try {
      const { created } = await web.cycles.launch(viewer.person.organisationCode, year);
      request.log.info({ year, created, by: viewer.person.id }, 'cycle launched from the dashboard');
      return reply.redirect(`/dashboard?${created ? 'launched' : 'existing'}=${year}`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode < 500) return render(request, reply, viewer, error.statusCode, { error: { field: 'launch-year', message: error.message } });
      throw error;
    }
  });

  app.post('/dashboard/cycles/:year/close-drafting', {
    schema: { tags: ['pages'], summary: 'Close the drafting from the dashboard (form)', params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer)) return reply;
    const { year } = request.params as { year: number };
    try {
      await web.cycles.update(viewer.person.organisationCode, year, (h) => h.executeUpdate(closeDrafting, { args: [{ personId: viewer.person.id }] }));
      return reply.redirect(`/dashboard?closed=${year}`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode < 500) return render(request, reply, viewer, error.statusCode, { error: { field: 'launch-year', message: error.message } });
      throw error;
    }
  });

  app.post('/dashboard/cycles/:year/budget-adoption', {
    schema: { tags: ['pages'], summary: 'Record the budget adoption from the dashboard (form)', params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer)) return reply;
    const { year } = request.params as { year: number };
    const adoptedOn = (request.body as { adoptedOn?: string }).adoptedOn ?? '';
    const field = `adopted-${year}`;
    if (!z.iso.date().safeParse(adoptedOn).success) {
      return render(request, reply, viewer, 400, { error: { field, message: `${webCopy[viewer.language].dashboard.budgetDate}: ${webCopy[viewer.language].fix}` } });
    }
    try {
      await web.cycles.update(viewer.person.organisationCode, year, (h) => h.executeUpdate(recordBudgetAdoption, { args: [{ personId: viewer.person.id, adoptedOn }] }));
      return reply.redirect(`/dashboard?budget=${year}`, 303);
    } catch (error) {
      if (error instanceof HttpError && error.statusCode < 500) return render(request, reply, viewer, error.statusCode, { error: { field, message: error.message } });
      throw error;
    }
  });
};
