import type { entitySchema, OperationalPlan, ProgressOverview } from '@jalon/contracts';
import type { z } from 'zod';
import { pick } from '../../ui/catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { yearPlans } from '../drafting/drafting-data.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';

type Entity = z.infer<typeof entitySchema>;

/** What the progress pages show: the year's plan, its progress as the plans service gives it, and the entities' names. */
export interface ProgressData {
  year: number;
  plan: OperationalPlan;
  overview: ProgressOverview;
  entities: Entity[];
}

export async function progressData(web: WebContext, viewer: Viewer, year: number): Promise<ProgressData | undefined> {
  const found = await yearPlans(web, viewer.person.organisationCode, year);
  if (!found) return undefined;
  const [overview, entities] = await Promise.all([
    web.objectives.progress(viewer.person.id, found.plan.id),
    web.plans.entities(viewer.person.organisationCode).then((e) => e ?? []),
  ]);
  return { year, plan: found.plan, overview, entities };
}

/** An entity as pages name it: its name in the reader's language, its code when it is unknown. */
export const entityName = (d: Pick<ProgressData, 'entities'>, code: string, language: PageLanguage) => {
  const entity = d.entities.find((e) => e.code === code);
  return entity ? pick(entity.name, language) : code;
};

export const inForce = (d: Pick<ProgressData, 'plan'>) => d.plan.status === 'transmitted' || d.plan.status === 'closed';

/** The checkpoint the owners answer now: the open one, else (the year over) the last one asked. */
export const answeredCheckpoint = (d: Pick<ProgressData, 'overview'>) =>
  d.overview.checkpoints.find((c) => c.state === 'open')?.date;

export const progressPath = (year: number, entity?: string) => `/progress/${year}${entity ? `/${encodeURIComponent(entity)}` : ''}`;
