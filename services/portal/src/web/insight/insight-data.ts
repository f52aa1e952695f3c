import type { OperationalPlan, ProgressOverview } from '@jalon/contracts';
import type { PlansReader } from '../../plans-reader.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { insightNames, type Grouping, type InsightNames } from './insight-names.js';

export interface InsightData { plan: OperationalPlan; overview: ProgressOverview | undefined; names: InsightNames }

/**
 * What the progress pages, reports and exports read for one operational plan: the plan, its
 * progress (undefined until the plans service has any), and the names of its entities and priorities.
 */
export async function insightData(plans: PlansReader, plan: OperationalPlan, language: PageLanguage): Promise<InsightData> {
  const [overview, entities, strategic] = await Promise.all([
    plans.progressOf(plan.id),
    plans.entities(plan.organisationCode),
    plans.strategicPlan(plan.strategicPlanId),
  ]);
  const grouped = groupedOverview(overview);
  return { plan, overview: grouped.overview, names: insightNames(language, entities ?? [], strategic, grouped.grouping) };
}

/**
 * The progress grouped by what the strategic plan gives: its priorities when it links objectives to
 * them; otherwise (the reference plan's five priorities frame every objective, none is linked) by the
 * strategic objective each operational objective serves, in the slots the charts group by.
 */
export function groupedOverview(overview: ProgressOverview | undefined): { overview: ProgressOverview | undefined; grouping: Grouping } {
  if (!overview || overview.objectives.some((o) => o.priorityNumber !== null)) return { overview, grouping: 'priority' };
  return {
    overview: { ...overview, objectives: overview.objectives.map((o) => ({ ...o, priorityNumber: o.strategicObjectiveNumber })) },
    grouping: 'strategic_objective',
  };
}

/** The organisation's operational plan of a year, if it has one. */
export async function operationalPlanOfYear(plans: PlansReader, org: string, year: number): Promise<OperationalPlan | undefined> {
  const summary = (await plans.operationalPlans(org))?.find((p) => p.year === year);
  return summary ? plans.operationalPlan(summary.id) : undefined;
}

/** The plan's progress restricted to one owner entity, and the plan's objectives with it. */
export function entityScope(data: InsightData, entityCode: string): InsightData {
  return {
    ...data,
    plan: { ...data.plan, objectives: data.plan.objectives.filter((o) => o.ownerEntityCode === entityCode) },
    overview: data.overview && { ...data.overview, objectives: data.overview.objectives.filter((o) => o.ownerEntityCode === entityCode) },
  };
}
