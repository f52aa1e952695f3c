import type { ProgressOverview, ProgressStatus, ProgressUpdate, YearEndResult, YearEndStatus } from '@jalon/contracts';
import { checkpointDates, YEAR_END } from '@jalon/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, ObjectiveProgressTable, ProgressUpdatesTable } from '../database.js';
import { objectiveRowsOf } from './operational-objectives.js';
import type { OperationalPlanRow } from './operational-plans.js';

type Db = Kysely<Database> | Transaction<Database>;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

const toUpdate = (u: Selectable<ProgressUpdatesTable>): ProgressUpdate => ({
  objectiveCode: u.objective_code, checkpoint: u.checkpoint, indicatorValue: u.indicator_value, status: u.status as ProgressStatus,
  comment: u.comment, droppedReason: u.dropped_reason, recordedBy: u.recorded_by, recordedAt: iso(u.recorded_at), planVersion: u.plan_version, revision: u.revision,
});

export const toYearEndResult = (p: Selectable<ObjectiveProgressTable> | undefined): YearEndResult | null => (
  p?.result_value && p.result_status && p.result_explanation && p.result_recorded_by && p.result_recorded_at
    ? { value: p.result_value, status: p.result_status as YearEndStatus, explanation: p.result_explanation, recordedBy: p.result_recorded_by, recordedAt: iso(p.result_recorded_at) }
    : null
);

export function checkpointsOf(db: Db, planId: string) {
  return db.selectFrom('progress_checkpoints').selectAll().where('operational_plan_id', '=', planId).orderBy('checkpoint').execute();
}

/** Opens a checkpoint (once) and marks it overdue (once): the cycle's workflow retries freely. */
export async function openCheckpoint(trx: Transaction<Database>, planId: string, checkpoint: string, dueDate: string, overdue: boolean) {
  await trx.insertInto('progress_checkpoints').values({ operational_plan_id: planId, checkpoint, due_date: dueDate })
    .onConflict((oc) => oc.columns(['operational_plan_id', 'checkpoint']).doNothing()).execute();
  if (overdue) {
    await trx.updateTable('progress_checkpoints').set({ overdue_at: sql`now()` })
      .where('operational_plan_id', '=', planId).where('checkpoint', '=', checkpoint).where('overdue_at', 'is', null).execute();
  }
}

/** The objective's progress row, created at revision 1 the first time, locked until the transaction ends. */
export async function lockProgress(trx: Transaction<Database>, planId: string, code: string) {
  await trx.insertInto('objective_progress').values({ operational_plan_id: planId, objective_code: code })
    .onConflict((oc) => oc.columns(['operational_plan_id', 'objective_code']).doNothing()).execute();
  return trx.selectFrom('objective_progress').selectAll().where('operational_plan_id', '=', planId).where('objective_code', '=', code).forUpdate().executeTakeFirstOrThrow();
}

export function bumpProgress(trx: Transaction<Database>, planId: string, code: string, result?: { value: string; status: string; explanation: string; recordedBy: string }) {
  return trx.updateTable('objective_progress').set({
    revision: sql`revision + 1`,
    ...(result ? { result_value: result.value, result_status: result.status, result_explanation: result.explanation, result_recorded_by: result.recordedBy, result_recorded_at: sql`now()` } : {}),
  }).where('operational_plan_id', '=', planId).where('objective_code', '=', code).returningAll().executeTakeFirstOrThrow();
}

export function insertProgressUpdate(trx: Transaction<Database>, row: Omit<Selectable<ProgressUpdatesTable>, 'id' | 'recorded_at'>) {
  return trx.insertInto('progress_updates').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Where a plan stands: every objective with its updates (oldest first), the checkpoints the cycle
 * asked and which of them each owner has left unanswered once they were overdue or a later one was asked.
 */
export async function progressOverview(db: Db, plan: OperationalPlanRow, checkpointDays: readonly string[]): Promise<ProgressOverview> {
  const [objectives, checkpoints, progress, updates] = await Promise.all([
    objectiveRowsOf(db, plan.id),
    checkpointsOf(db, plan.id),
    db.selectFrom('objective_progress').selectAll().where('operational_plan_id', '=', plan.id).execute(),
    db.selectFrom('progress_updates').selectAll().where('operational_plan_id', '=', plan.id).orderBy('revision').execute(),
  ]);
  const dated = checkpoints.filter((c) => c.checkpoint !== YEAR_END);
  const latest = dated.at(-1)?.checkpoint;
  // A checkpoint is missing for an objective once it is overdue, or once a later one was asked.
  const lapsed = dated.filter((c) => c.overdue_at !== null || c.checkpoint !== latest).map((c) => c.checkpoint);
  return {
    planId: plan.id, organisationCode: plan.organisation_code, year: plan.year,
    // The organisation's checkpoints not asked yet are upcoming; those asked keep their date even if the setting changed since.
    checkpoints: [...new Set([...dated.map((c) => c.checkpoint), ...checkpointDates(plan.year, checkpointDays)])].sort().map((date) => ({
      date, state: !dated.some((c) => c.checkpoint === date) ? 'upcoming' as const : date === latest ? 'open' as const : 'closed' as const,
    })),
    objectives: objectives.map((o) => {
      const own = updates.filter((u) => u.objective_code === o.code).map(toUpdate);
      const answered = new Set(own.map((u) => u.checkpoint));
      return {
        code: o.code, strategicObjectiveNumber: o.strategic_objective_number, priorityNumber: null, ownerEntityCode: o.owner_entity_code,
        statement: o.statement, indicator: o.indicator, target: o.target, updates: own,
        missing: lapsed.filter((c) => !answered.has(c)),
        result: toYearEndResult(progress.find((p) => p.objective_code === o.code)),
        progressRevision: progress.find((p) => p.objective_code === o.code)?.revision ?? 1,
      };
    }),
  };
}
