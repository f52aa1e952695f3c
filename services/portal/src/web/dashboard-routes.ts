import { brusselsDateOf, budgetAdoptionProblem } from '@jalon/domain';
import type { HttpError } from '@jalon/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { plansUnavailable } from '../plans-reader.js';
import { appLayout } from '../ui/app-layout.js';
import { formatDue } from '../ui/catalogue.js';
import { dataText } from '../ui/data-text.js';
import type { PageText } from '../ui/page-language.js';
import { refusalMessage, shownNextToForm } from '../ui/refusal-catalogue.js';
import { sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { dashboardContent, type DashboardData } from './dashboard-page.js';
import { dashboardProgress } from './insight/dashboard-progress.js';
import { frameOf, presidentOffice, sessionFormOk } from './guards.js';
import type { Viewer } from './viewer.js';
import type { WebContext } from './web-context.js';

const what: PageText = { fr: 'voir le tableau de bord ni lancer un cycle', nl: 'het overzicht te bekijken of een cyclus te starten', de: 'die Übersicht anzusehen oder einen Zyklus zu starten' };
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const noticeQuery = z.object({
  launched: z.coerce.number().optional(), existing: z.coerce.number().optional(), budget: z.coerce.number().optional(), closed: z.coerce.number().optional(),
  lifecycle: z.enum(['started', 'existing']).optional(),
});
const launchForm = z.object({ csrf: z.string().optional(), year: z.string().optional() }).default({});
const budgetForm = z.object({ csrf: z.string().optional(), adoptedOn: z.string().optional() }).default({});
const csrfForm = z.object({ csrf: z.string().optional() }).default({});
const planParams = z.object({ plan: z.string().min(1).max(100) });

/** The President's office's dashboard, with its actions: launch a year, record the budget adoption, close the drafting. */
export const dashboardRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  async function render(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, extra: Pick<DashboardData, 'notice' | 'error'> = {}) {
    const org = viewer.person.organisationCode;
    // The dashboard is nothing without the plans: it says the service does not answer rather than show none.
    const [strategicPlans, operationalPlans, organisation] = await Promise.all([web.plans.strategicPlans(org), web.plans.operationalPlans(org), web.plans.organisation(org)]);
    if (!strategicPlans || !operationalPlans || !organisation) throw plansUnavailable();
    const consolidator = dataText(organisation.settings.consolidatorName, viewer.language).text;
    const strategic = await Promise.all(strategicPlans.map(async (plan) => {
      const lifecycle = await web.cycles.strategicState(org, plan.id).catch(() => undefined);
      return { plan, stage: lifecycle?.stage, changesRequested: (lifecycle?.changesRequested ?? []).length > 0, holders: lifecycle?.holders.map((h) => h.name) ?? [] };
    }));
    const cycles = await Promise.all(operationalPlans.map(async (p) => ({
      year: p.year, operationalPlanId: p.id, status: p.status, cycle: await web.cycles.state(org, p.year).catch(() => undefined),
    })));
    const progress = await dashboardProgress(web.plans, operationalPlans, viewer.language);
    const data: DashboardData = { strategic, cycles, progress, nextYear: Number(brusselsDateOf(new Date()).slice(0, 4)) + 1, csrf: viewer.csrf, consolidator, ...extra };
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), webCopy[viewer.language].dashboard.title(consolidator), dashboardContent(viewer.language, data)) });
  }

  /** A 503 shown on the page rather than thrown to the error handler: the operators still see the outage in the log. */
  function unavailableLogged(request: FastifyRequest, error: HttpError) {
    if (error.statusCode >= 500) request.log.warn({ err: error }, 'the cycles\' engine did not take a request sent from the dashboard');
  }

  /** A change the cycle refused (a 4xx), or could not take now (503), is shown on the dashboard, next to the field it concerns. */
  async function refusedOr(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, field: string, act: () => Promise<unknown>) {
    try {
      return await act();
    } catch (error) {
      // The refusal's code, said in the reader's language: never the API's English sentence.
      if (!shownNextToForm(error)) throw error;
      unavailableLogged(request, error);
      return render(request, reply, viewer, error.statusCode, { error: { field, message: refusalMessage(error, viewer.language) } });
    }
  }

  app.get('/dashboard', { config: web.rules.holding(['president_office'], what), schema: { tags: ['pages'], summary: 'The President\'s office\'s dashboard (HTML)', querystring: noticeQuery } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    const q = request.query;
    const t = webCopy[viewer.language].dashboard;
    let notice: string | undefined;
    if (q.launched) notice = t.launched(q.launched);
    if (q.existing) notice = t.alreadyRunning(q.existing);
    if (q.closed) notice = t.draftingClosed(q.closed);
    if (q.lifecycle) notice = q.lifecycle === 'started' ? t.lifecycleStarted : t.lifecycleRunning;
    if (q.budget) {
      const cycle = await web.cycles.state(viewer.person.organisationCode, q.budget).catch(() => undefined);
      if (cycle?.budget.dueDate) notice = t.budgetRecorded(q.budget, formatDue(cycle.budget.dueDate, viewer.language));
    }
    return render(request, reply, viewer, 200, { notice });
  });

  app.post('/dashboard/cycles', { config: web.rules.holding(['president_office'], what), schema: { tags: ['pages'], summary: 'Launch a year\'s cycle from the dashboard (form)', body: launchForm } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const year = Number(request.body.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      return render(request, reply, viewer, 400, { error: { field: 'launch-year', message: `${webCopy[viewer.language].dashboard.launchYear}: 2000–2100` } });
    }
    return refusedOr(request, reply, viewer, 'launch-year', async () => {
      const { created } = await web.cycles.launch(viewer.person.organisationCode, year);
      request.log.info({ year, created, by: viewer.person.id }, 'cycle launched from the dashboard');
      return reply.redirect(`/dashboard?${created ? 'launched' : 'existing'}=${year}`, 303);
    });
  });

  app.post('/dashboard/strategic-plans/:plan/lifecycle', { config: web.rules.holding(['president_office'], what),
    schema: { tags: ['pages'], summary: 'Start a draft strategic plan\'s lifecycle from the dashboard (form)', params: planParams, body: csrfForm },
  }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { plan } = request.params;
    try {
      const { created } = await web.strategicStart.start(viewer.person.organisationCode, plan, viewer.person.id);
      request.log.info({ planId: plan, created, by: viewer.person.id }, 'strategic plan lifecycle started from the dashboard');
      return reply.redirect(`/dashboard?lifecycle=${created ? 'started' : 'existing'}`, 303);
    } catch (error) {
      if (!shownNextToForm(error)) throw error;
      unavailableLogged(request, error);
      return render(request, reply, viewer, error.statusCode, { error: { field: `lifecycle-${plan}`, message: refusalMessage(error, viewer.language) } });
    }
  });

  app.post('/dashboard/cycles/:year/close-drafting', { config: web.rules.holding(['president_office'], what),
    schema: { tags: ['pages'], summary: 'Close the drafting from the dashboard (form)', params: yearParams, body: csrfForm },
  }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { year } = request.params;
    return refusedOr(request, reply, viewer, 'launch-year', async () => {
      await web.cycles.closeDrafting(viewer.person.organisationCode, year, viewer.person.id);
      return reply.redirect(`/dashboard?closed=${year}`, 303);
    });
  });

  app.post('/dashboard/cycles/:year/budget-adoption', { config: web.rules.holding(['president_office'], what),
    schema: { tags: ['pages'], summary: 'Record the budget adoption from the dashboard (form)', params: yearParams, body: budgetForm },
  }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const { year } = request.params;
    const adoptedOn = request.body.adoptedOn ?? '';
    const field = `adopted-${year}`;
    // The API's limits (budgetAdoptionProblem), said in the person's language.
    if (!z.iso.date().safeParse(adoptedOn).success || budgetAdoptionProblem(adoptedOn, year, brusselsDateOf(new Date()))) {
      return render(request, reply, viewer, 400, { error: { field, message: `${webCopy[viewer.language].dashboard.budgetDate}: ${webCopy[viewer.language].fix}` } });
    }
    return refusedOr(request, reply, viewer, field, async () => {
      await web.cycles.recordBudgetAdoption(viewer.person.organisationCode, year, { personId: viewer.person.id, adoptedOn });
      return reply.redirect(`/dashboard?budget=${year}`, 303);
    });
  });
};
