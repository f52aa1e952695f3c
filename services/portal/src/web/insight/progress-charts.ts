import type { ProgressOverview } from '@jalon/contracts';
import type { TopLevelSpec } from 'vega-lite';
import { html, type Html } from '../../ui/html.js';
import { formatDate } from '../plan-viewer/format.js';
import { textLang } from '../plan-viewer/markup.js';
import { DEFAULT_TEXT_LANGUAGE } from '../plan-viewer/plan-view-options.js';
import { chartSvg, type PatternedFill } from './chart-svg.js';
import { insightCopy, type ShownStatus } from './insight-catalogue.js';
import type { InsightNames } from './insight-names.js';
import { indicatorTrend, lateUpdatesPerEntity, sortedObjectives, statusPerPriority, STATUS_ORDER, type ProgressObjective } from './progress-figures.js';

/** Each status's fill: colour-blind-safe colours, each with its own pattern so no meaning rests on colour. */
export const STATUS_FILLS: Record<ShownStatus, PatternedFill> = {
  done: { color: '#1b7837', pattern: 'solid' },
  on_track: { color: '#a6dba0', pattern: 'diagonal' },
  at_risk: { color: '#fdb863', pattern: 'dots' },
  late: { color: '#e08070', pattern: 'cross' },
  dropped: { color: '#bababa', pattern: 'horizontal' },
  none: { color: '#fefefe', pattern: 'empty' },
};

const BAR_OUTLINE = { stroke: '#1f2937', strokeWidth: 0.75 };

/** The list of figures in words, joined as a sentence part: "Priorité 1: Réalisé 2, En retard 1". */
const spoken = (parts: readonly string[]) => parts.join(' ; ');

/** Objectives per status, stacked, one bar per strategic priority: the SVG alone (pages and the report's PDF). */
export async function statusPerPrioritySvg(overview: ProgressOverview, names: InsightNames, idPrefix: string): Promise<Html> {
  const t = insightCopy[names.language];
  const rows = statusPerPriority(overview);
  const labels = STATUS_ORDER.map((s) => t.status[s]);
  const values = rows.flatMap((row) => STATUS_ORDER.filter((s) => row.counts[s] > 0).map((s) => ({
    priority: names.priorityLabel(row.priority), status: t.status[s], order: STATUS_ORDER.indexOf(s), n: row.counts[s],
  })));
  const spec: TopLevelSpec = {
    width: 420,
    data: { values },
    mark: { type: 'bar', ...BAR_OUTLINE },
    encoding: {
      y: { field: 'priority', type: 'nominal', title: null, sort: rows.map((r) => names.priorityLabel(r.priority)) },
      x: { field: 'n', type: 'quantitative', stack: 'zero', title: t.statusChart.count, axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'status', type: 'nominal', title: t.columns.status, scale: { domain: labels, range: STATUS_ORDER.map((s) => STATUS_FILLS[s].color) }, legend: { orient: 'bottom', columns: 3 } },
      order: { field: 'order', type: 'quantitative' },
    },
  };
  const desc = names.groupWords.statusChart.desc(spoken(rows.map((row) => `${names.priorityLabel(row.priority)}: ${STATUS_ORDER.filter((s) => row.counts[s] > 0).map((s) => `${t.status[s]} ${row.counts[s]}`).join(', ')}`)));
  return chartSvg(spec, { id: `${idPrefix}-status`, title: names.groupWords.statusChart.title, desc }, STATUS_ORDER.map((s) => STATUS_FILLS[s]));
}

/** Objectives per status, stacked, one bar per strategic priority; then the same figures as a table. */
export async function statusPerPriorityChart(overview: ProgressOverview, names: InsightNames, idPrefix: string): Promise<Html> {
  const t = insightCopy[names.language];
  const rows = statusPerPriority(overview);
  const svg = await statusPerPrioritySvg(overview, names, idPrefix);
  return html`<figure class="chart">${svg}</figure>
<div class="table-scroll" role="region" aria-labelledby="${idPrefix}-status-caption" tabindex="0">
<table class="chart-data">
<caption id="${idPrefix}-status-caption">${names.groupWords.statusChart.caption}</caption>
<thead><tr><th scope="col">${names.groupWords.column}</th>${STATUS_ORDER.map((s) => html`<th scope="col">${t.status[s]}</th>`)}<th scope="col">${t.columns.objectives}</th></tr></thead>
<tbody>
${rows.map((row) => html`<tr><th scope="row"${row.priority === null ? '' : textLang(DEFAULT_TEXT_LANGUAGE, names.language)}>${names.priorityTitle(row.priority)}</th>${STATUS_ORDER.map((s) => html`<td class="number">${row.counts[s]}</td>`)}<td class="number">${row.total}</td></tr>`)}
</tbody>
</table>
</div>`;
}

/** Updates owed per owner entity, as bars with their number written: the SVG alone; undefined when none is owed. */
export async function lateUpdatesSvg(overview: ProgressOverview, names: InsightNames, idPrefix: string, width = 420): Promise<Html | undefined> {
  const t = insightCopy[names.language];
  const rows = lateUpdatesPerEntity(overview);
  if (rows.every((r) => r.missing === 0)) return undefined;
  const values = rows.map((r) => ({ entity: names.entity(r.entityCode), n: r.missing }));
  const spec: TopLevelSpec = {
    width,
    data: { values },
    encoding: {
      // Entities by their whole name (0: no limit); the chart grows to the side rather than cut it.
      y: { field: 'entity', type: 'nominal', title: null, sort: values.map((v) => v.entity), axis: { labelLimit: 0 } },
      x: { field: 'n', type: 'quantitative', title: t.columns.lateUpdates, axis: { tickMinStep: 1, format: 'd' } },
    },
    // The number is written at the end of each bar: the length is never the only way to read it.
    layer: [
      { mark: { type: 'bar', color: '#e08070', ...BAR_OUTLINE } },
      { mark: { type: 'text', align: 'left', dx: 4, color: '#111827', fontSize: 12 }, encoding: { text: { field: 'n', type: 'quantitative' } } },
    ],
  };
  const desc = t.lateChart.desc(spoken(values.map((v) => `${v.entity}: ${v.n}`)));
  return chartSvg(spec, { id: `${idPrefix}-late`, title: t.lateChart.title, desc }, [STATUS_FILLS.late]);
}

/** Updates owed per owner entity (checkpoints past without an answer); then the same figures as a table. */
export async function lateUpdatesChart(overview: ProgressOverview, names: InsightNames, idPrefix: string): Promise<Html> {
  const t = insightCopy[names.language];
  const rows = lateUpdatesPerEntity(overview);
  const svg = await lateUpdatesSvg(overview, names, idPrefix);
  if (!svg) return html`<p>${t.lateChart.none}</p>`;
  return html`<figure class="chart">${svg}</figure>
<div class="table-scroll" role="region" aria-labelledby="${idPrefix}-late-caption" tabindex="0">
<table class="chart-data">
<caption id="${idPrefix}-late-caption">${t.lateChart.caption}</caption>
<thead><tr><th scope="col">${t.columns.owner}</th><th scope="col">${t.columns.lateUpdates}</th><th scope="col">${t.columns.objectives}</th></tr></thead>
<tbody>
${rows.map((r) => html`<tr><th scope="row">${names.entity(r.entityCode)}</th><td class="number">${r.missing}</td><td class="number">${r.objectives}</td></tr>`)}
</tbody>
</table>
</div>`;
}

/** One objective's indicator across checkpoints, its values written beside each point; then a table. */
export async function indicatorTrendChart(objective: ProgressObjective, names: InsightNames, idPrefix: string): Promise<Html | undefined> {
  const points = indicatorTrend(objective);
  if (!points) return undefined;
  const t = insightCopy[names.language];
  const id = `${idPrefix}-trend-${objective.code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const values = points.map((p) => ({ checkpoint: formatDate(p.checkpoint, names.language), value: p.value, text: p.text }));
  const spec: TopLevelSpec = {
    width: 420,
    height: 180,
    data: { values },
    encoding: {
      x: { field: 'checkpoint', type: 'ordinal', title: t.columns.checkpoint, sort: values.map((v) => v.checkpoint), axis: { labelAngle: 0 } },
      // room above and below the line for the values written at its points
      y: { field: 'value', type: 'quantitative', title: t.columns.value, scale: { zero: false, padding: 24 } },
    },
    layer: [
      { mark: { type: 'line', color: '#1d4ed8', strokeWidth: 2, point: { filled: true, color: '#1d4ed8', size: 50 } } },
      { mark: { type: 'text', dy: -10, color: '#111827', fontSize: 12 }, encoding: { text: { field: 'text', type: 'nominal' } } },
    ],
  };
  const desc = t.trendChart.desc(objective.code, spoken(values.map((v) => `${v.checkpoint}: ${v.text}`)));
  const svg = await chartSvg(spec, { id, title: t.trendChart.title(objective.code), desc });
  return html`<figure class="chart">${svg}</figure>
<table class="chart-data">
<caption id="${id}-caption">${t.trendChart.caption(objective.code)}</caption>
<thead><tr><th scope="col">${t.columns.checkpoint}</th><th scope="col">${t.columns.value}</th></tr></thead>
<tbody>
${points.map((p) => html`<tr><th scope="row">${formatDate(p.checkpoint, names.language)}</th><td>${p.text}</td></tr>`)}
</tbody>
</table>`;
}

/** Every objective whose indicator has a numeric trend, one small chart each. */
export async function indicatorTrendCharts(overview: ProgressOverview, names: InsightNames, idPrefix: string, headingLevel: 3 | 4 = 3): Promise<Html> {
  const t = insightCopy[names.language];
  const charts = (await Promise.all(sortedObjectives(overview).map(async (o) => ({ o, chart: await indicatorTrendChart(o, names, idPrefix) }))))
    .filter((c): c is { o: ProgressObjective; chart: Html } => c.chart !== undefined);
  if (charts.length === 0) return html`<p>${t.trendChart.none}</p>`;
  const lang = textLang(DEFAULT_TEXT_LANGUAGE, names.language);
  const heading = (o: ProgressObjective) => (headingLevel === 3
    ? html`<h3>${o.code} — <span${lang}>${o.indicator}</span></h3>`
    : html`<h4>${o.code} — <span${lang}>${o.indicator}</span></h4>`);
  return html`${charts.map(({ o, chart }) => html`<div class="trend">${heading(o)}${chart}</div>`)}`;
}
