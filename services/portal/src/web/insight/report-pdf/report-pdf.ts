import { renderPdfAside } from '@jalon/documents';
import type { PlansReader } from '../../../plans-reader.js';
import { planViewerCopy } from '../../../ui/plan-viewer-catalogue.js';
import { insightCopy } from '../insight-catalogue.js';
import type { InsightData } from '../insight-data.js';
import { lateUpdatesSvg, statusPerPrioritySvg } from '../progress-charts.js';
import { reportDocument, type ReportDocumentInput } from './report-document.js';

/**
 * The moment a report's figures stand at: the latest update or result recorded in it, or the latest
 * checkpoint already asked for (a missing update is a figure too). It is derived from the data and
 * never from the clock, so the same data always gives the same document, byte for byte; a report
 * with nothing recorded yet stands at the start of its year.
 */
export function reportAsOf(overview: ReportDocumentInput['overview']): string {
  const moments = [
    `${overview.year}-01-01T00:00:00.000Z`,
    ...overview.objectives.flatMap((o) => [...o.updates.map((u) => u.recordedAt), ...(o.result ? [o.result.recordedAt] : [])]),
    // a calendar date read at noon UTC, as the pages read one, so no time zone shifts its day
    ...overview.checkpoints.filter((c) => c.state !== 'upcoming').map((c) => `${c.date}T12:00:00.000Z`),
  ];
  return new Date(Math.max(...moments.map((m) => Date.parse(m)))).toISOString();
}

/** The year-end report (the organisation's or one entity's) as PDF bytes, in the reader's language. */
export async function reportPdf(input: Omit<ReportDocumentInput, 'asOf' | 'charts'>): Promise<Buffer> {
  const { overview, names } = input;
  const asOf = reportAsOf(overview);
  const [status, late] = overview.objectives.length === 0 ? ['', undefined] : await Promise.all([
    statusPerPrioritySvg(overview, names, 'report-pdf'),
    // narrower bars than on the page: the entities' long names then stay readable once fitted to A4
    lateUpdatesSvg(overview, names, 'report-pdf', 200),
  ]);
  const body = reportDocument({ ...input, asOf, charts: { status: String(status), late: late === undefined ? undefined : String(late) } });
  const t = insightCopy[names.language].report;
  const title = input.entityCode === undefined ? t.title(input.year) : t.entityTitle(input.year, names.entity(input.entityCode));
  return renderPdfAside(body, { title, subject: t.intro, author: input.organisationName, language: planViewerCopy[names.language].locale, fixedAt: new Date(asOf) });
}

/**
 * The report of the data the report page shows (the organisation's, or already scoped to one
 * entity), the organisation named as it names itself in the reader's language.
 */
export async function reportPdfOf(plans: PlansReader, data: InsightData, year: number, entityCode?: string): Promise<Buffer> {
  const { plan, names } = data;
  const organisation = await plans.organisation(plan.organisationCode);
  const organisationName = organisation ? organisation.name[names.language] ?? organisation.name.fr : plan.organisationCode;
  const overview = data.overview ?? { planId: plan.id, organisationCode: plan.organisationCode, year, checkpoints: [], objectives: [] };
  return reportPdf({ overview, names, organisationName, year, entityCode });
}
