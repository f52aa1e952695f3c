import type { ProgressOverview, ProgressUpdate } from '@jalon/contracts';
import type { ShownStatus, ShownYearEndStatus } from './insight-catalogue.js';

/**
 * The figures the charts, tables, reports and exports show, read from a plan's progress overview.
 * Pure: the same overview always gives the same figures, in the same order.
 */
export type ProgressObjective = ProgressOverview['objectives'][number];

/** The order statuses are stacked and listed in: from good to bad, then what is missing. */
export const STATUS_ORDER: readonly ShownStatus[] = ['done', 'on_track', 'at_risk', 'late', 'dropped', 'none'];

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });

/** Objectives in their plan order (codes compared as people number them: 2 before 10). */
export const sortedObjectives = (overview: ProgressOverview): ProgressObjective[] => [...overview.objectives].sort(byCode);

/** The objective's updates, oldest checkpoint first; on one checkpoint the latest revision counts. */
export function updatesByCheckpoint(objective: ProgressObjective): ProgressUpdate[] {
  const latest = new Map<string, ProgressUpdate>();
  for (const update of objective.updates) {
    const seen = latest.get(update.checkpoint);
    if (!seen || update.revision > seen.revision) latest.set(update.checkpoint, update);
  }
  return [...latest.values()].sort((a, b) => a.checkpoint.localeCompare(b.checkpoint));
}

/** Where the objective stands: its update at the latest checkpoint answered, if any. */
export const latestUpdate = (objective: ProgressObjective): ProgressUpdate | undefined => updatesByCheckpoint(objective).at(-1);

export const shownStatus = (objective: ProgressObjective): ShownStatus => latestUpdate(objective)?.status ?? 'none';

/** Priorities in their number order; objectives outside any priority (null) come last. */
const byPriority = (a: number | null, b: number | null) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);

/** The objectives under each strategic priority they serve, priorities and objectives in plan order. */
export interface PriorityObjectives { priority: number | null; objectives: ProgressObjective[] }

export function objectivesByPriority(overview: ProgressOverview): PriorityObjectives[] {
  const groups = new Map<number | null, ProgressObjective[]>();
  for (const objective of sortedObjectives(overview)) {
    groups.set(objective.priorityNumber, [...(groups.get(objective.priorityNumber) ?? []), objective]);
  }
  return [...groups.entries()].map(([priority, objectives]) => ({ priority, objectives })).sort((a, b) => byPriority(a.priority, b.priority));
}

/**
 * One objective at each checkpoint of the year: what its owner entity answered (latest revision),
 * or that the answer is missing (the checkpoint passed without one), or neither (not asked yet).
 */
export interface CheckpointCell { date: string; update: ProgressUpdate | undefined; missing: boolean }

export function checkpointCells(overview: ProgressOverview, objective: ProgressObjective): CheckpointCell[] {
  const byDate = new Map(updatesByCheckpoint(objective).map((u) => [u.checkpoint, u]));
  return overview.checkpoints.map(({ date }) => ({ date, update: byDate.get(date), missing: objective.missing.includes(date) }));
}

/** The order year-end statuses are listed in: from good to bad, then what is not recorded yet. */
export const YEAR_END_STATUS_ORDER: readonly ShownYearEndStatus[] = ['achieved', 'partly_achieved', 'not_achieved', 'dropped', 'none'];

export const shownYearEndStatus = (objective: ProgressObjective): ShownYearEndStatus => objective.result?.status ?? 'none';

/** How many objectives ended the year in each status. */
export function yearEndStatusCounts(overview: ProgressOverview): Record<ShownYearEndStatus, number> {
  const counts = Object.fromEntries(YEAR_END_STATUS_ORDER.map((s) => [s, 0])) as Record<ShownYearEndStatus, number>;
  for (const objective of overview.objectives) counts[shownYearEndStatus(objective)] += 1;
  return counts;
}

/** How many objectives stand in each status at their latest update, over the whole report. */
export function statusCounts(overview: ProgressOverview): Record<ShownStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<ShownStatus, number>;
  for (const objective of overview.objectives) counts[shownStatus(objective)] += 1;
  return counts;
}

/** How many objectives of each priority stand in each status (null: objectives linked to no priority). */
export interface PriorityStatusRow { priority: number | null; counts: Record<ShownStatus, number>; total: number }

export function statusPerPriority(overview: ProgressOverview): PriorityStatusRow[] {
  const rows = new Map<number | null, PriorityStatusRow>();
  for (const objective of overview.objectives) {
    const row = rows.get(objective.priorityNumber)
      ?? { priority: objective.priorityNumber, counts: Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<ShownStatus, number>, total: 0 };
    row.counts[shownStatus(objective)] += 1;
    row.total += 1;
    rows.set(objective.priorityNumber, row);
  }
  return [...rows.values()].sort((a, b) => byPriority(a.priority, b.priority));
}

/** How many updates each owner entity owes: checkpoints past with no answer, over all its objectives. */
export interface EntityLateRow { entityCode: string; missing: number; objectives: number }

export function lateUpdatesPerEntity(overview: ProgressOverview): EntityLateRow[] {
  const rows = new Map<string, EntityLateRow>();
  for (const objective of overview.objectives) {
    const row = rows.get(objective.ownerEntityCode) ?? { entityCode: objective.ownerEntityCode, missing: 0, objectives: 0 };
    row.missing += objective.missing.length;
    row.objectives += 1;
    rows.set(objective.ownerEntityCode, row);
  }
  return [...rows.values()].sort((a, b) => b.missing - a.missing || a.entityCode.localeCompare(b.entityCode));
}

/**
 * An indicator value read as a number when it is written as one in Belgian or international
 * notation ("45", "45 %", "1 234,5", "1.234,5", "12.5"); anything else (a date, a sentence) is not
 * a number and draws no trend.
 */
export function numericValue(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(/^\+/, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

export interface TrendPoint { checkpoint: string; value: number; text: string }

/** The objective's indicator across checkpoints, when at least two of its values are numbers. */
export function indicatorTrend(objective: ProgressObjective): TrendPoint[] | undefined {
  const points = updatesByCheckpoint(objective).flatMap((u) => {
    const value = numericValue(u.indicatorValue);
    return value === undefined ? [] : [{ checkpoint: u.checkpoint, value, text: u.indicatorValue }];
  });
  return points.length >= 2 ? points : undefined;
}

/** The owner entities of the plan's objectives, in code order. */
export const ownerEntities = (overview: ProgressOverview): string[] => [...new Set(overview.objectives.map((o) => o.ownerEntityCode))].sort();

/** The same overview restricted to one owner entity's objectives (the entity's report). */
export const forEntity = (overview: ProgressOverview, entityCode: string): ProgressOverview => ({
  ...overview, objectives: overview.objectives.filter((o) => o.ownerEntityCode === entityCode),
});
