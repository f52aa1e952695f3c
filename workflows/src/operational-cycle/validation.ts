import type { RoundResult } from '../approval-round/messages.js';
import { act } from '../shared/activities.js';
import { reviewByAuthorities, type AuthorityReviewSteps } from '../shared/authority-review.js';
import { committeeRuleFor } from '../shared/committee-rule.js';
import { toMember } from '../shared/people.js';
import type { Cycle } from './cycle.js';

type ReviewScope = Awaited<ReturnType<typeof act.operationalPlanForReview>>;

/**
 * Consolidation by the President's office, the committee's round, then the State Secretary's review
 * of the objectives of his part; changes requested at either step start again from consolidation.
 */
export async function validate(cycle: Cycle): Promise<void> {
  const { state, input } = cycle;
  const presidentOffice = await cycle.holdersOf('president_office');
  for (;;) {
    state.stage = 'consolidation';
    await cycle.freeze();
    await cycle.runRound('consolidation', { kind: 'first' }, presidentOffice.map(toMember), ['consolidation'], { mode: 'task' });

    await cycle.freeze();
    state.changesRequested = [];
    await act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'in_committee' });
    state.stage = 'committee';
    const committee = (await cycle.holdersOf('committee_member')).map(toMember);
    const rule = committeeRuleFor(input.committeeRule, committee, { key: `v${state.version!.number}`, dueDate: state.budget.dueDate }, (a) => state.alerts.push(a));
    const committeeResult = await cycle.runRound('committee', rule, committee, ['plan']);
    if (committeeResult.changesRequested.length > 0) {
      await backToConsolidation(cycle, 'committee', committeeResult);
      continue;
    }

    if (await reviewByAuthorities(state, 'state_secretary_review', input.reviewingAuthorityCodes, stateSecretaryReview(cycle))) return;
  }
}

/** The State Secretary's cell decides on the operational objectives linked to strategic objectives in his scope. */
function stateSecretaryReview(cycle: Cycle): AuthorityReviewSteps<ReviewScope> {
  return {
    readScope: (authorityCode) => act.operationalPlanForReview({ planId: cycle.planId(), authorityCode }),
    hashesOf: (scope) => scope.objectives.map((o) => [o.code, o.sha256]),
    markUnderReview: () => act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'under_review' }),
    reviewers: (authorityCode) => cycle.holdersOf('state_secretary_cell', authorityCode),
    review: (authorityCode, scope, reviewers, objectives) => cycle.runRound('state_secretary_review', { kind: 'first' }, reviewers.map(toMember), objectives, {
      itemTitles: Object.fromEntries(scope.objectives.map((o) => [o.code, { fr: `${o.code} – ${o.statement}`, nl: `${o.code} – ${o.statement}` }])),
      objectives: scope.objectives.filter((o) => objectives.includes(o.code)).map((o) => ({ code: o.code, title: { fr: o.statement, nl: o.statement } })),
    }, `:${authorityCode}`),
    sendBack: (result) => backToConsolidation(cycle, 'state_secretary_review', result),
  };
}

async function backToConsolidation(cycle: Cycle, step: string, result: RoundResult): Promise<void> {
  cycle.state.changesRequested = result.changesRequested.map((c) => ({ step, ...c }));
  await act.setOperationalPlanStatus({ planId: cycle.planId(), status: 'drafting' });
}
