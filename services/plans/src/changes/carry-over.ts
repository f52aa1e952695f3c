import type { CarryOver, CarryOverResult } from '@jalon/contracts';
import { calendarMonthsAfter, parseCalendarDate } from '@jalon/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { insertCarriedObjective, objectiveRowsOf, strategicObjectiveNumbers } from '../repositories/operational-objectives.js';
import { bumpOperationalPlan, shareOperationalPlan } from '../repositories/operational-plans.js';
import { checkCarryOverSource, refuseUnlessDrafting } from '../rules/operational-plan.js';
import { checkRevision } from '../rules/revision.js';
import { lockedPlan, planAfterChange } from './operational-plans.js';
import { previousResultOf } from './year-end-carry.js';
import { toYearEndResult } from '../repositories/progress.js';

const previousResultFrom = (row: Parameters<typeof toYearEndResult>[0]) => {
  const result = toYearEndResult(row);
  return result ? previousResultOf(result) : undefined;
};

/**
 * Starts a draft from an earlier year's plan (rule 6: it builds on the previous year's results):
 * copies each objective whose code the draft does not have yet, its deadline moved to the same day
 * of the draft's year (29 February → 28 February) and the result it reached kept as previousResult
 * (its year-end result when recorded, else the free-text result).
 * An objective whose strategic objective does not exist in the draft's strategic plan is skipped and reported.
 * Copies nothing twice: running it again copies nothing and leaves the revision alone.
 */
export async function carryOver(db: Kysely<Database>, planId: string, input: CarryOver, actor: string): Promise<CarryOverResult> {
  const { copied, skipped } = await db.transaction().execute(async (trx) => {
    const plan = await lockedPlan(trx, planId);
    checkRevision('The operational plan', input.expectedRevision, plan.revision);
    refuseUnlessDrafting(plan, plan.revision);
    const source = await shareOperationalPlan(trx, input.fromPlanId);
    checkCarryOverSource(plan, source, input.fromPlanId);

    const [objectives, present, numbers, results] = await Promise.all([
      objectiveRowsOf(trx, source.id), objectiveRowsOf(trx, planId), strategicObjectiveNumbers(trx, plan.strategic_plan_id),
      trx.selectFrom('objective_progress').selectAll().where('operational_plan_id', '=', source.id).execute(),
    ]);
    const inTarget = new Set(present.map((o) => o.code));
    const months = (plan.year - source.year) * 12;
    const copied: string[] = [];
    const skipped: Array<{ code: string; reason: string }> = [];
    for (const o of objectives) {
      if (inTarget.has(o.code)) continue;
      if (!numbers.has(o.strategic_objective_number)) {
        skipped.push({ code: o.code, reason: `the strategic plan the ${plan.year} plan implements has no objective ${o.strategic_objective_number}; add it with a current link (POST /operational-plans/${planId}/objectives)` });
        continue;
      }
      await insertCarriedObjective(trx, {
        operational_plan_id: planId,
        code: o.code,
        strategic_objective_number: o.strategic_objective_number,
        statement: o.statement,
        indicator: o.indicator,
        target: o.target,
        owner_entity_code: o.owner_entity_code,
        means: o.means,
        deadline: calendarMonthsAfter(parseCalendarDate(o.deadline), months),
        // The year-end result (value, status, explanation) when there is one, else the free-text result.
        previous_result: previousResultFrom(results.find((r) => r.objective_code === o.code)) ?? o.result,
        carried_from_year: source.year,
        carried_from_code: o.code,
      });
      copied.push(o.code);
    }
    if (copied.length > 0) {
      await bumpOperationalPlan(trx, planId);
      await recordAudit(trx, {
        actor, action: 'operational_plan.carried_over', subjectType: 'operational_plan', subjectId: planId,
        before: { revision: plan.revision },
        after: { fromPlanId: source.id, fromYear: source.year, copied, skipped, revision: plan.revision + 1 },
      });
    }
    return { copied, skipped };
  });
  return { plan: await planAfterChange(db, planId), copied, skipped };
}
