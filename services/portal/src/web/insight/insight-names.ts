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
}

export function insightNames(language: PageLanguage, entities: readonly Entity[], strategic: Pick<StrategicPlan, 'priorities'> | undefined): InsightNames {
  const t = insightCopy[language];
  const entityNames = new Map(entities.map((e) => [e.code, e.name[language] ?? e.name.fr]));
  const titles = new Map((strategic?.priorities ?? []).map((p) => [p.number, p.title]));
  const priorityLabel = (n: number | null) => (n === null ? t.noPriority : t.priority(n));
  return {
    language,
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
