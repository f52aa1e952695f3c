import type { CycleView, DecisionRecord, OperationalPlan, StrategicPlan } from '@jalon/contracts';
import { brusselsDateOf } from '@jalon/domain';
import type { DecisionLinkRow } from '../../database.js';
import { openLinksOf } from '../../decisions/links-repository.js';
import type { RoundLogger } from '../../decisions/round-gateway.js';
import { plansUnavailable } from '../../plans-reader.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';

/** The entities the person drafts for today, in their own right or as a deputy. */
export async function draftedEntities(web: WebContext, viewer: Viewer): Promise<string[]> {
  const holders = await web.plans.roleHolders(viewer.person.organisationCode, 'drafter', brusselsDateOf(new Date())) ?? [];
  return [...new Set(holders.filter((h) => h.personId === viewer.person.id && h.entityCode).map((h) => h.entityCode!))];
}

/** Whether the person may open an entity's drafting pages: its drafter, or the President's office (which consolidates). */
export async function mayDraftFor(web: WebContext, viewer: Viewer, entityCode: string): Promise<boolean> {
  return viewer.isPresidentOffice || (await draftedEntities(web, viewer)).includes(entityCode);
}

/** A year's plan of the person's organisation, with the strategic plan it serves; undefined when there is none. */
export async function yearPlans(web: WebContext, org: string, year: number): Promise<{ plan: OperationalPlan; strategic: StrategicPlan } | undefined> {
  const summaries = await web.plans.operationalPlans(org);
  if (!summaries) throw plansUnavailable();
  const summary = summaries.find((p) => p.year === year);
  if (!summary) return undefined;
  const [plan, strategic] = await Promise.all([web.plans.operationalPlan(summary.id), web.plans.strategicPlan(summary.strategicPlanId)]);
  if (!plan || !strategic) throw plansUnavailable();
  return { plan, strategic };
}

/**
 * The reviewers' requests for changes the drafter must answer: those of the latest version that got
 * any, while the plan is back in drafting (the cycle sent it back). Earlier rounds' requests were
 * answered by the version that followed them.
 */
export function pendingChangeRequests(plan: OperationalPlan, decisions: DecisionRecord[]): DecisionRecord[] {
  if (plan.status !== 'drafting') return [];
  const requests = decisions.filter((d) => d.outcome === 'request_changes' && d.comment);
  const latest = Math.max(0, ...requests.map((d) => d.version ?? 0));
  return requests.filter((d) => (d.version ?? 0) === latest);
}

/** The person's open task link of a step of this plan (a drafting task, the consolidation), if any. */
export async function openTaskLink(web: WebContext, viewer: Viewer, planId: string, step: string, log: RoundLogger): Promise<DecisionLinkRow | undefined> {
  const links = (await openLinksOf(web.db, viewer.person.id)).filter((l) => l.plan_id === planId && l.step === step);
  // A newer version's link supersedes the older ones; the newest still open is the one to answer.
  for (const link of links.sort((a, b) => b.plan_version - a.plan_version)) {
    if ((await web.decisions.status(link, log)).kind === 'open') return link;
  }
  return undefined;
}

/** What an entity's drafting page shows. */
export interface DraftingData {
  year: number;
  entityCode: string;
  entityName: CycleView['drafting'][number]['entityName'] | undefined;
  plan: OperationalPlan;
  strategic: StrategicPlan;
  cycle: CycleView | undefined;
  task: CycleView['drafting'][number] | undefined;
  /** the viewer's open drafting task for the entity, answered by "I have finished" */
  openTask: DecisionLinkRow | undefined;
  changeRequests: DecisionRecord[];
  /** people's names by id, for who finished a task */
  names: Map<string, string>;
}

export async function draftingData(web: WebContext, viewer: Viewer, year: number, entityCode: string, log: RoundLogger): Promise<DraftingData | undefined> {
  const org = viewer.person.organisationCode;
  const found = await yearPlans(web, org, year);
  if (!found) return undefined;
  const [cycle, decisions, openTask] = await Promise.all([
    web.cycles.state(org, year).catch(() => undefined),
    web.plans.decisions('operational', found.plan.id).then((d) => d ?? []),
    openTaskLink(web, viewer, found.plan.id, `drafting:${entityCode}`, log),
  ]);
  const task = cycle?.drafting.find((d) => d.entityCode === entityCode);
  const names = new Map<string, string>();
  if (task?.doneBy) names.set(task.doneBy, (await web.plans.person(task.doneBy))?.name ?? '');
  return {
    year, entityCode, entityName: task?.entityName, ...found, cycle, task, openTask, names,
    changeRequests: pendingChangeRequests(found.plan, decisions),
  };
}
