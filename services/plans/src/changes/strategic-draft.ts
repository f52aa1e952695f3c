import type { NewObjectiveInput, PrioritiesInput, RiskDomainsInput } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { bumpStrategicPlan, lockStrategicPlan } from '../repositories/strategic-plans.js';
import {
  insertObjective, objectiveNumbers, prioritiesOf, replacePriorities, replaceRiskDomains, riskDomainsOf,
} from '../repositories/strategic-draft.js';
import { invalidReference, missing } from '../rules/refusal.js';
import { checkRevision } from '../rules/revision.js';
import { refuseUnlessEditable } from '../rules/strategic-plan.js';
import { checkEntitiesExist } from './entity-checks.js';

/**
 * The plan, locked, when it may be changed by this edit: it exists, is in drafting (a plan under
 * review is frozen, whatever revision the editor held), and the editor saw its latest revision.
 */
async function editablePlan(trx: Transaction<Database>, planId: string, expectedRevision: number) {
  const plan = await lockStrategicPlan(trx, planId);
  if (!plan) throw missing(`Strategic plan ${planId}`);
  refuseUnlessEditable(plan, plan.revision);
  checkRevision('The plan', expectedRevision, plan.revision);
  return plan;
}

async function revisionAfterBump(trx: Transaction<Database>, planId: string): Promise<number> {
  await bumpStrategicPlan(trx, planId);
  const row = await trx.selectFrom('strategic_plans').select('revision').where('id', '=', planId).executeTakeFirstOrThrow();
  return row.revision;
}

/** The priorities, as a whole list: what was added, changed, moved or removed is one audited change. */
export async function changePriorities(db: Kysely<Database>, planId: string, input: PrioritiesInput, actor: string) {
  return db.transaction().execute(async (trx) => {
    await editablePlan(trx, planId, input.expectedRevision);
    const before = await prioritiesOf(trx, planId);
    await replacePriorities(trx, planId, input.priorities);
    const revision = await revisionAfterBump(trx, planId);
    await recordAudit(trx, {
      actor, action: 'priorities.replaced', subjectType: 'strategic_plan', subjectId: planId,
      before: { priorities: before, revision: input.expectedRevision }, after: { priorities: input.priorities.map((p, i) => ({ number: i + 1, ...p })), revision },
    });
    return { revision };
  });
}

/** The risk domains, as a whole list; each names objectives the plan has. */
export async function changeRiskDomains(db: Kysely<Database>, planId: string, input: RiskDomainsInput, actor: string) {
  return db.transaction().execute(async (trx) => {
    await editablePlan(trx, planId, input.expectedRevision);
    const known = new Set(await objectiveNumbers(trx, planId));
    for (const [i, d] of input.riskDomains.entries()) {
      const unknown = d.objectiveNumbers.filter((n) => !known.has(n));
      if (unknown.length > 0) throw invalidReference(`body.riskDomains.${i}.objectiveNumbers`, `the plan has no objective ${unknown.join(', ')}`);
    }
    const before = await riskDomainsOf(trx, planId);
    await replaceRiskDomains(trx, planId, input.riskDomains);
    const revision = await revisionAfterBump(trx, planId);
    await recordAudit(trx, {
      actor, action: 'risk_domains.replaced', subjectType: 'strategic_plan', subjectId: planId,
      before: { riskDomains: before, revision: input.expectedRevision }, after: { riskDomains: input.riskDomains, revision },
    });
    return { revision };
  });
}

/** A new objective at the end of the plan, owned by entities of the organisation (or ALL, "(Tous)"). */
export async function addObjective(db: Kysely<Database>, planId: string, input: NewObjectiveInput, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await editablePlan(trx, planId, input.expectedRevision);
    await checkEntitiesExist(trx, plan.organisation_code, input.ownerEntityCodes, 'body.ownerEntityCodes');
    for (const [i, a] of input.ambitions.entries()) await checkEntitiesExist(trx, plan.organisation_code, a.ownerEntityCodes, `body.ambitions.${i}.ownerEntityCodes`);
    const { expectedRevision: _revision, ...content } = input;
    const number = await insertObjective(trx, planId, content);
    const revision = await revisionAfterBump(trx, planId);
    await recordAudit(trx, { actor, action: 'objective.added', subjectType: 'strategic_objective', subjectId: `${planId}#${number}`, after: { ...content, revision } });
    return number;
  });
}
