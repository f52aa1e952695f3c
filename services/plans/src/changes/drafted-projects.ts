import type { DraftedProjectCreate, DraftedProjectPatch, DraftedProjectRemoval } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { lockObjective } from '../repositories/operational-objectives.js';
import { bumpOperationalPlan, type OperationalPlanRow } from '../repositories/operational-plans.js';
import {
  deleteDraftedProject, insertDraftedProject, lockProject, projectAddition, projectsOf, updateDraftedProject,
} from '../repositories/projects.js';
import { refuseOutsideScope, type Author } from '../rules/editing.js';
import { checkDeadline, refuseUnlessDrafting } from '../rules/operational-plan.js';
import { conflict, invalidReference, missing } from '../rules/refusal.js';
import { checkRevision } from '../rules/revision.js';
import { checkOneEntity } from './entity-checks.js';
import { lockedPlan } from './operational-plans.js';

/** The objective a project serves is one of the plan's; its deadline falls in the plan's year. */
async function checkProjectFields(trx: Transaction<Database>, plan: OperationalPlanRow, fields: { objectiveCode?: string | undefined; deadline?: string | undefined }) {
  if (fields.objectiveCode !== undefined && !await lockObjective(trx, plan.id, fields.objectiveCode)) {
    throw invalidReference('body.objectiveCode', `the operational plan has no objective ${fields.objectiveCode} (see GET /operational-plans/${plan.id})`, 'project.unknown_objective');
  }
  checkDeadline(plan.year, fields.deadline, 'project.deadline_outside_year');
}

/**
 * A project of the plan, locked, that was drafted with it: one added at a party's request has a
 * history of requests and changes only through them (withdrawn, not edited or removed).
 */
async function lockedDraftedProject(trx: Transaction<Database>, plan: OperationalPlanRow, projectId: string) {
  const project = await lockProject(trx, plan.id, projectId);
  if (!project) throw missing(`Project ${projectId} of operational plan ${plan.id}`);
  if (await projectAddition(trx, projectId)) {
    throw conflict(`The project "${project.title}" was added at a party's request; it changes only by a withdrawal at a party's request (POST /operational-plans/${plan.id}/projects/${projectId}/withdraw).`, project.revision, 'project.not_drafted');
  }
  return project;
}

async function projectAfterChange(db: Kysely<Database>, planId: string, projectId: string) {
  const [project] = await projectsOf(db, planId, projectId);
  if (!project) throw missing(`Project ${projectId} of operational plan ${planId}`);
  return project;
}

const auditedFields = (p: { title: string; owner_entity_code: string; objective_code: string | null; deadline: string | null; revision: number }) => ({
  title: p.title, ownerEntityCode: p.owner_entity_code, objectiveCode: p.objective_code, deadline: p.deadline, revision: p.revision,
});

/** Adds a project while the plan is drafted; it names the plan's revision, since it changes the plan. */
export async function addDraftedProject(db: Kysely<Database>, planId: string, input: DraftedProjectCreate, { actor, scope }: Author) {
  const projectId = await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    refuseOutsideScope(scope, [input.ownerEntityCode], `The project "${input.title}"`);
    checkRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseUnlessDrafting(plan, plan.revision);
    await checkOneEntity(trx, plan.organisation_code, input.ownerEntityCode, 'body.ownerEntityCode');
    await checkProjectFields(trx, plan, input);
    const { expectedRevision: _expected, ...project } = input;
    const id = await insertDraftedProject(trx, planId, project);
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'project.drafted', subjectType: 'project', subjectId: id, after: { operationalPlanId: planId, ...project, revision: 1 } });
    return id;
  });
  return projectAfterChange(db, planId, projectId);
}

/** Changes a drafted project's title, objective or deadline; names the project's revision. */
export async function patchDraftedProject(db: Kysely<Database>, planId: string, projectId: string, patch: DraftedProjectPatch, { actor, scope }: Author) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const project = await lockedDraftedProject(trx, plan, projectId);
    refuseOutsideScope(scope, [project.owner_entity_code], `The project "${project.title}"`);
    checkRevision(`Project ${projectId}`, patch.expectedRevision, project.revision);
    refuseUnlessDrafting(plan, project.revision);
    await checkProjectFields(trx, plan, patch);
    await updateDraftedProject(trx, projectId, patch);
    await bumpOperationalPlan(trx, planId);
    const updated = await lockProject(trx, planId, projectId);
    await recordAudit(trx, {
      actor, action: 'project.draft_updated', subjectType: 'project', subjectId: projectId,
      before: auditedFields(project), after: auditedFields(updated!),
    });
  });
  return projectAfterChange(db, planId, projectId);
}

/**
 * Removes a drafted project while the plan is drafted: it was never approved, so nothing of it
 * stays in the plan (the audit log keeps what it was).
 */
export async function removeDraftedProject(db: Kysely<Database>, planId: string, projectId: string, { expectedRevision }: DraftedProjectRemoval, { actor, scope }: Author) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    const project = await lockedDraftedProject(trx, plan, projectId);
    refuseOutsideScope(scope, [project.owner_entity_code], `The project "${project.title}"`);
    checkRevision(`Project ${projectId}`, expectedRevision, project.revision);
    refuseUnlessDrafting(plan, project.revision);
    await deleteDraftedProject(trx, projectId);
    await bumpOperationalPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'project.draft_removed', subjectType: 'project', subjectId: projectId, before: { operationalPlanId: planId, ...auditedFields(project) } });
  });
}
