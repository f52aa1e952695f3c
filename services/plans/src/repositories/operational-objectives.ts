import type { OperationalObjective, OperationalObjectiveCreate, OperationalObjectivePatch } from '@jalon/contracts';
import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, OperationalObjectivesTable } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;
export type OperationalObjectiveRow = Selectable<OperationalObjectivesTable>;

export const toObjective = (o: OperationalObjectiveRow): OperationalObjective => ({
  code: o.code,
  strategicObjectiveNumber: o.strategic_objective_number,
  statement: o.statement,
  indicator: o.indicator,
  target: o.target,
  ownerEntityCode: o.owner_entity_code,
  means: o.means,
  deadline: o.deadline,
  revision: o.revision,
  result: o.result,
  previousResult: o.previous_result,
  carriedFrom: o.carried_from_year === null || o.carried_from_code === null ? null : { year: o.carried_from_year, code: o.carried_from_code },
});

export async function objectivesOf(db: Db, planId: string): Promise<OperationalObjective[]> {
  const rows = await db.selectFrom('operational_objectives').selectAll().where('operational_plan_id', '=', planId).orderBy('code').execute();
  return rows.map(toObjective);
}

export function objectiveRowsOf(db: Db, planId: string) {
  return db.selectFrom('operational_objectives').selectAll().where('operational_plan_id', '=', planId).orderBy('code').execute();
}

/** The objective's row, locked until the transaction ends. */
export function lockObjective(trx: Transaction<Database>, planId: string, code: string) {
  return trx.selectFrom('operational_objectives').selectAll()
    .where('operational_plan_id', '=', planId).where('code', '=', code).forUpdate().executeTakeFirst();
}

/** Inserts an objective; undefined when the plan already has one with that code. */
export async function insertObjective(trx: Transaction<Database>, planId: string, objective: Omit<OperationalObjectiveCreate, 'expectedRevision'>) {
  const inserted = await trx.insertInto('operational_objectives').values({
    operational_plan_id: planId,
    code: objective.code,
    strategic_objective_number: objective.strategicObjectiveNumber,
    statement: objective.statement,
    indicator: objective.indicator,
    target: objective.target,
    owner_entity_code: objective.ownerEntityCode,
    means: objective.means,
    deadline: objective.deadline,
  }).onConflict((oc) => oc.columns(['operational_plan_id', 'code']).doNothing()).returning('id').executeTakeFirst();
  return inserted?.id;
}

/** An objective copied from an earlier year's plan. */
export async function insertCarriedObjective(trx: Transaction<Database>, values: Insertable<OperationalObjectivesTable>): Promise<void> {
  await trx.insertInto('operational_objectives').values(values).execute();
}

/** Changes the fields the patch names; the objective's revision moves on. */
export function updateObjective(trx: Transaction<Database>, id: string, patch: OperationalObjectivePatch) {
  return trx.updateTable('operational_objectives').set({
    ...(patch.strategicObjectiveNumber !== undefined ? { strategic_objective_number: patch.strategicObjectiveNumber } : {}),
    ...(patch.statement !== undefined ? { statement: patch.statement } : {}),
    ...(patch.indicator !== undefined ? { indicator: patch.indicator } : {}),
    ...(patch.target !== undefined ? { target: patch.target } : {}),
    ...(patch.ownerEntityCode !== undefined ? { owner_entity_code: patch.ownerEntityCode } : {}),
    ...(patch.means !== undefined ? { means: patch.means } : {}),
    ...(patch.deadline !== undefined ? { deadline: patch.deadline } : {}),
    revision: sql`revision + 1`,
    updated_at: sql`now()`,
  }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function updateObjectiveResult(trx: Transaction<Database>, id: string, result: string | null) {
  return trx.updateTable('operational_objectives')
    .set({ result, revision: sql`revision + 1`, updated_at: sql`now()` })
    .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The numbers of a strategic plan's objectives, all of them or those asked for. */
export async function strategicObjectiveNumbers(db: Db, strategicPlanId: string, only?: number): Promise<Set<number>> {
  let q = db.selectFrom('strategic_objectives').select('number').where('plan_id', '=', strategicPlanId);
  if (only !== undefined) q = q.where('number', '=', only);
  return new Set((await q.execute()).map((o) => o.number));
}
