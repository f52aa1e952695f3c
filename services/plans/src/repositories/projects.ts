import type { DraftedProjectCreate, DraftedProjectPatch, Party, Project, ProjectInput } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The plan's projects (or one of them), each with its add/withdraw history. */
export async function projectsOf(db: Db, planId: string, projectId?: string): Promise<Project[]> {
  let projects = db.selectFrom('projects').selectAll().where('operational_plan_id', '=', planId);
  if (projectId) projects = projects.where('id', '=', projectId);
  const rows = await projects.orderBy('created_at').orderBy('id').execute();
  if (rows.length === 0) return [];
  const changes = await db.selectFrom('project_changes').selectAll().where('project_id', 'in', rows.map((p) => p.id))
    .orderBy('created_at').orderBy('action').execute();
  return rows.map((p) => ({
    id: p.id,
    title: p.title,
    ownerEntityCode: p.owner_entity_code,
    status: p.status,
    deadline: p.deadline,
    objectiveCode: p.objective_code,
    revision: p.revision,
    history: changes.filter((c) => c.project_id === p.id).map((c) => ({
      action: c.action,
      requestedByParty: c.requested_by_party as Party,
      requestedBy: c.requested_by,
      reason: c.reason,
      requestedOn: c.requested_on,
      recordedAt: new Date(c.created_at).toISOString(),
    })),
  }));
}

export function projectRow(db: Db, projectId: string, planId?: string) {
  let q = db.selectFrom('projects').selectAll().where('id', '=', projectId);
  if (planId !== undefined) q = q.where('operational_plan_id', '=', planId);
  return q.executeTakeFirst();
}

/** The request that added the project: what a retried request is compared with. */
export function projectAddition(db: Db, projectId: string) {
  return db.selectFrom('project_changes').selectAll().where('project_id', '=', projectId).where('action', '=', 'add')
    .orderBy('created_at').limit(1).executeTakeFirst();
}

/** Inserts a project; undefined when its id is already taken (by a project of any plan). */
export async function insertProject(trx: Transaction<Database>, planId: string, input: ProjectInput) {
  const project = await trx.insertInto('projects')
    .values({ ...(input.id !== undefined ? { id: input.id } : {}), operational_plan_id: planId, title: input.title, owner_entity_code: input.ownerEntityCode, status: 'active' })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id').executeTakeFirst();
  return project?.id;
}

export async function withdrawProjectRow(trx: Transaction<Database>, projectId: string): Promise<void> {
  await trx.updateTable('projects').set((eb) => ({ status: 'withdrawn', revision: eb('revision', '+', 1) })).where('id', '=', projectId).execute();
}

/** A project drafted with the plan: no request history, a deadline and the objective it serves. */
export async function insertDraftedProject(trx: Transaction<Database>, planId: string, input: Omit<DraftedProjectCreate, 'expectedRevision'>): Promise<string> {
  const row = await trx.insertInto('projects').values({
    operational_plan_id: planId, title: input.title, owner_entity_code: input.ownerEntityCode, status: 'active',
    deadline: input.deadline, objective_code: input.objectiveCode,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDraftedProject(trx: Transaction<Database>, projectId: string, patch: DraftedProjectPatch): Promise<void> {
  await trx.updateTable('projects').set((eb) => ({
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.deadline !== undefined ? { deadline: patch.deadline } : {}),
    ...(patch.objectiveCode !== undefined ? { objective_code: patch.objectiveCode } : {}),
    revision: eb('revision', '+', 1),
  })).where('id', '=', projectId).execute();
}

export async function deleteDraftedProject(trx: Transaction<Database>, projectId: string): Promise<void> {
  await trx.deleteFrom('projects').where('id', '=', projectId).execute();
}

/** Locks a project of the plan for a change; undefined when the plan has none by that id. */
export function lockProject(trx: Transaction<Database>, planId: string, projectId: string) {
  return trx.selectFrom('projects').selectAll().where('id', '=', projectId).where('operational_plan_id', '=', planId).forUpdate().executeTakeFirst();
}

/** One line of the project's history: who asked for the addition or withdrawal, when and why. */
export async function insertProjectChange(
  trx: Transaction<Database>, projectId: string, action: 'add' | 'withdraw',
  request: { requestedByParty: Party; reason: string; requestedOn: string }, requestedBy: string,
): Promise<void> {
  await trx.insertInto('project_changes').values({
    project_id: projectId, action, requested_by_party: request.requestedByParty, requested_by: requestedBy, reason: request.reason, requested_on: request.requestedOn,
  }).execute();
}
