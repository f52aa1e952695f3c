import type {
  BudgetAdoption, CarryOver, CarryOverResult, ObjectiveResult, OperationalObjective, OperationalObjectiveCreate,
  OperationalObjectivePatch, OperationalPlan, OperationalPlanStatus, OperationalPlanSummary, OperationalStatusChange, Party,
  Project, ProjectInput, ProjectWithdrawal,
} from '@jalon/contracts';
import { calendarMonthsAfter, oneCalendarMonthAfter, parseCalendarDate } from '@jalon/domain';
import { HttpError, notFound } from '@jalon/service-kit';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { recordAudit } from '../audit.js';
import type { Database, OperationalObjectivesTable, OperationalPlansTable } from '../database.js';
import { invalidReference, staleRevision } from '../errors.js';
import { assertEntitiesExist } from './organisations.js';

type Db = Kysely<Database> | Transaction<Database>;
type PlanRow = Selectable<OperationalPlansTable>;

const conflict = (message: string, currentRevision: number) => new HttpError(409, message, { currentRevision });
const spaced = (status: string) => status.replaceAll('_', ' ');

export function toSummary(r: PlanRow): OperationalPlanSummary {
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

const toObjective = (o: Selectable<OperationalObjectivesTable>): OperationalObjective => ({
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

async function projectsOf(db: Db, planId: string, projectId?: string): Promise<Project[]> {
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

export async function getOperationalPlan(db: Db, id: string): Promise<OperationalPlan> {
  const plan = await db.selectFrom('operational_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw notFound(`Operational plan ${id}`);
  const [objectives, projects] = await Promise.all([
    db.selectFrom('operational_objectives').selectAll().where('operational_plan_id', '=', id).orderBy('code').execute(),
    projectsOf(db, id),
  ]);
  return { ...toSummary(plan), objectives: objectives.map(toObjective), projects };
}

export async function listOperationalPlans(db: Kysely<Database>, organisationCode: string, page: { limit: number; offset: number }) {
  const [items, count] = await Promise.all([
    db.selectFrom('operational_plans').selectAll().where('organisation_code', '=', organisationCode)
      .orderBy('year', 'desc').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('operational_plans').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_code', '=', organisationCode).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toSummary), total: count.n, ...page };
}

/**
 * Creates the plan of a year, or returns the one that exists: a client that retries after a lost
 * answer must not end up with two plans for one year.
 */
export async function createOperationalPlan(db: Kysely<Database>, organisationCode: string, input: { year: number; strategicPlanId: string }, actor: string) {
  const { created, id } = await db.transaction().execute(async (trx) => {
    const org = await trx.selectFrom('organisations').select('code').where('code', '=', organisationCode).executeTakeFirst();
    if (!org) throw notFound(`Organisation ${organisationCode}`);
    const strategic = await trx.selectFrom('strategic_plans').select('id')
      .where('id', '=', input.strategicPlanId).where('organisation_code', '=', organisationCode).executeTakeFirst();
    if (!strategic) {
      throw invalidReference('body.strategicPlanId', `${input.strategicPlanId} is not a strategic plan of ${organisationCode} (see GET /organisations/${organisationCode}/strategic-plans)`);
    }
    const inserted = await trx.insertInto('operational_plans')
      .values({ organisation_code: organisationCode, strategic_plan_id: input.strategicPlanId, year: input.year, status: 'drafting' })
      .onConflict((oc) => oc.columns(['organisation_code', 'year']).doNothing()).returning('id').executeTakeFirst();
    if (!inserted) {
      const existing = await trx.selectFrom('operational_plans').select(['id', 'strategic_plan_id', 'revision'])
        .where('organisation_code', '=', organisationCode).where('year', '=', input.year).executeTakeFirstOrThrow();
      if (existing.strategic_plan_id !== input.strategicPlanId) {
        throw conflict(`The operational plan ${input.year} of ${organisationCode} already exists (${existing.id}) and implements strategic plan ${existing.strategic_plan_id}, not ${input.strategicPlanId}. Use the existing plan.`, existing.revision);
      }
      return { created: false, id: existing.id };
    }
    await recordAudit(trx, { actor, action: 'operational_plan.created', subjectType: 'operational_plan', subjectId: inserted.id, after: { ...input, status: 'drafting' } });
    return { created: true, id: inserted.id };
  });
  return { created, plan: await getOperationalPlan(db, id) };
}

async function lockPlan(trx: Transaction<Database>, planId: string) {
  const plan = await trx.selectFrom('operational_plans').selectAll().where('id', '=', planId).forUpdate().executeTakeFirst();
  if (!plan) throw notFound(`Operational plan ${planId}`);
  return plan;
}

const bumpPlan = (trx: Transaction<Database>, planId: string) =>
  trx.updateTable('operational_plans').set({ revision: sql`revision + 1`, updated_at: sql`now()` }).where('id', '=', planId).execute();

function refuseWhenClosed(plan: PlanRow, what: string) {
  if (plan.status === 'closed') throw conflict(`The operational plan ${plan.year} is closed; ${what}. Record it in the plan of the current year instead.`, plan.revision);
}

/** Records, corrects or clears the date of the Chamber's vote; the due date is derived from it. */
export async function recordBudgetAdoption(db: Kysely<Database>, planId: string, input: BudgetAdoption, actor: string) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    if (plan.revision !== input.expectedRevision) throw staleRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseWhenClosed(plan, 'its budget adoption date can no longer be changed');
    if (plan.budget_adopted_on === input.budgetAdoptedOn) return;
    const updated = await trx.updateTable('operational_plans')
      .set({ budget_adopted_on: input.budgetAdoptedOn, revision: sql`revision + 1`, updated_at: sql`now()` })
      .where('id', '=', planId).returningAll().executeTakeFirstOrThrow();
    const before = toSummary(plan);
    const after = toSummary(updated);
    await recordAudit(trx, {
      actor, action: 'operational_plan.budget_adoption_recorded', subjectType: 'operational_plan', subjectId: planId,
      before: { budgetAdoptedOn: before.budgetAdoptedOn, dueDate: before.dueDate, revision: before.revision },
      after: { budgetAdoptedOn: after.budgetAdoptedOn, dueDate: after.dueDate, revision: after.revision },
    });
  });
  return getOperationalPlan(db, planId);
}

function refuseUnlessDrafting(plan: PlanRow, currentRevision: number) {
  if (plan.status === 'drafting') return;
  const next = plan.status === 'in_committee' || plan.status === 'under_review'
    ? 'Ask the President\'s office to send the plan back to drafting first (status drafting).'
    : 'It can no longer go back to drafting; change the year\'s work through projects (add or withdraw), or in next year\'s plan.';
  throw conflict(`The operational plan ${plan.year} is ${spaced(plan.status)}; objectives can be added or changed only while it is in drafting. ${next}`, currentRevision);
}

async function assertOneEntity(db: Db, organisationCode: string, code: string, path: string) {
  if (code === 'ALL') throw invalidReference(path, 'name the one entity that owns it, not ALL');
  await assertEntitiesExist(db, organisationCode, [code], path);
}

async function assertObjectiveFields(trx: Transaction<Database>, plan: PlanRow, fields: Partial<OperationalObjectiveCreate>) {
  if (fields.strategicObjectiveNumber !== undefined) {
    const found = await trx.selectFrom('strategic_objectives').select('number')
      .where('plan_id', '=', plan.strategic_plan_id).where('number', '=', fields.strategicObjectiveNumber).executeTakeFirst();
    if (!found) throw invalidReference('body.strategicObjectiveNumber', `the linked strategic plan has no objective ${fields.strategicObjectiveNumber} (see GET /strategic-plans/${plan.strategic_plan_id})`);
  }
  if (fields.ownerEntityCode !== undefined) await assertOneEntity(trx, plan.organisation_code, fields.ownerEntityCode, 'body.ownerEntityCode');
  if (fields.deadline !== undefined && !fields.deadline.startsWith(`${plan.year}-`)) {
    throw invalidReference('body.deadline', `${fields.deadline} is outside the plan's year; the plan is in force from ${plan.year}-01-01 to ${plan.year}-12-31`);
  }
}

/** Adds a SMART objective; it names the plan's revision, since it changes the plan. */
export async function addObjective(db: Kysely<Database>, planId: string, input: OperationalObjectiveCreate, actor: string) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    if (plan.revision !== input.expectedRevision) throw staleRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseUnlessDrafting(plan, plan.revision);
    await assertObjectiveFields(trx, plan, input);
    const { expectedRevision: _expected, ...objective } = input;
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
    if (!inserted) throw conflict(`The operational plan already has an objective ${objective.code}. Choose another code, or change that objective with PATCH /operational-plans/${planId}/objectives/${encodeURIComponent(objective.code)}.`, plan.revision);
    await bumpPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'objective.added', subjectType: 'operational_objective', subjectId: `${planId}#${objective.code}`, after: { ...objective, revision: 1 } });
  });
  return getOperationalPlan(db, planId);
}

/** Changes an objective; it names the objective's revision, and the plan's revision moves on too. */
export async function patchObjective(db: Kysely<Database>, planId: string, code: string, patch: OperationalObjectivePatch, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    const objective = await trx.selectFrom('operational_objectives').selectAll()
      .where('operational_plan_id', '=', planId).where('code', '=', code).forUpdate().executeTakeFirst();
    if (!objective) throw notFound(`Objective ${code} of operational plan ${planId}`);
    if (objective.revision !== patch.expectedRevision) throw staleRevision(`Objective ${code}`, patch.expectedRevision, objective.revision);
    refuseUnlessDrafting(plan, objective.revision);
    await assertObjectiveFields(trx, plan, patch);
    const updated = await trx.updateTable('operational_objectives').set({
      ...(patch.strategicObjectiveNumber !== undefined ? { strategic_objective_number: patch.strategicObjectiveNumber } : {}),
      ...(patch.statement !== undefined ? { statement: patch.statement } : {}),
      ...(patch.indicator !== undefined ? { indicator: patch.indicator } : {}),
      ...(patch.target !== undefined ? { target: patch.target } : {}),
      ...(patch.ownerEntityCode !== undefined ? { owner_entity_code: patch.ownerEntityCode } : {}),
      ...(patch.means !== undefined ? { means: patch.means } : {}),
      ...(patch.deadline !== undefined ? { deadline: patch.deadline } : {}),
      revision: sql`revision + 1`,
      updated_at: sql`now()`,
    }).where('id', '=', objective.id).returningAll().executeTakeFirstOrThrow();
    await bumpPlan(trx, planId);
    await recordAudit(trx, {
      actor, action: 'objective.updated', subjectType: 'operational_objective', subjectId: `${planId}#${code}`,
      before: toObjective(objective), after: toObjective(updated),
    });
    return toObjective(updated);
  });
}

/**
 * The project named by a caller-chosen id, when it exists: the same request again (a retried call)
 * returns it; anything else under that id is a conflict, never a second project.
 */
async function existingProjectFor(trx: Transaction<Database>, plan: PlanRow, id: string, input: ProjectInput) {
  const found = await trx.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!found) return undefined;
  if (found.operational_plan_id !== plan.id) {
    throw conflict(`The project id ${id} is already taken by a project of another operational plan. Choose a new id for this project.`, plan.revision);
  }
  const added = await trx.selectFrom('project_changes').selectAll().where('project_id', '=', id).where('action', '=', 'add')
    .orderBy('created_at').limit(1).executeTakeFirst();
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

/**
 * Rule 7: projects are added or withdrawn during the year at the request of either party. With an id
 * chosen by the caller, the same request again returns the project already added (created: false).
 */
export async function addProject(db: Kysely<Database>, planId: string, input: ProjectInput, actor: string) {
  const { created, id } = await db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    if (input.id !== undefined) {
      const existing = await existingProjectFor(trx, plan, input.id, input);
      if (existing) return { created: false, id: existing };
    }
    refuseWhenClosed(plan, 'projects can no longer be added');
    await assertOneEntity(trx, plan.organisation_code, input.ownerEntityCode, 'body.ownerEntityCode');
    const project = await trx.insertInto('projects')
      .values({ ...(input.id !== undefined ? { id: input.id } : {}), operational_plan_id: planId, title: input.title, owner_entity_code: input.ownerEntityCode, status: 'active' })
      // Another plan's transaction may take the id between the look-up and here (the plan lock covers only this plan).
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id').executeTakeFirst();
    if (!project) throw conflict(`The project id ${input.id} is already taken by a project of another operational plan. Choose a new id for this project.`, plan.revision);
    await trx.insertInto('project_changes').values({
      project_id: project.id, action: 'add', requested_by_party: input.requestedByParty, requested_by: actor, reason: input.reason, requested_on: input.requestedOn,
    }).execute();
    await bumpPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'project.added', subjectType: 'project', subjectId: project.id, after: { operationalPlanId: planId, ...input } });
    return { created: true, id: project.id };
  });
  return { created, project: (await projectsOf(db, planId, id))[0]! };
}

export async function withdrawProject(db: Kysely<Database>, planId: string, projectId: string, input: ProjectWithdrawal, actor: string) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    const project = await trx.selectFrom('projects').selectAll().where('id', '=', projectId).where('operational_plan_id', '=', planId).executeTakeFirst();
    if (!project) throw notFound(`Project ${projectId} of operational plan ${planId}`);
    refuseWhenClosed(plan, 'projects can no longer be withdrawn');
    if (project.status === 'withdrawn') {
      throw conflict(`The project "${project.title}" is already withdrawn (see its history); there is nothing more to withdraw. To pursue it again, add it as a new project.`, plan.revision);
    }
    await trx.updateTable('projects').set({ status: 'withdrawn' }).where('id', '=', projectId).execute();
    await trx.insertInto('project_changes').values({
      project_id: projectId, action: 'withdraw', requested_by_party: input.requestedByParty, requested_by: actor, reason: input.reason, requested_on: input.requestedOn,
    }).execute();
    await bumpPlan(trx, planId);
    await recordAudit(trx, { actor, action: 'project.withdrawn', subjectType: 'project', subjectId: projectId, before: { status: 'active' }, after: { operationalPlanId: planId, status: 'withdrawn', ...input } });
  });
  return (await projectsOf(db, planId, projectId))[0]!;
}

/** Statuses an operational plan may move to from each status; the cycle's workflow drives these moves. */
const nextStatuses: Record<OperationalPlanStatus, OperationalPlanStatus[]> = {
  drafting: ['in_committee'],
  in_committee: ['drafting', 'under_review', 'validated'],
  under_review: ['drafting', 'validated'],
  validated: ['transmitted'],
  transmitted: ['closed'],
  closed: [],
};

export async function changeOperationalPlanStatus(db: Kysely<Database>, planId: string, change: OperationalStatusChange, actor: string) {
  await db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    if (plan.revision !== change.expectedRevision) throw staleRevision('The operational plan', change.expectedRevision, plan.revision);
    const from = plan.status as OperationalPlanStatus;
    if (!nextStatuses[from].includes(change.status)) {
      const allowed = nextStatuses[from].join(', ') || 'none (it is final)';
      throw conflict(`An operational plan that is ${from} cannot become ${change.status}; from ${from} it can become: ${allowed}.`, plan.revision);
    }
    const transmitting = change.status === 'transmitted';
    if (transmitting && change.version === undefined) {
      throw invalidReference('body.version', 'name the frozen version sent to the Minister (freeze it with POST /operational-plans/:planId/versions)');
    }
    if (!transmitting && change.version !== undefined) {
      throw invalidReference('body.version', 'a version is named only when the plan is transmitted; leave it out');
    }
    if (transmitting) {
      const version = await trx.selectFrom('plan_versions').select('number')
        .where('plan_kind', '=', 'operational').where('plan_id', '=', planId).where('number', '=', change.version!).executeTakeFirst();
      if (!version) throw invalidReference('body.version', `version ${change.version} of this plan does not exist; freeze the version first (POST /operational-plans/${planId}/versions)`);
    }
    const updated = await trx.updateTable('operational_plans').set({
      status: change.status,
      revision: sql`revision + 1`,
      updated_at: sql`now()`,
      ...(transmitting ? { transmitted_at: sql<Date>`now()`, transmitted_version: change.version! } : {}),
    }).where('id', '=', planId).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor, action: 'operational_plan.status_changed', subjectType: 'operational_plan', subjectId: planId,
      before: { status: from, revision: plan.revision },
      after: { status: updated.status, revision: updated.revision, ...(transmitting ? { transmittedVersion: change.version } : {}) },
    });
  });
  return getOperationalPlan(db, planId);
}

/**
 * Records (or clears) what an objective achieved. Results are recorded once the plan is in force
 * (transmitted) and after it closed at year end; they are not part of the approved content, so a
 * frozen version keeps its hash. Names the objective's revision; the plan's revision moves on too.
 */
export async function recordObjectiveResult(db: Kysely<Database>, planId: string, code: string, input: ObjectiveResult, actor: string) {
  return db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    const objective = await trx.selectFrom('operational_objectives').selectAll()
      .where('operational_plan_id', '=', planId).where('code', '=', code).forUpdate().executeTakeFirst();
    if (!objective) throw notFound(`Objective ${code} of operational plan ${planId}`);
    if (objective.revision !== input.expectedRevision) throw staleRevision(`Objective ${code}`, input.expectedRevision, objective.revision);
    if (plan.status !== 'transmitted' && plan.status !== 'closed') {
      throw conflict(`The operational plan ${plan.year} is ${spaced(plan.status)}; results are recorded once the plan is in force, after it is transmitted to the Minister (status transmitted or closed). `
        + `Record it once the plan is transmitted (see GET /operational-plans/${planId} for its status).`, objective.revision);
    }
    if (objective.result === input.result) return toObjective(objective);
    const updated = await trx.updateTable('operational_objectives')
      .set({ result: input.result, revision: sql`revision + 1`, updated_at: sql`now()` })
      .where('id', '=', objective.id).returningAll().executeTakeFirstOrThrow();
    await bumpPlan(trx, planId);
    await recordAudit(trx, {
      actor, action: 'objective.result_recorded', subjectType: 'operational_objective', subjectId: `${planId}#${code}`,
      before: { result: objective.result, revision: objective.revision }, after: { result: updated.result, revision: updated.revision },
    });
    return toObjective(updated);
  });
}

/**
 * Starts a draft from an earlier year's plan (rule 6: it builds on the previous year's results):
 * copies each objective whose code the draft does not have yet, its deadline moved to the same day
 * of the draft's year (29 February → 28 February) and the result it reached kept as previousResult.
 * An objective whose strategic objective does not exist in the draft's strategic plan is skipped and reported.
 * Copies nothing twice: running it again copies nothing and leaves the revision alone.
 */
export async function carryOver(db: Kysely<Database>, planId: string, input: CarryOver, actor: string): Promise<CarryOverResult> {
  const { copied, skipped } = await db.transaction().execute(async (trx) => {
    const plan = await lockPlan(trx, planId);
    if (plan.revision !== input.expectedRevision) throw staleRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseUnlessDrafting(plan, plan.revision);
    const source = await trx.selectFrom('operational_plans').selectAll().where('id', '=', input.fromPlanId).forShare().executeTakeFirst();
    const listing = `see GET /organisations/${plan.organisation_code}/operational-plans`;
    if (!source) throw invalidReference('body.fromPlanId', `${input.fromPlanId} is not an operational plan (${listing})`);
    if (source.organisation_code !== plan.organisation_code) {
      throw invalidReference('body.fromPlanId', `${input.fromPlanId} is a plan of ${source.organisation_code}; carry over from a plan of ${plan.organisation_code} (${listing})`);
    }
    if (source.year >= plan.year) {
      throw invalidReference('body.fromPlanId', `${input.fromPlanId} is the plan of ${source.year}; carry over from the plan of an earlier year than ${plan.year} (${listing})`);
    }

    const [objectives, present, strategic] = await Promise.all([
      trx.selectFrom('operational_objectives').selectAll().where('operational_plan_id', '=', source.id).orderBy('code').execute(),
      trx.selectFrom('operational_objectives').select('code').where('operational_plan_id', '=', planId).execute(),
      trx.selectFrom('strategic_objectives').select('number').where('plan_id', '=', plan.strategic_plan_id).execute(),
    ]);
    const inTarget = new Set(present.map((o) => o.code));
    const numbers = new Set(strategic.map((o) => o.number));
    const months = (plan.year - source.year) * 12;
    const copied: string[] = [];
    const skipped: Array<{ code: string; reason: string }> = [];
    for (const o of objectives) {
      if (inTarget.has(o.code)) continue;
      if (!numbers.has(o.strategic_objective_number)) {
        skipped.push({ code: o.code, reason: `the strategic plan the ${plan.year} plan implements has no objective ${o.strategic_objective_number}; add it with a current link (POST /operational-plans/${planId}/objectives)` });
        continue;
      }
      await trx.insertInto('operational_objectives').values({
        operational_plan_id: planId,
        code: o.code,
        strategic_objective_number: o.strategic_objective_number,
        statement: o.statement,
        indicator: o.indicator,
        target: o.target,
        owner_entity_code: o.owner_entity_code,
        means: o.means,
        deadline: calendarMonthsAfter(parseCalendarDate(o.deadline), months),
        previous_result: o.result,
        carried_from_year: source.year,
        carried_from_code: o.code,
      }).execute();
      copied.push(o.code);
    }
    if (copied.length > 0) {
      await bumpPlan(trx, planId);
      await recordAudit(trx, {
        actor, action: 'operational_plan.carried_over', subjectType: 'operational_plan', subjectId: planId,
        before: { revision: plan.revision },
        after: { fromPlanId: source.id, fromYear: source.year, copied, skipped, revision: plan.revision + 1 },
      });
    }
    return { copied, skipped };
  });
  return { plan: await getOperationalPlan(db, planId), copied, skipped };
}
