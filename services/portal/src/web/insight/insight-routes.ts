import { uuidParam } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { html } from '../../ui/html.js';
import { sendPage } from '../../ui/serve-pages.js';
import { webCopy } from '../../ui/web-catalogue.js';
import { frameOf, signedIn } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { toCsv } from './csv.js';
import { asciiName, download } from './downloads.js';
import { exportSheetKeys, exportSheets } from './export-table.js';
import { insightCopy } from './insight-catalogue.js';
import { entityScope, insightData, operationalPlanOfYear, type InsightData } from './insight-data.js';
import { ODS_MEDIA_TYPE, toOds } from './ods.js';
import { reportContent } from './report-page.js';
import { reportPdfOf } from './report-pdf/report-pdf.js';

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const entityParams = yearParams.extend({ entity: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/) });
const planParams = z.object({ planId: uuidParam });
const sheetQuery = z.object({ sheet: z.enum(exportSheetKeys).default('plan') });

/**
 * The year-end reports (/reports/:year for the organisation, /reports/:year/:entity for one entity)
 * and the exports of a plan, its progress and its results (CSV, ODS). Every signed-in person of the
 * organisation reads them, as they read its plans; nobody outside it does.
 */
export const insightRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const { plans } = web;
  const notFound = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer) => {
    const t = insightCopy[viewer.language].report;
    return sendPage(reply, { status: 404, page: appLayout(frameOf(request, viewer), t.notFound, html`<h1>${t.notFound}</h1><p><a href="/plans">${webCopy[viewer.language].plans.all}</a></p>`) });
  };

  /** The viewer's organisation's plan of the year, with its progress and names; or the 404 page sent. */
  async function reportData(request: FastifyRequest, reply: FastifyReply, year: number, entity?: string) {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return undefined;
    const plan = await operationalPlanOfYear(plans, viewer.person.organisationCode, year);
    const data = plan && await insightData(plans, plan, viewer.language);
    // An entity of the organisation without objectives this year has an empty report; an unknown one has none.
    if (!data || (entity !== undefined && !data.names.hasEntity(entity))) {
      notFound(request, reply, viewer);
      return undefined;
    }
    return { viewer, data: entity === undefined ? data : entityScope(data, entity) };
  }

  const reportPage = async (request: FastifyRequest, reply: FastifyReply, found: { viewer: Viewer; data: InsightData }, year: number, entity?: string) => {
    const { viewer, data } = found;
    const basePath = entity === undefined ? `/reports/${year}` : `/reports/${year}/${encodeURIComponent(entity)}`;
    const overview = data.overview ?? { planId: data.plan.id, organisationCode: data.plan.organisationCode, year, checkpoints: [], objectives: [] };
    const t = insightCopy[viewer.language].report;
    const title = entity === undefined ? t.title(year) : t.entityTitle(year, data.names.entity(entity));
    return sendPage(reply, { status: 200, page: appLayout(frameOf(request, viewer), title, await reportContent(overview, data.names, { year, entityCode: entity, basePath })) });
  };
  const reportFile = (year: number, language: Viewer['language'], entity?: string) => `${insightCopy[language].fileNames.report}-${year}${entity ? `-${entity}` : ''}`;

  app.get('/reports/:year', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'The organisation\'s year-end report: results, progress and charts (HTML)', params: yearParams } }, async (request, reply) => {
    const found = await reportData(request, reply, request.params.year);
    return found ? reportPage(request, reply, found, request.params.year) : reply;
  });

  app.get('/reports/:year/:entity', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'One entity\'s year-end report (HTML)', params: entityParams } }, async (request, reply) => {
    const { year, entity } = request.params;
    const found = await reportData(request, reply, year, entity);
    return found ? reportPage(request, reply, found, year, entity) : reply;
  });

  const reportDocument = async (reply: FastifyReply, found: { viewer: Viewer; data: InsightData }, year: number, entity?: string) =>
    download(reply, `${reportFile(year, found.viewer.language, entity)}.pdf`, 'application/pdf', await reportPdfOf(plans, found.data, year, entity));

  app.get('/reports/:year/report.pdf', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'The organisation\'s year-end report as a PDF document', params: yearParams } }, async (request, reply) => {
    const found = await reportData(request, reply, request.params.year);
    return found ? reportDocument(reply, found, request.params.year) : reply;
  });

  app.get('/reports/:year/:entity/report.pdf', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'One entity\'s year-end report as a PDF document', params: entityParams } }, async (request, reply) => {
    const { year, entity } = request.params;
    const found = await reportData(request, reply, year, entity);
    return found ? reportDocument(reply, found, year, entity) : reply;
  });

  app.get('/reports/:year/export.ods', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'The organisation\'s year-end report as an OpenDocument spreadsheet', params: yearParams } }, async (request, reply) => {
    const found = await reportData(request, reply, request.params.year);
    if (!found) return reply;
    return download(reply, `${reportFile(request.params.year, found.viewer.language)}.ods`, ODS_MEDIA_TYPE, toOds(exportSheets(found.data.plan, found.data.overview, found.data.names)));
  });

  app.get('/reports/:year/export.csv', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'The organisation\'s year-end results as CSV', params: yearParams } }, async (request, reply) => {
    const found = await reportData(request, reply, request.params.year);
    if (!found) return reply;
    const results = exportSheets(found.data.plan, found.data.overview, found.data.names).find((s) => s.key === 'results')!;
    return download(reply, `${reportFile(request.params.year, found.viewer.language)}.csv`, 'text/csv; charset=utf-8', toCsv(results));
  });

  app.get('/reports/:year/:entity/export.ods', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'One entity\'s year-end report as an OpenDocument spreadsheet', params: entityParams } }, async (request, reply) => {
    const { year, entity } = request.params;
    const found = await reportData(request, reply, year, entity);
    if (!found) return reply;
    return download(reply, `${reportFile(year, found.viewer.language, entity)}.ods`, ODS_MEDIA_TYPE, toOds(exportSheets(found.data.plan, found.data.overview, found.data.names)));
  });

  app.get('/reports/:year/:entity/export.csv', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'One entity\'s year-end results as CSV', params: entityParams } }, async (request, reply) => {
    const { year, entity } = request.params;
    const found = await reportData(request, reply, year, entity);
    if (!found) return reply;
    const results = exportSheets(found.data.plan, found.data.overview, found.data.names).find((s) => s.key === 'results')!;
    return download(reply, `${reportFile(year, found.viewer.language, entity)}.csv`, 'text/csv; charset=utf-8', toCsv(results));
  });

  /** A plan of the viewer's organisation, or the 404 page sent. */
  async function planData(request: FastifyRequest, reply: FastifyReply, planId: string) {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return undefined;
    const plan = await plans.operationalPlan(planId);
    if (!plan || plan.organisationCode !== viewer.person.organisationCode) {
      notFound(request, reply, viewer);
      return undefined;
    }
    return { viewer, data: await insightData(plans, plan, viewer.language) };
  }

  app.get('/plans/operational/:planId/export.ods', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'An operational plan, its progress and its results as an OpenDocument spreadsheet', params: planParams } }, async (request, reply) => {
    const found = await planData(request, reply, request.params.planId);
    if (!found) return reply;
    const { viewer, data } = found;
    return download(reply, `${insightCopy[viewer.language].fileNames.plan}-${data.plan.year}.ods`, ODS_MEDIA_TYPE, toOds(exportSheets(data.plan, data.overview, data.names)));
  });

  app.get('/plans/operational/:planId/export.csv', { config: web.rules.signedIn,
    schema: { tags: ['pages'], summary: 'One table of an operational plan (plan, progress or results) as CSV', params: planParams, querystring: sheetQuery },
  }, async (request, reply) => {
    const found = await planData(request, reply, request.params.planId);
    if (!found) return reply;
    const { viewer, data } = found;
    const sheet = exportSheets(data.plan, data.overview, data.names).find((s) => s.key === request.query.sheet)!;
    return download(reply, `${insightCopy[viewer.language].fileNames.plan}-${data.plan.year}-${asciiName(sheet.name)}.csv`, 'text/csv; charset=utf-8', toCsv(sheet));
  });
};
