import type { entitySchema, StrategicPlan } from '@jalon/contracts';
import type { z } from 'zod';
import type { PageLanguage } from '../../ui/page-language.js';
import { insightCopy } from './insight-catalogue.js';

type Entity = z.infer<typeof entitySchema>;

/**
 * The names pages, charts and exports show instead of codes: entities by their name in the
 * reader's language, priorities by their title in the strategic plan.
 */
export interface InsightNames {
  language: PageLanguage;
  entity: (code: string) => string;
  /** whether the organisation lists this entity */
  hasEntity: (code: string) => boolean;
  /** "Priorité 3", short enough for a chart's axis */
  priorityLabel: (priority: number | null) => string;
  /** the priority's title as the strategic plan writes it (French in the reference plan) */
  priorityTitle: (priority: number | null) => string;
  /**
   * What the objectives are grouped by: the strategic priorities they serve, or, when the strategic
   * plan links none of them to a priority, the strategic objectives (the numbers in the "priority"
   * slots are then strategic objective numbers: see groupedOverview).
   */
  grouping: Grouping;
  /** the status chart's title, description and caption, and its first column, for that grouping */
  groupWords: { column: string; statusChart: { title: string; desc: (parts: string) => string; caption: string } };
}

export type Grouping = 'priority' | 'strategic_objective';

export function insightNames(
  language: PageLanguage, entities: readonly Entity[], strategic: { priorities: StrategicPlan['priorities']; objectives?: ReadonlyArray<Pick<StrategicPlan['objectives'][number], 'number' | 'title'>> } | undefined, grouping: Grouping = 'priority',
): InsightNames {
  const t = insightCopy[language];
  const byObjective = grouping === 'strategic_objective';
  const entityNames = new Map(entities.map((e) => [e.code, e.name[language] ?? e.name.fr]));
  const titles = new Map<number, string>(byObjective ? (strategic?.objectives ?? []).map((o) => [o.number, o.title]) : (strategic?.priorities ?? []).map((p) => [p.number, p.title]));
  const priorityLabel = (n: number | null) => (n === null ? t.noPriority : byObjective ? t.byStrategicObjective.label(n) : t.priority(n));
  return {
    language,
    grouping,
    groupWords: byObjective ? t.byStrategicObjective : { column: t.columns.priority, statusChart: t.statusChart },
    // An entity the organisation no longer lists keeps its code: better than nothing, never an id.
    entity: (code) => entityNames.get(code) ?? code,
    hasEntity: (code) => entityNames.has(code),
    priorityLabel,
    priorityTitle: (n) => {
      const title = n === null ? undefined : titles.get(n);
      return title ? `${priorityLabel(n)} — ${title}` : priorityLabel(n);
    },
  };
}
