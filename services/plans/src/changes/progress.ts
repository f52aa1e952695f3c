import type { CheckpointOpening, ProgressUpdateInput, YearEndResultInput } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { lockObjective } from '../repositories/operational-objectives.js';
import { bumpProgress, checkpointsOf, insertProgressUpdate, lockProgress, openCheckpoint, toYearEndResult } from '../repositories/progress.js';
import { refuseOutsideScope, type Author } from '../rules/editing.js';
import { checkCheckpointOpen, refuseProgressOutsideInForce } from '../rules/progress.js';
import { missing } from '../rules/refusal.js';
import { checkRevision } from '../rules/revision.js';
import { carryYearEndResultForward } from './year-end-carry.js';
import { lockedPlan } from './operational-plans.js';

async function lockedObjective(trx: Transaction<Database>, planId: string, code: string) {
  const objective = await lockObjective(trx, planId, code);
  if (!objective) throw missing(`Objective ${code} of operational plan ${planId}`);
  return objective;
}

/** The cycle's workflow asks for a checkpoint (and later marks it overdue): lifecycle state, written by the worker alone. */
export async function recordCheckpointOpening(db: Kysely<Database>, planId: string, input: CheckpointOpening, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const before = (await checkpointsOf(trx, planId)).find((c) => c.checkpoint === input.checkpoint);
    await openCheckpoint(trx, planId, input.checkpoint, input.dueDate, input.overdue);
    const after = (await checkpointsOf(trx, planId)).find((c) => c.checkpoint === input.checkpoint)!;
    if (!before || (before.overdue_at === null && after.overdue_at !== null)) {
      await recordAudit(trx, {
        actor, action: before ? 'progress.checkpoint_overdue' : 'progress.checkpoint_opened', subjectType: 'operational_plan', subjectId: plan.id,
        after: { checkpoint: input.checkpoint, dueDate: after.due_date, overdue: after.overdue_at !== null },
      });
    }
    return { checkpoint: after.checkpoint, dueDate: after.due_date, overdue: after.overdue_at !== null };
  });
}

/**
 * An owner entity says where an objective stands at a checkpoint the cycle asked for, while the plan
 * is in force (or, for the year's last checkpoint, after it closed). Names the objective's progress
 * revision; an answer again (a correction) is kept beside the first, the latest counting.
 */
export async function recordProgressUpdate(db: Kysely<Database>, planId: string, code: string, input: ProgressUpdateInput, { actor, scope }: Author) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const objective = await lockedObjective(trx, planId, code);
    refuseOutsideScope(scope, [objective.owner_entity_code], `The progress of objective ${code}`);
    const progress = await lockProgress(trx, planId, code);
    checkRevision(`The progress of objective ${code}`, input.expectedRevision, progress.revision);
    refuseProgressOutsideInForce(plan, progress.revision);
    checkCheckpointOpen(plan, await checkpointsOf(trx, planId), input.checkpoint, progress.revision);
    const bumped = await bumpProgress(trx, planId, code);
    const row = await insertProgressUpdate(trx, {
      operational_plan_id: planId, objective_code: code, checkpoint: input.checkpoint, indicator_value: input.indicatorValue, status: input.status,
      comment: input.comment, dropped_reason: input.status === 'dropped' ? input.droppedReason ?? null : null, recorded_by: actor,
      plan_version: plan.transmitted_version, revision: bumped.revision,
    });
    const { expectedRevision: _expected, ...recorded } = input;
    await recordAudit(trx, {
      actor, action: 'objective.progress_recorded', subjectType: 'operational_objective', subjectId: `${planId}#${code}`,
      before: { revision: progress.revision }, after: { ...recorded, planVersion: plan.transmitted_version, revision: bumped.revision },
    });
    return {
      objectiveCode: code, checkpoint: row.checkpoint, indicatorValue: row.indicator_value, status: input.status, comment: row.comment,
      droppedReason: row.dropped_reason, recordedBy: row.recorded_by, recordedAt: new Date(row.recorded_at).toISOString(), planVersion: row.plan_version, revision: row.revision,
    };
  });
}

/**
 * What an objective achieved over the year (value, status, explanation), once the plan is in force
 * or closed. It reaches next year's draft as the objective's previousResult, at carry-over or, if the
 * draft already carried the objective, at once while that draft is still being written.
 */
export async function recordYearEndResult(db: Kysely<Database>, planId: string, code: string, input: YearEndResultInput, { actor, scope }: Author) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const objective = await lockedObjective(trx, planId, code);
    refuseOutsideScope(scope, [objective.owner_entity_code], `The year-end result of objective ${code}`);
    const progress = await lockProgress(trx, planId, code);
    checkRevision(`The progress of objective ${code}`, input.expectedRevision, progress.revision);
    refuseProgressOutsideInForce(plan, progress.revision);
    const updated = await bumpProgress(trx, planId, code, { value: input.value, status: input.status, explanation: input.explanation, recordedBy: actor });
    const result = toYearEndResult(updated)!;
    await recordAudit(trx, {
      actor, action: 'objective.year_end_result_recorded', subjectType: 'operational_objective', subjectId: `${planId}#${code}`,
      before: { result: toYearEndResult(progress), revision: progress.revision }, after: { result, revision: updated.revision },
    });
    await carryYearEndResultForward(trx, plan, code, result, actor);
    return { result, progressRevision: updated.revision };
  });
}
