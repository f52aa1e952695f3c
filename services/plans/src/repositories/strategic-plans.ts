import type { ObjectivePatch, StrategicObjective, StrategicPlan, StrategicPlanStatus, StrategicPlanSummary } from '@jalon/contracts';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, StrategicPlansTable } from '../database.js';
import { listAuthorities, reviewersOf, type Authority } from './organisations.js';

type Db = Kysely<Database> | Transaction<Database>;
type Ambition = { position: number; text: string; owner_tags: string[]; owner_entity_codes: string[] };

export function toSummary(r: Selectable<StrategicPlansTable>): StrategicPlanSummary {
  return {
    id: r.id,
    organisationCode: r.organisation_code,
    code: r.code,
    period: { from: r.period_from, to: r.period_to },
    title: { fr: r.title_fr, nl: r.title_nl },
    status: r.status as StrategicPlanStatus,
    signedAt: r.signed_at ? new Date(r.signed_at).toISOString() : null,
    signedBy: r.signed_by,
    signedVersion: r.signed_version,
    supersedesId: r.supersedes_id,
    revision: r.revision,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export async function listStrategicPlans(db: Kysely<Database>, organisationCode: string, page: { limit: number; offset: number }) {
  const [items, count] = await Promise.all([
    db.selectFrom('strategic_plans').selectAll().where('organisation_code', '=', organisationCode)
      .orderBy('period_from', 'desc').orderBy('code').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('strategic_plans').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_code', '=', organisationCode).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toSummary), total: count.n, ...page };
}

export async function planRevision(db: Kysely<Database>, id: string): Promise<number | undefined> {
  const row = await db.selectFrom('strategic_plans').select('revision').where('id', '=', id).executeTakeFirst();
  return row?.revision;
}

function planRow(db: Db, id: string) {
  return db.selectFrom('strategic_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getStrategicPlan(db: Kysely<Database>, id: string): Promise<StrategicPlan | undefined> {
  const plan = await planRow(db, id);
  if (!plan) return undefined;
  const [priorities, objectives, ambitions, risks, addenda, communication, authorities] = await Promise.all([
    db.selectFrom('priorities').selectAll().where('plan_id', '=', id).orderBy('number').execute(),
    db.selectFrom('strategic_objectives').selectAll().where('plan_id', '=', id).orderBy('number').execute(),
    db.selectFrom('ambitions').innerJoin('strategic_objectives as o', 'o.id', 'ambitions.objective_id')
      .select(['ambitions.objective_id', 'ambitions.position', 'ambitions.text', 'ambitions.owner_tags', 'ambitions.owner_entity_codes'])
      .where('o.plan_id', '=', id).orderBy('ambitions.position').execute(),
    db.selectFrom('risk_domains').selectAll().where('plan_id', '=', id).orderBy('number').execute(),
    db.selectFrom('addenda').selectAll().where('plan_id', '=', id).orderBy('number').execute(),
    db.selectFrom('communication_items').selectAll().where('plan_id', '=', id).orderBy('code').execute(),
    listAuthorities(db, plan.organisation_code),
  ]);
  const byObjective = new Map<string, typeof ambitions>();
  for (const a of ambitions) byObjective.set(a.objective_id, [...(byObjective.get(a.objective_id) ?? []), a]);
  return {
    ...toSummary(plan),
    priorities: priorities.map((p) => ({ number: p.number, title: p.title, text: p.text })),
    objectives: objectives.map((o) => toObjective(o, byObjective.get(o.id) ?? [], authorities)),
    riskDomains: risks.map((r) => ({ number: r.number, title: r.title, weaknesses: r.weaknesses, threats: r.threats, objectiveNumbers: r.objective_numbers })),
    addenda: addenda.map((a) => ({ number: a.number, title: a.title, text: a.text, adoptedOn: a.adopted_on })),
    communicationPlan: communication.map((c) => ({
      code: c.code, audience: c.audience, targetGroup: c.target_group, timing: c.timing, message: c.message, channels: c.channels, material: c.material,
    })),
  };
}

export async function getObjective(db: Kysely<Database>, planId: string, number: number): Promise<StrategicObjective | undefined> {
  const objective = await objectiveRow(db, planId, number);
  if (!objective) return undefined;
  const [ambitions, plan] = await Promise.all([ambitionsOf(db, objective.id), planRow(db, planId)]);
  const authorities = await listAuthorities(db, plan!.organisation_code);
  return toObjective(objective, ambitions, authorities);
}

export function objectiveRow(db: Db, planId: string, number: number) {
  return db.selectFrom('strategic_objectives').selectAll().where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
}

export function ambitionsOf(db: Db, objectiveId: string): Promise<Ambition[]> {
  return db.selectFrom('ambitions').select(['position', 'text', 'owner_tags', 'owner_entity_codes']).where('objective_id', '=', objectiveId).orderBy('position').execute();
}

function toObjective(
  o: Selectable<Database['strategic_objectives']>,
  ambitions: Ambition[],
  authorities: Authority[],
): StrategicObjective {
  return {
    number: o.number,
    title: o.title,
    text: o.text,
    category: o.category as 'governance' | 'core_mission',
    domain: o.domain as StrategicObjective['domain'],
    ownerEntityCodes: o.owner_entity_codes,
    // The authority that signs sees everything; "reviewed by" names those reviewing a part.
    reviewedBy: reviewersOf(o.number, authorities.filter((a) => !a.signs)),
    ambitions: ambitions.map((a) => ({ position: a.position, text: a.text, ownerTags: a.owner_tags, ownerEntityCodes: a.owner_entity_codes })),
    revision: o.revision,
  };
}

/** The plan's row, locked until the transaction ends: changes to one plan happen one after the other. */
export function lockStrategicPlan(trx: Transaction<Database>, planId: string) {
  return trx.selectFrom('strategic_plans').selectAll().where('id', '=', planId).forUpdate().executeTakeFirst();
}

/** A change inside the plan (an objective, an addendum) moves the plan's revision on. */
export async function bumpStrategicPlan(trx: Transaction<Database>, planId: string): Promise<void> {
  await trx.updateTable('strategic_plans').set({ revision: sql`revision + 1`, updated_at: sql`now()` }).where('id', '=', planId).execute();
}

export function updateObjectiveText(trx: Transaction<Database>, objectiveId: string, patch: Pick<ObjectivePatch, 'title' | 'text' | 'ownerEntityCodes'>) {
  return trx.updateTable('strategic_objectives').set({
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.text !== undefined ? { text: patch.text } : {}),
    ...(patch.ownerEntityCodes !== undefined ? { owner_entity_codes: patch.ownerEntityCodes } : {}),
    revision: sql`revision + 1`,
    updated_at: sql`now()`,
  }).where('id', '=', objectiveId).returningAll().executeTakeFirstOrThrow();
}

export async function replaceAmbitions(trx: Transaction<Database>, objectiveId: string, ambitions: NonNullable<ObjectivePatch['ambitions']>): Promise<void> {
  await trx.deleteFrom('ambitions').where('objective_id', '=', objectiveId).execute();
  if (ambitions.length === 0) return;
  await trx.insertInto('ambitions').values(ambitions.map((a, i) => ({
    objective_id: objectiveId, position: i + 1, text: a.text, owner_tags: a.ownerTags, owner_entity_codes: a.ownerEntityCodes,
  }))).execute();
}

/** Moves the plan to a status; signing records who signed which version, and when. */
export function updateStrategicPlanStatus(trx: Transaction<Database>, planId: string, status: StrategicPlanStatus, signature?: { signedBy: string; signedAt: string; version: number }) {
  return trx.updateTable('strategic_plans').set({
    status,
    revision: sql`revision + 1`,
    updated_at: sql`now()`,
    ...(signature ? { signed_at: signature.signedAt, signed_by: signature.signedBy, signed_version: signature.version } : {}),
  }).where('id', '=', planId).returningAll().executeTakeFirstOrThrow();
}

/** Marks a signed plan superseded; undefined when it is not (or no longer) signed. */
export async function supersedePlan(trx: Transaction<Database>, planId: string) {
  const row = await trx.updateTable('strategic_plans').set({ status: 'superseded', revision: sql`revision + 1`, updated_at: sql`now()` })
    .where('id', '=', planId).where('status', '=', 'signed').returning('id').executeTakeFirst();
  return row?.id;
}

/** Appends an addendum under the next number; returns that number. */
export async function insertAddendum(trx: Transaction<Database>, planId: string, input: { title: string; text: string; adoptedOn: string | null }): Promise<number> {
  const last = await trx.selectFrom('addenda').select((eb) => eb.fn.max('number').as('n')).where('plan_id', '=', planId).executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  await trx.insertInto('addenda').values({ plan_id: planId, number, title: input.title, text: input.text, adopted_on: input.adoptedOn }).execute();
  return number;
}
