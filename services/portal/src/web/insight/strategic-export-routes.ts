import { uuidParam } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dataText } from '../../ui/data-text.js';
import { signedIn } from '../guards.js';
import { notFoundPage } from '../not-found-page.js';
import type { WebContext } from '../web-context.js';
import { toCsv } from './csv.js';
import { asciiName, download } from './downloads.js';
import { ODS_MEDIA_TYPE, toOds } from './ods.js';
import { strategicExportCopy } from './strategic-export-catalogue.js';
import { strategicExportSheets, strategicSheetKeys } from './strategic-export.js';

const planParams = z.object({ planId: uuidParam });
const sheetQuery = z.object({ sheet: z.enum(strategicSheetKeys).default('objectives') });

/**
 * A strategic plan's exports (issue 16, part 6): its objectives and its staff (7.1) and budget (7.2)
 * figures as one OpenDocument spreadsheet or one CSV per table. Read by the organisation's people,
 * as they read the plan page; nobody outside it (an unknown or foreign plan is "not found").
 */
export const strategicExportRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  const { plans } = web;

  async function exportOf(request: Parameters<typeof signedIn>[1], reply: Parameters<typeof signedIn>[2], planId: string) {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return undefined;
    const plan = await plans.strategicPlan(planId);
    if (!plan || plan.organisationCode !== viewer.person.organisationCode) {
      notFoundPage(request, reply);
      return undefined;
    }
    const [figures, entities] = await Promise.all([plans.planFigures(planId), plans.entities(plan.organisationCode)]);
    const names = new Map((entities ?? []).map((e) => [e.code, dataText(e.name, viewer.language).text]));
    const sheets = strategicExportSheets(plan, figures, (code) => names.get(code) ?? code, viewer.language);
    return { sheets, fileName: `${strategicExportCopy[viewer.language].fileName}-${plan.period.from}-${plan.period.to}` };
  }

  app.get('/plans/strategic/:planId/export.ods', { config: web.rules.signedIn,
    schema: { tags: ['pages'], summary: 'A strategic plan, its staff (7.1) and budget (7.2) figures as an OpenDocument spreadsheet', params: planParams },
  }, async (request, reply) => {
    const found = await exportOf(request, reply, request.params.planId);
    if (!found) return reply;
    return download(reply, `${found.fileName}.ods`, ODS_MEDIA_TYPE, toOds(found.sheets));
  });

  app.get('/plans/strategic/:planId/export.csv', { config: web.rules.signedIn,
    schema: { tags: ['pages'], summary: 'One table of a strategic plan (objectives, staff or budget) as CSV', params: planParams, querystring: sheetQuery },
  }, async (request, reply) => {
    const found = await exportOf(request, reply, request.params.planId);
    if (!found) return reply;
    const sheet = found.sheets.find((s) => s.key === request.query.sheet)!;
    return download(reply, `${found.fileName}-${asciiName(sheet.name)}.csv`, 'text/csv; charset=utf-8', toCsv(sheet));
  });
};
