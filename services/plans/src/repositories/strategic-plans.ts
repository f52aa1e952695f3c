import type { ObjectivePatch, StrategicObjective, StrategicPlan, StrategicPlanStatus, StrategicPlanSummary } from '@jalon/contracts';
import { HttpError, notFound } from '@jalon/service-kit';
import { sql, type Kysely, type Selectable } from 'kysely';
import { recordAudit } from '../audit.js';
import type { Database, StrategicPlansTable } from '../database.js';
import { staleRevision } from '../errors.js';
import { assertEntitiesExist, listAuthorities, reviewersOf, type Authority } from './organisations.js';

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

export async function planRevision(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db.selectFrom('strategic_plans').select('revision').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Strategic plan ${id}`);
  return row.revision;
}

async function planRow(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('strategic_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Strategic plan ${id}`);
  return row;
}

export async function getStrategicPlan(db: Kysely<Database>, id: string): Promise<StrategicPlan> {
  const plan = await planRow(db, id);
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

export async function getObjective(db: Kysely<Database>, planId: string, number: number) {
  const objective = await db.selectFrom('strategic_objectives').selectAll().where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  if (!objective) throw notFound(`Objective ${number} of strategic plan ${planId}`);
  const [ambitions, plan] = await Promise.all([
    db.selectFrom('ambitions').selectAll().where('objective_id', '=', objective.id).orderBy('position').execute(),
    planRow(db, planId),
  ]);
  const authorities = await listAuthorities(db, plan.organisation_code);
  return toObjective(objective, ambitions, authorities);
}

function toObjective(
  o: Selectable<Database['strategic_objectives']>,
  ambitions: Array<{ position: number; text: string; owner_tags: string[]; owner_entity_codes: string[] }>,
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

/** Statuses a plan may move to from each status; the lifecycle workflow drives these moves. */
const nextStatuses: Record<StrategicPlanStatus, StrategicPlanStatus[]> = {
  draft: ['in_committee'],
  in_committee: ['draft', 'under_review', 'awaiting_signature'],
  under_review: ['draft', 'awaiting_signature'],
  awaiting_signature: ['draft', 'signed'],
  signed: ['superseded'],
  superseded: [],
};

const editable: StrategicPlanStatus[] = ['draft'];

/**
 * Edits one objective. The plan's revision and the objective's both move on, so a client holding
 * either learns that the plan changed. Only a plan in drafting can be edited.
 */
export async function patchObjective(db: Kysely<Database>, planId: string, number: number, patch: ObjectivePatch, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await trx.selectFrom('strategic_plans').selectAll().where('id', '=', planId).forUpdate().executeTakeFirst();
    if (!plan) throw notFound(`Strategic plan ${planId}`);
    const objective = await trx.selectFrom('strategic_objectives').selectAll().where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
    if (!objective) throw notFound(`Objective ${number} of strategic plan ${planId}`);
    if (objective.revision !== patch.expectedRevision) throw staleRevision(`Objective ${number}`, patch.expectedRevision, objective.revision);
    if (!editable.includes(plan.status as StrategicPlanStatus)) {
      throw new HttpError(409, `The plan is ${plan.status.replaceAll('_', ' ')}; objectives can be changed only while it is in drafting. Ask the President's office to send it back to drafting.`, { currentRevision: objective.revision });
    }
    if (patch.ownerEntityCodes) await assertEntitiesExist(trx, plan.organisation_code, patch.ownerEntityCodes, 'body.ownerEntityCodes');
    if (patch.ambitions) {
      for (const [i, a] of patch.ambitions.entries()) await assertEntitiesExist(trx, plan.organisation_code, a.ownerEntityCodes, `body.ambitions.${i}.ownerEntityCodes`);
    }
    const beforeAmbitions = await trx.selectFrom('ambitions').select(['position', 'text', 'owner_tags', 'owner_entity_codes']).where('objective_id', '=', objective.id).orderBy('position').execute();
    const updated = await trx.updateTable('strategic_objectives').set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.ownerEntityCodes !== undefined ? { owner_entity_codes: patch.ownerEntityCodes } : {}),
      revision: sql`revision + 1`,
      updated_at: sql`now()`,
    }).where('id', '=', objective.id).returningAll().executeTakeFirstOrThrow();
    if (patch.ambitions) {
      await trx.deleteFrom('ambitions').where('objective_id', '=', objective.id).execute();
      if (patch.ambitions.length > 0) {
        await trx.insertInto('ambitions').values(patch.ambitions.map((a, i) => ({
          objective_id: objective.id, position: i + 1, text: a.text, owner_tags: a.ownerTags, owner_entity_codes: a.ownerEntityCodes,
        }))).execute();
      }
    }
    await trx.updateTable('strategic_plans').set({ revision: sql`revision + 1`, updated_at: sql`now()` }).where('id', '=', planId).execute();
    await recordAudit(trx, {
      actor,
      action: 'objective.updated',
      subjectType: 'strategic_objective',
      subjectId: `${planId}#${number}`,
      before: { title: objective.title, text: objective.text, ownerEntityCodes: objective.owner_entity_codes, ambitions: beforeAmbitions, revision: objective.revision },
      after: { title: updated.title, text: updated.text, ownerEntityCodes: updated.owner_entity_codes, ...(patch.ambitions ? { ambitions: patch.ambitions } : {}), revision: updated.revision },
    });
    return updated.revision;
  });
}

export async function changeStrategicPlanStatus(
  db: Kysely<Database>,
  planId: string,
  change: { expectedRevision: number; status: StrategicPlanStatus; signature?: { signedBy: string; signedAt: string; version: number } | undefined },
  actor: string,
) {
  return db.transaction().execute(async (trx) => {
    const plan = await trx.selectFrom('strategic_plans').selectAll().where('id', '=', planId).forUpdate().executeTakeFirst();
    if (!plan) throw notFound(`Strategic plan ${planId}`);
    if (plan.revision !== change.expectedRevision) throw staleRevision('The plan', change.expectedRevision, plan.revision);
    const from = plan.status as StrategicPlanStatus;
    if (!nextStatuses[from].includes(change.status)) {
      const allowed = nextStatuses[from].join(', ') || 'none';
      throw new HttpError(409, `A plan that is ${from} cannot become ${change.status}; from ${from} it can become: ${allowed}.`, { currentRevision: plan.revision });
    }
    if (change.status === 'signed') {
      if (!change.signature) throw new HttpError(400, 'The request is not valid: body.signature: a signature (signedBy, signedAt, version) is required to mark the plan signed.', { issues: [{ path: 'body.signature', message: 'required with status signed' }] });
      const version = await trx.selectFrom('plan_versions').select('number').where('plan_kind', '=', 'strategic').where('plan_id', '=', planId).where('number', '=', change.signature.version).executeTakeFirst();
      if (!version) throw new HttpError(400, `The request is not valid: body.signature.version: version ${change.signature.version} of this plan does not exist; freeze the version first.`, { issues: [{ path: 'body.signature.version', message: 'no such version' }] });
    }
    const updated = await trx.updateTable('strategic_plans').set({
      status: change.status,
      revision: sql`revision + 1`,
      updated_at: sql`now()`,
      ...(change.status === 'signed' && change.signature
        ? { signed_at: change.signature.signedAt, signed_by: change.signature.signedBy, signed_version: change.signature.version }
        : {}),
    }).where('id', '=', planId).returningAll().executeTakeFirstOrThrow();
    // The plan a newly signed one replaces is superseded from the same moment.
    if (change.status === 'signed' && plan.supersedes_id) {
      const previous = await trx.updateTable('strategic_plans').set({ status: 'superseded', revision: sql`revision + 1`, updated_at: sql`now()` })
        .where('id', '=', plan.supersedes_id).where('status', '=', 'signed').returning('id').executeTakeFirst();
      if (previous) await recordAudit(trx, { actor, action: 'plan.superseded', subjectType: 'strategic_plan', subjectId: previous.id, before: { status: 'signed' }, after: { status: 'superseded', by: planId } });
    }
    await recordAudit(trx, { actor, action: 'plan.status_changed', subjectType: 'strategic_plan', subjectId: planId, before: { status: from, revision: plan.revision }, after: { status: updated.status, revision: updated.revision, ...(change.signature ? { signature: change.signature } : {}) } });
    return toSummary(updated);
  });
}

export async function addAddendum(db: Kysely<Database>, planId: string, input: { title: string; text: string; adoptedOn: string | null }, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await trx.selectFrom('strategic_plans').selectAll().where('id', '=', planId).forUpdate().executeTakeFirst();
    if (!plan) throw notFound(`Strategic plan ${planId}`);
    if (plan.status !== 'signed') throw new HttpError(409, `Addenda are added to a signed plan; this one is ${plan.status.replaceAll('_', ' ')}. Change the draft instead.`, { currentRevision: plan.revision });
    const last = await trx.selectFrom('addenda').select((eb) => eb.fn.max('number').as('n')).where('plan_id', '=', planId).executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    await trx.insertInto('addenda').values({ plan_id: planId, number, title: input.title, text: input.text, adopted_on: input.adoptedOn }).execute();
    await trx.updateTable('strategic_plans').set({ revision: sql`revision + 1`, updated_at: sql`now()` }).where('id', '=', planId).execute();
    await recordAudit(trx, { actor, action: 'addendum.added', subjectType: 'strategic_plan', subjectId: planId, after: { number, ...input } });
    return { number, ...input };
  });
}
