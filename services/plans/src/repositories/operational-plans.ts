import type { OperationalPlan, OperationalPlanStatus, OperationalPlanSummary } from '@jalon/contracts';
import { oneCalendarMonthAfter, parseCalendarDate } from '@jalon/domain';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, OperationalPlansTable } from '../database.js';
import { objectivesOf } from './operational-objectives.js';
import { projectsOf } from './projects.js';

type Db = Kysely<Database> | Transaction<Database>;
export type OperationalPlanRow = Selectable<OperationalPlansTable>;

export function toSummary(r: OperationalPlanRow): OperationalPlanSummary {
  const adopted = r.budget_adopted_on;
  return {
    id: r.id,
    organisationCode: r.organisation_code,
    strategicPlanId: r.strategic_plan_id,
    year: r.year,
    status: r.status as OperationalPlanStatus,
    budgetAdoptedOn: adopted,
    // Under provisional twelfths there is no deadline yet: showing none is the truth, a guess is not.
    dueDate: adopted === null ? null : oneCalendarMonthAfter(parseCalendarDate(adopted)),
    awaitingBudgetAdoption: adopted === null,
    inForce: { from: `${r.year}-01-01`, to: `${r.year}-12-31` },
    transmittedAt: r.transmitted_at ? new Date(r.transmitted_at).toISOString() : null,
    transmittedVersion: r.transmitted_version,
    revision: r.revision,
  };
}

/** The whole plan: its objectives and its projects with their history. */
export async function getOperationalPlan(db: Db, id: string): Promise<OperationalPlan | undefined> {
  const plan = await db.selectFrom('operational_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) return undefined;
  const [objectives, projects] = await Promise.all([objectivesOf(db, id), projectsOf(db, id)]);
  return { ...toSummary(plan), objectives, projects };
}

export async function listOperationalPlans(db: Kysely<Database>, organisationCode: string, page: { limit: number; offset: number }) {
  const [items, count] = await Promise.all([
    db.selectFrom('operational_plans').selectAll().where('organisation_code', '=', organisationCode)
      .orderBy('year', 'desc').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('operational_plans').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_code', '=', organisationCode).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toSummary), total: count.n, ...page };
}

/** Inserts the plan of a year; undefined when the organisation already has one for that year. */
export async function insertOperationalPlan(trx: Transaction<Database>, organisationCode: string, input: { year: number; strategicPlanId: string }) {
  const inserted = await trx.insertInto('operational_plans')
    .values({ organisation_code: organisationCode, strategic_plan_id: input.strategicPlanId, year: input.year, status: 'drafting' })
    .onConflict((oc) => oc.columns(['organisation_code', 'year']).doNothing()).returning('id').executeTakeFirst();
  return inserted?.id;
}

export function operationalPlanOfYear(db: Db, organisationCode: string, year: number) {
  return db.selectFrom('operational_plans').selectAll().where('organisation_code', '=', organisationCode).where('year', '=', year).executeTakeFirst();
}

/** The plan's row, locked until the transaction ends: changes to one plan happen one after the other. */
export function lockOperationalPlan(trx: Transaction<Database>, planId: string) {
  return trx.selectFrom('operational_plans').selectAll().where('id', '=', planId).forUpdate().executeTakeFirst();
}

/** Another plan read while this one changes (a carry-over's source), kept from changing meanwhile. */
export function shareOperationalPlan(trx: Transaction<Database>, planId: string) {
  return trx.selectFrom('operational_plans').selectAll().where('id', '=', planId).forShare().executeTakeFirst();
}

/** A change inside the plan (objective, project) moves the plan's revision on. */
export async function bumpOperationalPlan(trx: Transaction<Database>, planId: string): Promise<void> {
  await trx.updateTable('operational_plans').set({ revision: sql`revision + 1`, updated_at: sql`now()` }).where('id', '=', planId).execute();
}

export function updateBudgetAdoption(trx: Transaction<Database>, planId: string, budgetAdoptedOn: string | null) {
  return trx.updateTable('operational_plans')
    .set({ budget_adopted_on: budgetAdoptedOn, revision: sql`revision + 1`, updated_at: sql`now()` })
    .where('id', '=', planId).returningAll().executeTakeFirstOrThrow();
}

/** Moves the plan to a status; transmitting records when, and which frozen version was sent. */
export function updateOperationalPlanStatus(trx: Transaction<Database>, planId: string, status: OperationalPlanStatus, transmittedVersion?: number) {
  return trx.updateTable('operational_plans').set({
    status,
    revision: sql`revision + 1`,
    updated_at: sql`now()`,
    ...(transmittedVersion !== undefined ? { transmitted_at: sql<Date>`now()`, transmitted_version: transmittedVersion } : {}),
  }).where('id', '=', planId).returningAll().executeTakeFirstOrThrow();
}

/** Whether the strategic plan is one of the organisation's. */
export async function strategicPlanOf(db: Db, organisationCode: string, strategicPlanId: string) {
  const row = await db.selectFrom('strategic_plans').select('id').where('id', '=', strategicPlanId).where('organisation_code', '=', organisationCode).executeTakeFirst();
  return row?.id;
}
