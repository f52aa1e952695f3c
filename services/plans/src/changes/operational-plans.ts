import type { BudgetAdoption, OperationalPlan, OperationalStatusChange } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import {
  getOperationalPlan, insertOperationalPlan, lockOperationalPlan, operationalPlanOfYear, strategicPlanOf, toSummary, updateBudgetAdoption,
  updateOperationalPlanStatus,
} from '../repositories/operational-plans.js';
import { getOrganisation } from '../repositories/organisations.js';
import { versionExists } from '../repositories/versions.js';
import { checkStatusMove, checkTransmittedVersion, refuseWhenClosed } from '../rules/operational-plan.js';
import { conflict, invalidReference, missing } from '../rules/refusal.js';
import { checkRevision } from '../rules/revision.js';

/** The plan as it stands after a change of it (it is never deleted). */
export async function planAfterChange(db: Kysely<Database>, planId: string): Promise<OperationalPlan> {
  const plan = await getOperationalPlan(db, planId);
  if (!plan) throw missing(`Operational plan ${planId}`);
  return plan;
}

/** The plan's row, locked for the change; refused when there is no such plan. */
export async function lockedPlan(trx: Transaction<Database>, planId: string) {
  const plan = await lockOperationalPlan(trx, planId);
  if (!plan) throw missing(`Operational plan ${planId}`);
  return plan;
}

/**
 * Creates the plan of a year, or returns the one that exists: a client that retries after a lost
 * answer must not end up with two plans for one year.
 */
export async function createOperationalPlan(db: Kysely<Database>, organisationCode: string, input: { year: number; strategicPlanId: string }, actor: string) {
  const { created, id } = await db.transaction().execute(async (trx) => {
    if (!await getOrganisation(trx, organisationCode)) throw missing(`Organisation ${organisationCode}`);
    if (!await strategicPlanOf(trx, organisationCode, input.strategicPlanId)) {
      throw invalidReference('body.strategicPlanId', `${input.strategicPlanId} is not a strategic plan of ${organisationCode} (see GET /organisations/${organisationCode}/strategic-plans)`);
    }
    const inserted = await insertOperationalPlan(trx, organisationCode, input);
    if (!inserted) {
      const existing = (await operationalPlanOfYear(trx, organisationCode, input.year))!;
      if (existing.strategic_plan_id !== input.strategicPlanId) {
        throw conflict(`The operational plan ${input.year} of ${organisationCode} already exists (${existing.id}) and implements strategic plan ${existing.strategic_plan_id}, not ${input.strategicPlanId}. Use the existing plan.`, existing.revision);
      }
      return { created: false, id: existing.id };
    }
    await recordAudit(trx, { actor, action: 'operational_plan.created', subjectType: 'operational_plan', subjectId: inserted, after: { ...input, status: 'drafting' } });
    return { created: true, id: inserted };
  });
  return { created, plan: await planAfterChange(db, id) };
}

/** Records, corrects or clears the date of the Chamber's vote; the due date is derived from it. */
export async function recordBudgetAdoption(db: Kysely<Database>, planId: string, input: BudgetAdoption, actor: string) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    checkRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseWhenClosed(plan, 'its budget adoption date can no longer be changed');
    if (plan.budget_adopted_on === input.budgetAdoptedOn) return;
    const updated = await updateBudgetAdoption(trx, planId, input.budgetAdoptedOn);
    const before = toSummary(plan);
    const after = toSummary(updated);
    await recordAudit(trx, {
      actor, action: 'operational_plan.budget_adoption_recorded', subjectType: 'operational_plan', subjectId: planId,
      before: { budgetAdoptedOn: before.budgetAdoptedOn, dueDate: before.dueDate, revision: before.revision },
      after: { budgetAdoptedOn: after.budgetAdoptedOn, dueDate: after.dueDate, revision: after.revision },
    });
  });
  return planAfterChange(db, planId);
}

export async function changeOperationalPlanStatus(db: Kysely<Database>, planId: string, change: OperationalStatusChange, actor: string) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    checkRevision('The operational plan', change.expectedRevision, plan.revision);
    checkStatusMove(plan, change.status);
    checkTransmittedVersion(change.status, change.version);
    const transmitting = change.status === 'transmitted';
    if (transmitting && !await versionExists(trx, 'operational', planId, change.version!)) {
      throw invalidReference('body.version', `version ${change.version} of this plan does not exist; freeze the version first (POST /operational-plans/${planId}/versions)`);
    }
    const updated = await updateOperationalPlanStatus(trx, planId, change.status, transmitting ? change.version : undefined);
    await recordAudit(trx, {
      actor, action: 'operational_plan.status_changed', subjectType: 'operational_plan', subjectId: planId,
      before: { status: plan.status, revision: plan.revision },
      after: { status: updated.status, revision: updated.revision, ...(transmitting ? { transmittedVersion: change.version } : {}) },
    });
  });
  return planAfterChange(db, planId);
}
