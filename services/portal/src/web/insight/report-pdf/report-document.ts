import type { ProgressOverview } from '@jalon/contracts';
import type { Content, DocumentBody, TableCell, tableLayouts } from '@jalon/documents';
import { brusselsDateOf } from '@jalon/domain';
import { formatDate } from '../../plan-viewer/format.js';
import { insightCopy, type ShownStatus, type ShownYearEndStatus } from '../insight-catalogue.js';
import type { InsightNames } from '../insight-names.js';
import {
  checkpointCells, lateUpdatesPerEntity, objectivesByPriority, shownYearEndStatus, STATUS_ORDER, statusCounts,
  yearEndStatusCounts, YEAR_END_STATUS_ORDER, type ProgressObjective,
} from '../progress-figures.js';
import { reportDocumentCopy } from './report-document-catalogue.js';
import { progressSymbol, yearEndSymbol } from './status-symbols.js';

/** What the year-end report's document shows: the same figures as the report page, laid out for a committee. */
export interface ReportDocumentInput {
  overview: ProgressOverview;
  names: InsightNames;
  organisationName: string;
  year: number;
  /** the entity whose report this is; undefined for the whole organisation's */
  entityCode?: string | undefined;
  /** the moment the report's figures stand at (an ISO instant): shown on its first page */
  asOf: string;
  /** the report page's charts as SVG (status per priority; late updates, when any is owed) */
  charts: { status: string; late: string | undefined };
}

/** The full width between the margins of an A4 page, in points (595 − 2 × 56). */
const TEXT_WIDTH = 483;

const header = (text: string): TableCell => ({ text, style: 'tableHeader' });
/** A column of figures: its heading aligned with them. */
const figureHeader = (text: string): TableCell => ({ text, style: 'tableHeader', alignment: 'right' });
const cell = (text: string): TableCell => ({ text, style: 'tableCell' });

/** A status as a symbol and its word: the symbol's shape, not its colour, tells the statuses apart. */
const withSymbol = (svg: string, word: string): TableCell => ({
  columns: [{ svg, width: 8, height: 8, margin: [0, 1.5, 0, 0] }, { text: word, style: 'tableCell', width: '*' }],
  columnGap: 4,
});
const progressCell = (status: ShownStatus, names: InsightNames) => withSymbol(progressSymbol(status), insightCopy[names.language].status[status]);
const yearEndCell = (status: ShownYearEndStatus, names: InsightNames) => withSymbol(yearEndSymbol(status), insightCopy[names.language].yearEndStatus[status]);

const table = (widths: Array<number | string>, head: TableCell[], body: TableCell[][]): Content => ({
  table: { headerRows: 1, widths, dontBreakRows: true, body: [head, ...body] },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 8],
});

function titleBlock(input: ReportDocumentInput): Content[] {
  const { names, year, entityCode } = input;
  const t = insightCopy[names.language].report;
  const d = reportDocumentCopy[names.language];
  return [
    { text: input.organisationName, fontSize: 12, color: '#444444', margin: [0, 40, 0, 6] },
    { text: entityCode === undefined ? t.title(year) : t.entityTitle(year, names.entity(entityCode)), fontSize: 24, bold: true, color: '#1d3557', margin: [0, 0, 0, 6] },
    { text: d.operationalPlan(year), fontSize: 13, margin: [0, 0, 0, 2] },
    { text: d.asOf(formatDate(brusselsDateOf(new Date(input.asOf)), names.language)), fontSize: 11, margin: [0, 0, 0, 14] },
    { text: t.intro, margin: [0, 0, 0, 6] },
  ];
}

/** Counts per status (year-end and latest update), late updates per entity, the symbols' legend and the charts. */
function summary(input: ReportDocumentInput): Content[] {
  const { overview, names } = input;
  const t = insightCopy[names.language];
  const d = reportDocumentCopy[names.language];
  const yearEnd = yearEndStatusCounts(overview);
  const latest = statusCounts(overview);
  const late = lateUpdatesPerEntity(overview);
  return [
    { text: d.summaryHeading, style: 'h1' },
    { text: d.yearEndCountsCaption, style: 'h3' },
    table(['*', 60], [header(d.yearEndStatus), figureHeader(d.count)], YEAR_END_STATUS_ORDER.map((s) => [yearEndCell(s, names), { text: String(yearEnd[s]), style: 'tableCell', alignment: 'right' }])),
    { text: d.progressCountsCaption, style: 'h3' },
    table(['*', 60], [header(d.progressStatus), figureHeader(d.count)], STATUS_ORDER.map((s) => [progressCell(s, names), { text: String(latest[s]), style: 'tableCell', alignment: 'right' }])),
    { text: t.lateChart.caption, style: 'h3' },
    late.every((r) => r.missing === 0) ? { text: t.lateChart.none, margin: [0, 0, 0, 8] } : table(['*', 80, 60], [header(t.columns.owner), figureHeader(t.columns.lateUpdates), figureHeader(t.columns.objectives)],
      late.map((r) => [cell(names.entity(r.entityCode)), { text: String(r.missing), style: 'tableCell', alignment: 'right' }, { text: String(r.objectives), style: 'tableCell', alignment: 'right' }])),
    {
      // the legend stays whole, its heading with it
      unbreakable: true,
      stack: [
        { text: d.legendHeading, style: 'h3' },
        { text: d.legendIntro, style: 'small', margin: [0, 0, 0, 4] },
        {
          columns: [
            { width: '*', stack: [{ text: d.yearEndStatus, style: 'tableHeader', margin: [0, 0, 0, 3] }, ...YEAR_END_STATUS_ORDER.map((s) => ({ ...yearEndCell(s, names) as object, margin: [0, 0, 0, 2] }) as Content)] },
            { width: '*', stack: [{ text: d.progressStatus, style: 'tableHeader', margin: [0, 0, 0, 3] }, ...STATUS_ORDER.map((s) => ({ ...progressCell(s, names) as object, margin: [0, 0, 0, 2] }) as Content)] },
          ],
          columnGap: 16,
        },
      ],
    },
    { text: t.report.chartsHeading, style: 'h1' },
    // each chart with its title, on one page
    { unbreakable: true, stack: [{ text: input.names.groupWords.statusChart.title, style: 'h3' }, { svg: input.charts.status, fit: [TEXT_WIDTH, 300], margin: [0, 4, 0, 12] }] },
    { unbreakable: true, stack: [{ text: t.lateChart.title, style: 'h3' }, input.charts.late === undefined ? { text: t.lateChart.none } : { svg: input.charts.late, fit: [TEXT_WIDTH, 300], margin: [0, 4, 0, 12] }] },
  ];
}

/** One objective: its owner, indicator, target and year-end result, then its value and status at each checkpoint. */
function objectiveBlock(input: ReportDocumentInput, objective: ProgressObjective, priorityHeading: Content[]): Content {
  const { overview, names } = input;
  const t = insightCopy[names.language];
  const c = t.columns;
  const d = reportDocumentCopy[names.language];
  const key = (text: string): TableCell => ({ text, style: 'factKey', fillColor: '#f3f5f8' });
  const facts: TableCell[][] = [
    [key(c.owner), cell(names.entity(objective.ownerEntityCode))],
    [key(c.indicator), cell(objective.indicator)],
    [key(c.target), cell(objective.target)],
    [key(c.resultValue), cell(objective.result?.value ?? t.none)],
    [key(c.resultStatus), yearEndCell(shownYearEndStatus(objective), names)],
    [key(c.explanation), cell(objective.result?.explanation ?? t.none)],
  ];
  const checkpoints = checkpointCells(overview, objective).map(({ date, update, missing }): TableCell[] => [
    cell(formatDate(date, names.language)),
    cell(update?.indicatorValue ?? t.none),
    update ? progressCell(update.status, names) : missing ? progressCell('none', names) : cell(t.none),
  ]);
  return {
    // An objective is read as one: it moves to the next page rather than split, when it fits on one.
    unbreakable: true,
    stack: [
      ...priorityHeading,
      { text: `${objective.code} — ${objective.statement}`, style: 'h3' },
      { table: { widths: [130, '*'], dontBreakRows: true, body: facts }, layout: 'facts' satisfies keyof typeof tableLayouts, margin: [0, 2, 0, 6] },
      ...(checkpoints.length === 0 ? [] : [table([130, '*', 150], [header(c.checkpoint), header(c.value), header(c.status)], checkpoints)]),
    ],
    margin: [0, 0, 0, 6],
  };
}

/**
 * The year-end report as a document a committee reads: a first page naming the organisation, the
 * year, the entity and the moment the figures stand at, with the summary; the charts; then, per
 * strategic priority, each objective with its result and its progress at every checkpoint.
 */
export function reportDocument(input: ReportDocumentInput): DocumentBody {
  const { overview, names, year, entityCode } = input;
  const t = insightCopy[names.language];
  const d = reportDocumentCopy[names.language];
  const title = entityCode === undefined ? t.report.title(year) : t.report.entityTitle(year, names.entity(entityCode));
  // A priority's heading travels with its first objective, so no heading is left alone at a page's foot.
  const detail: Content[] = objectivesByPriority(overview).flatMap(({ priority, objectives }, index) => [
    ...(index === 0 ? [{ text: d.detailHeading, style: 'h1', pageBreak: 'before' as const }] : []),
    ...objectives.map((o, i) => objectiveBlock(input, o, i === 0 ? [{ text: names.priorityTitle(priority), style: 'h2' }] : [])),
  ]);
  const content: Content[] = overview.objectives.length === 0
    ? [...titleBlock(input), { text: t.noProgress }]
    : [...titleBlock(input), ...summary(input), ...detail];
  return { content, footerTitle: `${input.organisationName} — ${title}`, pageLabel: d.page, styles: { factKey: { bold: true, fontSize: 8 } } };
}
