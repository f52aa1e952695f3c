import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { isUuid } from './held-roles.js';

/**
 * The organisation a person or a plan belongs to: what an access check needs of a route addressed
 * by an id. Undefined when there is no such thing (or the id is malformed).
 */
export async function organisationOfPerson(db: Kysely<Database>, personId: string): Promise<string | undefined> {
  if (!isUuid(personId)) return undefined;
  return (await db.selectFrom('people').select('organisation_code').where('id', '=', personId).executeTakeFirst())?.organisation_code;
}

export async function organisationOfPlan(db: Kysely<Database>, kind: 'strategic' | 'operational', planId: string): Promise<string | undefined> {
  if (!isUuid(planId)) return undefined;
  const table = kind === 'strategic' ? 'strategic_plans' : 'operational_plans';
  return (await db.selectFrom(table).select('organisation_code').where('id', '=', planId).executeTakeFirst())?.organisation_code;
}

export async function organisationOfProject(db: Kysely<Database>, projectId: string): Promise<string | undefined> {
  if (!isUuid(projectId)) return undefined;
  const row = await db.selectFrom('projects as pr').innerJoin('operational_plans as op', 'op.id', 'pr.operational_plan_id')
    .select('op.organisation_code').where('pr.id', '=', projectId).executeTakeFirst();
  return row?.organisation_code;
}
