import type { PlanFigures, StrategicPlan } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import { figuresCopy } from '../plan-viewer/figures-catalogue.js';
import type { ExportSheet } from './export-table.js';
import { strategicExportCopy } from './strategic-export-catalogue.js';

export const strategicSheetKeys = ['objectives', 'staff', 'budget'] as const;
export type StrategicSheetKey = typeof strategicSheetKeys[number];

/** An exact decimal of the plan ("1008.11") as the number a spreadsheet sums. */
const decimal = (text: string) => Number(text);

/**
 * A strategic plan as three tables: its objectives with their owners and ambitions, and the staff
 * (7.1) and budget (7.2) figures, one row per line of the plan and year, so that a spreadsheet can
 * filter and total them. Entities by name; the figures exactly as the plan gives them.
 */
export function strategicExportSheets(plan: StrategicPlan, figures: PlanFigures | undefined, entityName: (code: string) => string, language: PageLanguage): Array<ExportSheet<StrategicSheetKey>> {
  const t = strategicExportCopy[language];
  const o = planViewerCopy[language].objectives;
  const f = figuresCopy[language];
  const owners = (codes: readonly string[]) => codes.map((c) => (c === 'ALL' ? o.allEntities : entityName(c))).join(', ');
  const area = (objective: StrategicPlan['objectives'][number]) => (objective.category === 'governance' ? o.governance : objective.domain ? o.domains[objective.domain] : o.otherMissions);
  const objectives: ExportSheet<StrategicSheetKey> = {
    key: 'objectives', name: t.sheets.objectives,
    header: [t.columns.number, t.columns.objective, t.columns.area, o.owners, t.columns.ambitions],
    rows: [...plan.objectives].sort((a, b) => a.number - b.number).map((objective) => [
      objective.number, objective.title, area(objective), owners(objective.ownerEntityCodes),
      objective.ambitions.map((a) => `${a.text} (${owners(a.ownerEntityCodes)})`).join('\n'),
    ]),
  };
  const staff: ExportSheet<StrategicSheetKey> = {
    key: 'staff', name: t.sheets.staff,
    header: [f.staff.rowHeader, t.columns.year, t.columns.yearLabel, f.staff.mandateHolders, f.staff.statutory, f.staff.contractual, f.staff.total],
    rows: (figures?.staff?.rows ?? []).flatMap((row) => row.values.map((v) => [
      row.label, v.year, figures?.staff?.years.find((y) => y.year === v.year)?.label ?? String(v.year),
      decimal(v.mandateHolders), decimal(v.statutory), decimal(v.contractual), decimal(v.total),
    ])),
  };
  const budget: ExportSheet<StrategicSheetKey> = {
    key: 'budget', name: t.sheets.budget,
    header: [t.columns.table, f.budget.rowHeader, t.columns.envelope, t.columns.year, t.columns.yearLabel, f.budget.ce, f.budget.cl, t.columns.note],
    rows: (figures?.budget ?? []).flatMap((table) => table.rows.flatMap((row) => row.amounts.map((a) => [
      table.title ? `${table.code} – ${table.title}` : table.code, row.label, row.envelope ?? '', a.year,
      table.years.find((y) => y.year === a.year)?.label ?? String(a.year), a.ce, a.cl, row.note ?? '',
    ]))),
  };
  return [objectives, staff, budget];
}

/** The strategic plan page's downloads: the whole plan as ODS, each table as CSV. */
export function strategicDownloads(planId: string, language: PageLanguage): Html {
  const t = strategicExportCopy[language];
  const base = `/plans/strategic/${planId}`;
  return html`<section class="downloads" aria-labelledby="strategic-exports-heading"><h2 id="strategic-exports-heading">${t.heading}</h2>
<ul>
<li><a href="${base}/export.ods" download>${t.ods}</a></li>
${strategicSheetKeys.map((key) => html`<li><a href="${base}/export.csv?sheet=${key}" download>${t.sheets[key]}: ${t.csv}</a></li>`)}
</ul></section>`;
}
