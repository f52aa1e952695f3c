import type { Activities } from '@jalon/activities';
import type { DraftingTask, FrozenVersion } from '@jalon/contracts';
import type { ApprovalRoundInput, RoundMember, RoundNotices } from '../approval-round/messages.js';
import { writesDecisionRecord } from '../shared/decision-record.js';
import { toMember } from '../shared/people.js';
import { draftingStepName } from '../shared/step-names.js';
import type { Cycle } from './cycle.js';

export type Assignment = Awaited<ReturnType<Activities['draftingAssignments']>>[number];
/** One entity's drafting: what it owns, who is asked, and its task as the cycle shows it. */
export interface Drafting { a: Assignment; asked: RoundMember[]; task: DraftingTask }

/**
 * An entity's drafting task as a round: the first of its drafters (or of the President's office) to
 * say "done" closes it, and its e-mail carries the objectives the entity owns. The same whether a
 * round workflow of its own runs it or the cycle holds it.
 */
export function draftingRoundInput(cycle: Cycle, version: FrozenVersion, { a, asked, task }: Drafting): ApprovalRoundInput & { notices: RoundNotices } {
  const { state, input } = cycle;
  const stepName = draftingStepName(a.entityName);
  return {
    roundId: task.roundId, step: `drafting:${a.entityCode}`, organisationCode: input.organisationCode, planId: cycle.planId(), planVersion: version.number, planSha256: version.sha256,
    rule: { kind: 'first' }, members: asked.map(toMember), items: ['drafting'],
    notices: {
      planTitle: input.planTitle, stepName, itemTitles: { drafting: stepName }, due: state.budget.dueDate, followUp: 'parent', mode: 'task',
      objectives: a.strategicObjectives.map((o) => ({ code: String(o.number), title: o.title })),
      request: { template: 'drafting_task', params: { strategicPlanTitle: input.strategicPlanTitle, entityName: a.entityName, year: input.year, strategicObjectives: a.strategicObjectives } },
      escalateTo: { presidentOffice: [], ministerCell: [] },
    },
    ...(writesDecisionRecord() ? { record: { planKind: 'operational' as const, stepName } } : {}),
  };
}
