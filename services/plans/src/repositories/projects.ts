import type { Party, Project, ProjectInput } from '@jalon/contracts';
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
  await trx.updateTable('projects').set({ status: 'withdrawn' }).where('id', '=', projectId).execute();
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
