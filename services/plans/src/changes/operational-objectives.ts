import type { ObjectiveResult, OperationalObjectiveCreate, OperationalObjectivePatch } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import {
  insertObjective, lockObjective, strategicObjectiveNumbers, toObjective, updateObjective, updateObjectiveResult,
} from '../repositories/operational-objectives.js';
import { bumpOperationalPlan, type OperationalPlanRow } from '../repositories/operational-plans.js';
import { refuseOutsideScope, type Author } from '../rules/editing.js';
import { checkDeadline, refuseResultBeforeTransmission, refuseUnlessDrafting } from '../rules/operational-plan.js';
import { conflict, invalidReference, missing } from '../rules/refusal.js';
import { checkRevision } from '../rules/revision.js';
import { checkOneEntity } from './entity-checks.js';
import { lockedPlan, planAfterChange } from './operational-plans.js';

/** The fields an objective names must resolve: its strategic objective, its owner, a deadline in the plan's year. */
async function checkObjectiveFields(trx: Transaction<Database>, plan: OperationalPlanRow, fields: Partial<OperationalObjectiveCreate>) {
  if (fields.strategicObjectiveNumber !== undefined) {
    const found = await strategicObjectiveNumbers(trx, plan.strategic_plan_id, fields.strategicObjectiveNumber);
    if (found.size === 0) throw invalidReference('body.strategicObjectiveNumber', `the linked strategic plan has no objective ${fields.strategicObjectiveNumber} (see GET /strategic-plans/${plan.strategic_plan_id})`, 'objective.unknown_strategic_objective');
  }
  if (fields.ownerEntityCode !== undefined) await checkOneEntity(trx, plan.organisation_code, fields.ownerEntityCode, 'body.ownerEntityCode');
  checkDeadline(plan.year, fields.deadline);
}

async function lockedObjective(trx: Transaction<Database>, planId: string, code: string) {
  const objective = await lockObjective(trx, planId, code);
  if (!objective) throw missing(`Objective ${code} of operational plan ${planId}`);
  return objective;
}

/** Adds a SMART objective; it names the plan's revision, since it changes the plan. */
export async function addObjective(db: Kysely<Database>, planId: string, input: OperationalObjectiveCreate, { actor, scope }: Author) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    refuseOutsideScope(scope, [input.ownerEntityCode], `The objective ${input.code}`);
    checkRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseUnlessDrafting(plan, plan.revision);
    await checkObjectiveFields(trx, plan, input);
    const { expectedRevision: _expected, ...objective } = input;
    if (!await insertObjective(trx, planId, objective)) {
      throw conflict(`The operational plan already has an objective ${objective.code}. Choose another code, or change that objective with PATCH /operational-plans/${planId}/objectives/${encodeURIComponent(objective.code)}.`, plan.revision, 'objective.code_taken');
    }
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'objective.added', subjectType: 'operational_objective', subjectId: `${planId}#${objective.code}`, after: { ...objective, revision: 1 } });
  });
  return planAfterChange(db, planId);
}

/** Changes an objective; it names the objective's revision, and the plan's revision moves on too. */
export async function patchObjective(db: Kysely<Database>, planId: string, code: string, patch: OperationalObjectivePatch, { actor, scope }: Author) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const objective = await lockedObjective(trx, planId, code);
    refuseOutsideScope(scope, [objective.owner_entity_code, patch.ownerEntityCode], `The objective ${code}`);
    checkRevision(`Objective ${code}`, patch.expectedRevision, objective.revision);
    refuseUnlessDrafting(plan, objective.revision);
    await checkObjectiveFields(trx, plan, patch);
    const updated = await updateObjective(trx, objective.id, patch);
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, {
      actor, action: 'objective.updated', subjectType: 'operational_objective', subjectId: `${planId}#${code}`,
      before: toObjective(objective), after: toObjective(updated),
    });
    return toObjective(updated);
  });
}

/**
 * Records (or clears) what an objective achieved. Results are recorded once the plan is in force
 * (transmitted) and after it closed at year end; they are not part of the approved content, so a
 * frozen version keeps its hash. Names the objective's revision; the plan's revision moves on too.
 */
export async function recordObjectiveResult(db: Kysely<Database>, planId: string, code: string, input: ObjectiveResult, { actor, scope }: Author) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const objective = await lockedObjective(trx, planId, code);
    refuseOutsideScope(scope, [objective.owner_entity_code], `The result of objective ${code}`);
    checkRevision(`Objective ${code}`, input.expectedRevision, objective.revision);
    refuseResultBeforeTransmission(plan, objective.revision);
    if (objective.result === input.result) return toObjective(objective);
    const updated = await updateObjectiveResult(trx, objective.id, input.result);
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, {
      actor, action: 'objective.result_recorded', subjectType: 'operational_objective', subjectId: `${planId}#${code}`,
      before: { result: objective.result, revision: objective.revision }, after: { result: updated.result, revision: updated.revision },
    });
    return toObjective(updated);
  });
}
