import type { YearEndResult, YearEndStatus } from '@jalon/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import type { OperationalPlanRow } from '../repositories/operational-plans.js';

/** The status as the plan data is written (French and Dutch), for the previousResult next year's drafters read. */
const statusWords: Record<YearEndStatus, string> = {
  achieved: 'atteint / bereikt',
  partly_achieved: 'partiellement atteint / gedeeltelijk bereikt',
  not_achieved: 'non atteint / niet bereikt',
  dropped: 'abandonné / stopgezet',
};

/** A year-end result as one text, the way the free-text result has always carried into next year. */
export function previousResultOf(result: Pick<YearEndResult, 'value' | 'status' | 'explanation'>): string {
  return `${result.value} (${statusWords[result.status]}). ${result.explanation}`;
}

/**
 * Next year's draft may already hold this objective (the cycle of the next year starts in the
 * autumn, before the results are in): while it is still in drafting, its previousResult follows.
 */
export async function carryYearEndResultForward(trx: Transaction<Database>, plan: OperationalPlanRow, code: string, result: YearEndResult, actor: string): Promise<void> {
  const next = await trx.selectFrom('operational_plans').select(['id', 'status'])
    .where('organisation_code', '=', plan.organisation_code).where('year', '=', plan.year + 1).executeTakeFirst();
  if (!next || next.status !== 'drafting') return;
  const previousResult = previousResultOf(result);
  const changed = await trx.updateTable('operational_objectives').set({ previous_result: previousResult })
    .where('operational_plan_id', '=', next.id).where('carried_from_year', '=', plan.year).where('carried_from_code', '=', code)
    .returning('code').execute();
  for (const o of changed) {
    await recordAudit(trx, {
      actor, action: 'objective.previous_result_carried', subjectType: 'operational_objective', subjectId: `${next.id}#${o.code}`,
      after: { previousResult, fromPlanId: plan.id, fromCode: code },
    });
  }
}
