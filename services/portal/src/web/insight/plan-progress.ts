import type { OperationalPlan } from '@jalon/contracts';
import type { PlansReader } from '../../plans-reader.js';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { insightCopy } from './insight-catalogue.js';
import { insightData } from './insight-data.js';
import { exportSheetKeys } from './export-table.js';
import { progressSection } from './progress-section.js';

/** The plan's downloads: the whole plan as ODS, each of its tables as CSV, and the year-end report. */
export function planDownloads(plan: Pick<OperationalPlan, 'id' | 'year'>, language: PageLanguage): Html {
  const t = insightCopy[language];
  const base = `/plans/operational/${plan.id}`;
  return html`<div class="downloads"><h3>${t.exports.heading}</h3>
<ul>
<li><a href="${base}/export.ods" download>${t.exports.planOds}</a></li>
${exportSheetKeys.map((key) => html`<li><a href="${base}/export.csv?sheet=${key}" download>${t.exports.sheets[key]}: ${t.exports.planCsv}</a></li>`)}
<li><a href="/reports/${plan.year}">${t.report.link(plan.year)}</a></li>
</ul></div>`;
}

/** The progress section of an operational plan's page, with its charts and downloads. */
export async function planProgressSection(plans: PlansReader, plan: OperationalPlan, language: PageLanguage): Promise<Html> {
  const { overview, names } = await insightData(plans, plan, language);
  return progressSection(overview, plan.year, names, { idPrefix: 'progress', downloads: planDownloads(plan, language) });
}
