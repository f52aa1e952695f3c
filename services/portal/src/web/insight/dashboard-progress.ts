import type { OperationalPlanSummary } from '@jalon/contracts';
import type { PlansReader } from '../../plans-reader.js';
import { html, type Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { insightData } from './insight-data.js';
import { planDownloads } from './plan-progress.js';
import { progressSection } from './progress-section.js';

/**
 * The dashboard's progress: the most recent plan that has progress recorded, with its
 * charts (the President's office follows the plan through the year, seed: "assure le suivi").
 * Nothing when no plan is followed yet.
 */
export async function dashboardProgress(plans: PlansReader, summaries: readonly OperationalPlanSummary[], language: PageLanguage): Promise<Html> {
  // The plans service gives progress only for plans it follows: the two most recent years are asked.
  const recent = [...summaries].sort((a, b) => b.year - a.year);
  for (const summary of recent.slice(0, 2)) {
    const plan = await plans.operationalPlan(summary.id);
    if (!plan) continue;
    const data = await insightData(plans, plan, language);
    if (!data.overview || data.overview.objectives.length === 0) continue;
    return progressSection(data.overview, plan.year, data.names, { idPrefix: `dashboard-progress-${plan.year}`, downloads: planDownloads(plan, language) });
  }
  return html``;
}
