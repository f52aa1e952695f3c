import type { Kysely } from 'kysely';
import { recordAudit } from '../repositories/audit.js';
import type { Database } from '../database.js';
import { loadOrganisationRecords } from './load-organisation.js';
import { loadChapters } from './load-chapters.js';
import { loadFigures } from './load-figures.js';
import { loadReferencePlan } from './load-reference-plan.js';
import type { ReferencePlan } from './reference-plan.schema.js';

export interface LoadResult {
  organisationCode: string;
  strategicPlanId: string;
  /** rows written by this load; all zero when the plan was already there */
  inserted: Record<string, number>;
}

/**
 * Loads a reference plan. Idempotent: every row is keyed by what the plan calls it (codes and
 * numbers), inserted when missing and left alone when present, so a second load writes nothing and
 * edits made through the API since the first load are kept.
 */
export async function loadReferenceIntoDatabase(db: Kysely<Database>, plan: ReferencePlan = loadReferencePlan(), actor = 'reference-loader'): Promise<LoadResult> {
  return db.transaction().execute(async (trx) => {
    const org = plan.organisation.code;
    const count = async (q: Promise<Array<unknown>>) => (await q).length;
    const inserted: Record<string, number> = {};

    // The reference organisation is the one `npm start` demonstrates, with its ministers' cells
    // outside the identity provider: it starts with e-mailed sign-in allowed (still subject to the
    // installation's EMAIL_SIGN_IN). Set only when the organisation is created, so an
    // administrator's later choice survives every reload.
    Object.assign(inserted, await loadOrganisationRecords(trx, plan, actor, { emailSignIn: true }));

    const code = `${plan.strategicPlan.period.from}-${plan.strategicPlan.period.to}`;
    inserted.strategicPlans = await count(trx.insertInto('strategic_plans').values({
      organisation_code: org, code, period_from: plan.strategicPlan.period.from, period_to: plan.strategicPlan.period.to,
      title_fr: plan.strategicPlan.title.fr, title_nl: plan.strategicPlan.title.nl, status: 'draft', replaces_text: plan.strategicPlan.replaces.text,
    }).onConflict((oc) => oc.doNothing()).returning('id').execute());
    const { id: planId } = await trx.selectFrom('strategic_plans').select('id').where('organisation_code', '=', org).where('code', '=', code).executeTakeFirstOrThrow();

    inserted.priorities = await count(trx.insertInto('priorities').values(plan.priorities.map((p) => ({ plan_id: planId, number: p.number, title: p.title, text: p.text })))
      .onConflict((oc) => oc.doNothing()).returning('id').execute());

    inserted.objectives = await count(trx.insertInto('strategic_objectives').values(plan.objectives.map((o) => ({
      plan_id: planId, number: o.number, title: o.title, text: o.text, category: o.category, domain: o.domain, owner_entity_codes: o.ownerEntityCodes,
    }))).onConflict((oc) => oc.doNothing()).returning('id').execute());
    const objectiveIds = new Map((await trx.selectFrom('strategic_objectives').select(['id', 'number']).where('plan_id', '=', planId).execute()).map((o) => [o.number, o.id]));

    const ambitions = plan.objectives.flatMap((o) => o.ambitions.map((a, i) => ({
      objective_id: objectiveIds.get(o.number)!, position: i + 1, text: a.text, owner_tags: a.ownerTags, owner_entity_codes: a.ownerEntityCodes,
    })));
    inserted.ambitions = ambitions.length === 0 ? 0 : await count(trx.insertInto('ambitions').values(ambitions).onConflict((oc) => oc.doNothing()).returning('id').execute());

    inserted.riskDomains = await count(trx.insertInto('risk_domains').values(plan.riskDomains.map((r) => ({
      plan_id: planId, number: r.number, title: r.title, weaknesses: r.weaknesses ?? [], threats: r.threats ?? [], objective_numbers: r.objectiveNumbers,
    }))).onConflict((oc) => oc.doNothing()).returning('id').execute());

    inserted.communicationItems = await count(trx.insertInto('communication_items').values(plan.communicationPlan.items.map((c) => ({
      plan_id: planId, code: c.code, audience: c.audience, target_group: c.targetGroup.fr, timing: c.when, message: c.message, channels: c.channels, material: c.material,
    }))).onConflict((oc) => oc.doNothing()).returning('code').execute());

    inserted.chapters = await loadChapters(trx, planId, plan);
    Object.assign(inserted, await loadFigures(trx, planId, plan));

    if (Object.values(inserted).some((n) => n > 0)) {
      await recordAudit(trx, { actor, action: 'reference.loaded', subjectType: 'strategic_plan', subjectId: planId, after: inserted });
    }
    return { organisationCode: org, strategicPlanId: planId, inserted };
  });
}
