import type { ObjectivePatch, StrategicPlanStatus } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import {
  ambitionsOf, bumpStrategicPlan, insertAddendum, lockStrategicPlan, objectiveRow, replaceAmbitions, supersedePlan, toSummary,
  updateObjectiveText, updateStrategicPlanStatus,
} from '../repositories/strategic-plans.js';
import { versionExists } from '../repositories/versions.js';
import { missing } from '../rules/refusal.js';
import { checkRevision } from '../rules/revision.js';
import { checkSignature, checkStatusMove, refuseAddendumUnlessSigned, refuseUnlessEditable } from '../rules/strategic-plan.js';
import { checkEntitiesExist } from './entity-checks.js';

async function lockedPlan(trx: Transaction<Database>, planId: string) {
  const plan = await lockStrategicPlan(trx, planId);
  if (!plan) throw missing(`Strategic plan ${planId}`);
  return plan;
}

/**
 * Edits one objective. The plan's revision and the objective's both move on, so a client holding
 * either learns that the plan changed. Only a plan in drafting can be edited.
 */
export async function patchObjective(db: Kysely<Database>, planId: string, number: number, patch: ObjectivePatch, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const objective = await objectiveRow(trx, planId, number);
    if (!objective) throw missing(`Objective ${number} of strategic plan ${planId}`);
    checkRevision(`Objective ${number}`, patch.expectedRevision, objective.revision);
    refuseUnlessEditable(plan, objective.revision);
    if (patch.ownerEntityCodes) await checkEntitiesExist(trx, plan.organisation_code, patch.ownerEntityCodes, 'body.ownerEntityCodes');
    for (const [i, a] of (patch.ambitions ?? []).entries()) await checkEntitiesExist(trx, plan.organisation_code, a.ownerEntityCodes, `body.ambitions.${i}.ownerEntityCodes`);
    const beforeAmbitions = await ambitionsOf(trx, objective.id);
    const updated = await updateObjectiveText(trx, objective.id, patch);
    if (patch.ambitions) await replaceAmbitions(trx, objective.id, patch.ambitions);
    await bumpStrategicPlan(trx, planId);
    await recordAudit(trx, {
      actor,
      action: 'objective.updated',
      subjectType: 'strategic_objective',
      subjectId: `${planId}#${number}`,
      before: { title: objective.title, text: objective.text, ownerEntityCodes: objective.owner_entity_codes, ambitions: beforeAmbitions, revision: objective.revision },
      after: { title: updated.title, text: updated.text, ownerEntityCodes: updated.owner_entity_codes, ...(patch.ambitions ? { ambitions: patch.ambitions } : {}), revision: updated.revision },
    });
    return updated.revision;
  });
}

export async function changeStrategicPlanStatus(
  db: Kysely<Database>,
  planId: string,
  change: { expectedRevision: number; status: StrategicPlanStatus; signature?: { signedBy: string; signedAt: string; version: number } | undefined },
  actor: string,
) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    checkRevision('The plan', change.expectedRevision, plan.revision);
    checkStatusMove(plan, change.status);
    const signing = change.status === 'signed';
    checkSignature(change.status, change.signature, signing && change.signature ? await versionExists(trx, 'strategic', planId, change.signature.version) : false);
    const updated = await updateStrategicPlanStatus(trx, planId, change.status, signing ? change.signature : undefined);
    // The plan a newly signed one replaces is superseded from the same moment.
    if (signing && plan.supersedes_id) {
      const previous = await supersedePlan(trx, plan.supersedes_id);
      if (previous) await recordAudit(trx, { actor, action: 'plan.superseded', subjectType: 'strategic_plan', subjectId: previous, before: { status: 'signed' }, after: { status: 'superseded', by: planId } });
    }
    await recordAudit(trx, { actor, action: 'plan.status_changed', subjectType: 'strategic_plan', subjectId: planId, before: { status: plan.status, revision: plan.revision }, after: { status: updated.status, revision: updated.revision, ...(change.signature ? { signature: change.signature } : {}) } });
    return toSummary(updated);
  });
}

export async function addAddendum(db: Kysely<Database>, planId: string, input: { title: string; text: string; adoptedOn: string | null }, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    refuseAddendumUnlessSigned(plan);
    const number = await insertAddendum(trx, planId, input);
    await bumpStrategicPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'addendum.added', subjectType: 'strategic_plan', subjectId: planId, after: { number, ...input } });
    return { number, ...input };
  });
}
