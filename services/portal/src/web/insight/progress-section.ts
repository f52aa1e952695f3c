import type { ProgressOverview } from '@jalon/contracts';
import { html, type Html } from '../../ui/html.js';
import { dateTag } from '../plan-viewer/format.js';
import { badge, textLang } from '../plan-viewer/markup.js';
import { DEFAULT_TEXT_LANGUAGE } from '../plan-viewer/plan-view-options.js';
import { insightCopy } from './insight-catalogue.js';
import type { InsightNames } from './insight-names.js';
import { indicatorTrendCharts, lateUpdatesChart, statusPerPriorityChart } from './progress-charts.js';
import { latestUpdate, shownStatus, sortedObjectives } from './progress-figures.js';

export interface ProgressSectionOptions {
  /** the ids of this section's headings and charts start with it (two sections on one page stay apart) */
  idPrefix: string;
  /** the section heading's level: 2 on a plan page, 3 under a dashboard's year */
  headingLevel?: 2 | 3;
  /** the export links shown under the heading (the plan page offers them) */
  downloads?: Html;
}

/**
 * Where a plan stands during its year: the checkpoints, the charts people would rather look at than
 * read (status per priority, indicators' trends, updates owed per entity), each with its figures in
 * a table, and each objective's latest update.
 */
export async function progressSection(overview: ProgressOverview | undefined, year: number, names: InsightNames, options: ProgressSectionOptions): Promise<Html> {
  const t = insightCopy[names.language];
  const { idPrefix } = options;
  const h = (text: string, id: string, level = options.headingLevel ?? 2) => (level === 2 ? html`<h2 id="${id}">${text}</h2>` : html`<h3 id="${id}">${text}</h3>`);
  const sub = (text: string) => ((options.headingLevel ?? 2) === 2 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`);
  if (!overview || overview.objectives.length === 0) {
    return html`<section aria-labelledby="${idPrefix}-heading">${h(t.progressOf(year), `${idPrefix}-heading`)}<p>${t.noProgress}</p>${options.downloads ?? ''}</section>`;
  }
  const [status, late, trends] = await Promise.all([
    statusPerPriorityChart(overview, names, idPrefix),
    lateUpdatesChart(overview, names, idPrefix),
    // each trend's heading sits under the section's sub-heading (h3 on a plan page and the dashboard)
    indicatorTrendCharts(overview, names, idPrefix, 4),
  ]);
  return html`<section class="progress" aria-labelledby="${idPrefix}-heading">
${h(t.progressOf(year), `${idPrefix}-heading`)}
${options.downloads ?? ''}
${checkpointsList(overview, names)}
${sub(names.groupWords.statusChart.title)}
${status}
${sub(t.lateChart.title)}
${late}
${sub(t.trendChart.heading)}
${trends}
${sub(t.objectivesCaption)}
${latestTable(overview, names, idPrefix)}
</section>`;
}

function checkpointsList(overview: ProgressOverview, names: InsightNames): Html {
  const t = insightCopy[names.language];
  return html`<dl class="checkpoints" aria-label="${t.checkpointsCaption}">
${overview.checkpoints.map((c) => html`<dt>${dateTag(c.date, names.language)}</dt><dd>${t.checkpointState[c.state]}</dd>`)}
</dl>`;
}

/** Each objective's latest update, and the checkpoints it still owes. */
function latestTable(overview: ProgressOverview, names: InsightNames, idPrefix: string): Html {
  const t = insightCopy[names.language];
  const c = t.columns;
  const lang = textLang(DEFAULT_TEXT_LANGUAGE, names.language);
  return html`<div class="table-scroll" role="region" aria-labelledby="${idPrefix}-latest-caption" tabindex="0">
<table class="progress-latest">
<caption id="${idPrefix}-latest-caption">${t.objectivesCaption}</caption>
<thead><tr><th scope="col">${c.code}</th><th scope="col">${c.statement}</th><th scope="col">${c.owner}</th><th scope="col">${c.target}</th>
<th scope="col">${c.checkpoint}</th><th scope="col">${c.value}</th><th scope="col">${c.status}</th><th scope="col">${c.comment}</th><th scope="col">${c.missing}</th></tr></thead>
<tbody>
${sortedObjectives(overview).map((o) => {
    const u = latestUpdate(o);
    const status = shownStatus(o);
    return html`<tr>
<th scope="row">${o.code}</th>
<td${lang}>${o.statement}</td>
<td>${names.entity(o.ownerEntityCode)}</td>
<td${lang}>${o.target}</td>
<td>${u ? dateTag(u.checkpoint, names.language) : t.none}</td>
<td>${u ? u.indicatorValue : t.none}</td>
<td>${badge(t.status[status], `progress-${status}`)}</td>
<td>${u?.comment ? u.comment : t.none}${u?.droppedReason ? html`<br>${c.droppedReason}${names.language === 'fr' ? ' : ' : ': '}${u.droppedReason}` : ''}</td>
<td>${o.missing.length === 0 ? t.none : o.missing.map((m, i) => html`${i === 0 ? '' : ', '}${dateTag(m, names.language)}`)}</td>
</tr>`;
  })}
</tbody>
</table>
</div>`;
}
