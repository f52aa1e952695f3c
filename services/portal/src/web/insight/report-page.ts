import type { ProgressOverview } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { dateTag } from '../plan-viewer/format.js';
import { badge, textLang } from '../plan-viewer/markup.js';
import { DEFAULT_TEXT_LANGUAGE } from '../plan-viewer/plan-view-options.js';
import { insightCopy } from './insight-catalogue.js';
import type { InsightNames } from './insight-names.js';
import { indicatorTrendCharts, lateUpdatesChart, statusPerPriorityChart } from './progress-charts.js';
import { reportDocumentCopy } from './report-pdf/report-document-catalogue.js';
import { checkpointCells, ownerEntities, shownYearEndStatus, sortedObjectives } from './progress-figures.js';

export interface ReportScope {
  year: number;
  /** the entity whose report this is; undefined for the whole organisation's */
  entityCode?: string | undefined;
  /** where this report's downloads live (`${basePath}/report.pdf`, `${basePath}/export.ods`, `${basePath}/export.csv`) */
  basePath: string;
}

/**
 * The year-end report (seed chapter 1, rule 10: the results feed next year's plan and the
 * evaluation of the mandate holders): each objective's result, its progress at every checkpoint,
 * and the charts; for the organisation, links to each entity's own report.
 */
export async function reportContent(overview: ProgressOverview, names: InsightNames, scope: ReportScope): Promise<Html> {
  const t = insightCopy[names.language];
  const r = t.report;
  const title = scope.entityCode === undefined ? r.title(scope.year) : r.entityTitle(scope.year, names.entity(scope.entityCode));
  const [status, late, trends] = overview.objectives.length === 0
    ? [html``, html``, html``]
    : await Promise.all([
      statusPerPriorityChart(overview, names, 'report'),
      lateUpdatesChart(overview, names, 'report'),
      indicatorTrendCharts(overview, names, 'report', 4),
    ]);
  return html`<h1>${title}</h1>
<p>${r.intro}</p>
<section class="downloads" aria-labelledby="report-downloads"><h2 id="report-downloads">${r.downloads}</h2>
<ul>
<li><a href="${scope.basePath}/report.pdf" download>${reportDocumentCopy[names.language].download}</a></li>
<li><a href="${scope.basePath}/export.ods" download>${r.ods}</a></li>
<li><a href="${scope.basePath}/export.csv" download>${r.csv}</a></li>
</ul></section>
${scope.entityCode === undefined ? entitiesList(overview, names, scope.year) : html`<p><a href="/reports/${scope.year}">${r.back}</a></p>`}
${overview.objectives.length === 0 ? html`<p>${t.noProgress}</p>` : html`${resultsTable(overview, names)}
${progressMatrix(overview, names)}
<section aria-labelledby="report-charts"><h2 id="report-charts">${r.chartsHeading}</h2>
<h3>${names.groupWords.statusChart.title}</h3>${status}
<h3>${t.lateChart.title}</h3>${late}
<h3>${t.trendChart.heading}</h3>${trends}
</section>`}`;
}

function entitiesList(overview: ProgressOverview, names: InsightNames, year: number): Html {
  const t = insightCopy[names.language].report;
  const entities = ownerEntities(overview).map((code) => ({ code, name: names.entity(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, names.language));
  return html`<nav aria-labelledby="report-entities"><h2 id="report-entities">${t.entitiesHeading}</h2>
<ul>${entities.map((e) => html`<li><a href="/reports/${year}/${encodeURIComponent(e.code)}">${e.name}</a></li>`)}</ul></nav>`;
}

function resultsTable(overview: ProgressOverview, names: InsightNames): Html {
  const t = insightCopy[names.language];
  const c = t.columns;
  const lang = textLang(DEFAULT_TEXT_LANGUAGE, names.language);
  return html`<section aria-labelledby="report-results"><h2 id="report-results">${t.report.resultsHeading}</h2>
<div class="table-scroll" role="region" aria-labelledby="report-results-caption" tabindex="0">
<table>
<caption id="report-results-caption">${t.report.resultsCaption}</caption>
<thead><tr><th scope="col">${c.code}</th><th scope="col">${c.statement}</th><th scope="col">${c.owner}</th><th scope="col">${c.target}</th>
<th scope="col">${c.resultValue}</th><th scope="col">${c.resultStatus}</th><th scope="col">${c.explanation}</th></tr></thead>
<tbody>
${sortedObjectives(overview).map((o) => html`<tr>
<th scope="row">${o.code}</th><td${lang}>${o.statement}</td><td>${names.entity(o.ownerEntityCode)}</td><td${lang}>${o.target}</td>
<td>${o.result?.value ?? t.none}</td><td>${badge(t.yearEndStatus[shownYearEndStatus(o)], `result-${shownYearEndStatus(o)}`)}</td><td>${o.result?.explanation ?? t.none}</td>
</tr>`)}
</tbody>
</table>
</div>
</section>`;
}

/** Objectives down, checkpoints across: the value and status each entity gave, or that it gave none. */
function progressMatrix(overview: ProgressOverview, names: InsightNames): Html {
  const t = insightCopy[names.language];
  const dates = overview.checkpoints.map((c) => c.date);
  return html`<section aria-labelledby="report-progress"><h2 id="report-progress">${t.report.progressHeading}</h2>
<div class="table-scroll" role="region" aria-labelledby="report-progress-caption" tabindex="0">
<table>
<caption id="report-progress-caption">${t.report.progressCaption}</caption>
<thead><tr><th scope="col">${t.columns.code}</th>${dates.map((d) => html`<th scope="col">${dateTag(d, names.language)}</th>`)}</tr></thead>
<tbody>
${sortedObjectives(overview).map((o) => html`<tr><th scope="row">${o.code}</th>${checkpointCells(overview, o).map(({ update: u, missing }) => {
    if (u) return html`<td>${u.indicatorValue}<br>${badge(t.status[u.status], `progress-${u.status}`)}</td>`;
    return html`<td>${missing ? badge(t.status.none, 'progress-none') : t.none}</td>`;
  })}</tr>`)}
</tbody>
</table>
</div>
</section>`;
}
