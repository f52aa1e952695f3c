import type { ProjectInput, ProjectWithdrawal } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { bumpOperationalPlan, type OperationalPlanRow } from '../repositories/operational-plans.js';
import { insertProject, insertProjectChange, projectAddition, projectRow, projectsOf, withdrawProjectRow } from '../repositories/projects.js';
import { refuseWhenClosed } from '../rules/operational-plan.js';
import { conflict, missing } from '../rules/refusal.js';
import { checkOneEntity } from './entity-checks.js';
import { lockedPlan } from './operational-plans.js';

/** Who made a project change (for the audit log) and the person who asked for it (for its history). */
export interface ProjectRequester { actor: string; requestedBy: string }

const idTaken = (id: string | undefined, revision: number) =>
  conflict(`The project id ${id} is already taken by a project of another operational plan. Choose a new id for this project.`, revision);

/**
 * The project named by a caller-chosen id, when it exists: the same request again (a retried call)
 * returns it; anything else under that id is a conflict, never a second project.
 */
async function existingProjectFor(trx: Transaction<Database>, plan: OperationalPlanRow, id: string, input: ProjectInput) {
  const found = await projectRow(trx, id);
  if (!found) return undefined;
  if (found.operational_plan_id !== plan.id) throw idTaken(id, plan.revision);
  const added = await projectAddition(trx, id);
  const stored = {
    title: found.title, ownerEntityCode: found.owner_entity_code,
    requestedByParty: added?.requested_by_party, reason: added?.reason, requestedOn: added?.requested_on,
  };
  const differing = (Object.keys(stored) as Array<keyof typeof stored>).filter((field) => stored[field] !== input[field]);
  if (differing.length > 0) {
    throw conflict(`The project id ${id} is already taken by the project "${found.title}", whose ${differing.join(', ')} differ from this request. `
      + `Choose a new id to add another project, or see GET /operational-plans/${plan.id} for the existing one.`, plan.revision);
  }
  return found.id;
}

async function projectAfterChange(db: Kysely<Database>, planId: string, projectId: string) {
  const [project] = await projectsOf(db, planId, projectId);
  if (!project) throw missing(`Project ${projectId} of operational plan ${planId}`);
  return project;
}

/**
 * Rule 7: projects are added or withdrawn during the year at the request of either party. With an id
 * chosen by the caller, the same request again returns the project already added (created: false).
 */
export async function addProject(db: Kysely<Database>, planId: string, input: ProjectInput, { actor, requestedBy }: ProjectRequester) {
  const { created, id } = await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    if (input.id !== undefined) {
      const existing = await existingProjectFor(trx, plan, input.id, input);
      if (existing) return { created: false, id: existing };
    }
    refuseWhenClosed(plan, 'projects can no longer be added');
    await checkOneEntity(trx, plan.organisation_code, input.ownerEntityCode, 'body.ownerEntityCode');
    // Another plan's transaction may take the id between the look-up and here (the plan lock covers only this plan).
    const projectId = await insertProject(trx, planId, input);
    if (!projectId) throw idTaken(input.id, plan.revision);
    await insertProjectChange(trx, projectId, 'add', input, requestedBy);
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'project.added', subjectType: 'project', subjectId: projectId, after: { operationalPlanId: planId, ...input } });
    return { created: true, id: projectId };
  });
  return { created, project: await projectAfterChange(db, planId, id) };
}

export async function withdrawProject(db: Kysely<Database>, planId: string, projectId: string, input: ProjectWithdrawal, { actor, requestedBy }: ProjectRequester) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const project = await projectRow(trx, projectId, planId);
    if (!project) throw missing(`Project ${projectId} of operational plan ${planId}`);
    refuseWhenClosed(plan, 'projects can no longer be withdrawn');
    if (project.status === 'withdrawn') {
      throw conflict(`The project "${project.title}" is already withdrawn (see its history); there is nothing more to withdraw. To pursue it again, add it as a new project.`, plan.revision);
    }
    await withdrawProjectRow(trx, projectId);
    await insertProjectChange(trx, projectId, 'withdraw', input, requestedBy);
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'project.withdrawn', subjectType: 'project', subjectId: projectId, before: { status: 'active' }, after: { operationalPlanId: planId, status: 'withdrawn', ...input } });
  });
  return projectAfterChange(db, planId, projectId);
}
