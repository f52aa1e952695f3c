import type { OperationalPlan, ProgressOverview } from '@jalon/contracts';
import { insightCopy } from './insight-catalogue.js';
import type { InsightNames } from './insight-names.js';
import { sortedObjectives, updatesByCheckpoint } from './progress-figures.js';

/** One sheet of an export: headings in the reader's language, then rows of plain values. */
export interface ExportSheet<K extends string = string> { key: K; name: string; header: string[]; rows: Array<Array<string | number>> }
export const exportSheetKeys = ['plan', 'progress', 'results'] as const;
export type ExportSheetKey = typeof exportSheetKeys[number];

/**
 * A plan, its progress and its results as three tables, what the CSV and ODS exports write. Dates
 * are ISO (2027-03-31): every spreadsheet reads them whatever its locale. Entities and priorities
 * by name; people are not named (who recorded an update is in the audit log, not in a file that
 * travels), and no e-mail address appears.
 */
export function exportSheets(plan: Pick<OperationalPlan, 'objectives'>, overview: ProgressOverview | undefined, names: InsightNames): Array<ExportSheet<ExportSheetKey>> {
  const t = insightCopy[names.language];
  const c = t.columns;
  const progressOf = new Map((overview?.objectives ?? []).map((o) => [o.code, o]));
  const objectives = [...plan.objectives].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const priorityOf = (code: string) => {
    // Grouped by strategic objective, the plan links no objective to a priority: the column stays empty.
    const p = names.grouping === 'priority' ? progressOf.get(code)?.priorityNumber : undefined;
    return p === undefined ? '' : names.priorityTitle(p);
  };
  const planSheet: ExportSheet<ExportSheetKey> = {
    key: 'plan', name: t.exports.sheets.plan,
    header: [c.code, c.priority, c.strategicObjective, c.statement, c.owner, c.indicator, c.target, c.means, c.deadline],
    rows: objectives.map((o) => [o.code, priorityOf(o.code), o.strategicObjectiveNumber, o.statement, names.entity(o.ownerEntityCode), o.indicator, o.target, o.means, o.deadline]),
  };
  const tracked = overview ? sortedObjectives(overview) : [];
  const progressSheet: ExportSheet<ExportSheetKey> = {
    key: 'progress', name: t.exports.sheets.progress,
    header: [c.code, c.owner, c.checkpoint, c.value, c.status, c.comment, c.droppedReason],
    rows: tracked.flatMap((o) => [
      ...updatesByCheckpoint(o).map((u) => [o.code, names.entity(o.ownerEntityCode), u.checkpoint, u.indicatorValue, t.status[u.status], u.comment, u.droppedReason ?? '']),
      // A checkpoint the entity left unanswered is a row too: what is missing must show in the file.
      ...o.missing.map((m) => [o.code, names.entity(o.ownerEntityCode), m, '', t.status.none, '', '']),
    ].sort((a, b) => String(a[2]).localeCompare(String(b[2])))),
  };
  const resultsSheet: ExportSheet<ExportSheetKey> = {
    key: 'results', name: t.exports.sheets.results,
    header: [c.code, c.statement, c.owner, c.target, c.resultValue, c.resultStatus, c.explanation],
    rows: tracked.map((o) => [o.code, o.statement, names.entity(o.ownerEntityCode), o.target, o.result?.value ?? '', t.yearEndStatus[o.result?.status ?? 'none'], o.result?.explanation ?? '']),
  };
  return [planSheet, progressSheet, resultsSheet];
}
