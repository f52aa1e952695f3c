import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { RoundResult } from '../approval-round/messages.js';
import { act } from '../shared/activities.js';
import { reviewByAuthorities, type AuthorityReviewSteps } from '../shared/authority-review.js';
import { committeeRuleFor } from '../shared/committee-rule.js';
import { writesDecisionRecord } from '../shared/decision-record.js';
import { today, toMember } from '../shared/people.js';
import {
  lifecycleState, recordSignature, submitPlan,
  type LifecycleState, type StrategicPlanInput, type SubmitInput,
} from './messages.js';
import { recordStrategicAct } from './acts.js';
import { reviewRound } from './rounds.js';

type ReviewScope = Awaited<ReturnType<typeof act.strategicPlanForReview>>;

/**
 * Submitting takes the draft out of editing before the submission is answered: the plans service
 * refuses edits once the status is in_committee, so nothing can change between the President's
 * office pressing "submit" and the version frozen for the committee. Runs started before the patch
 * set the status after freezing, as they did.
 */
export const STATUS_ON_SUBMIT_PATCH = 'strategic-status-on-submit';

/**
 * The strategic plan from drafting to the Minister's signature and its communication: the
 * committee round, the State Secretary's review of the objectives in his scope (only those
 * changed since he approved them), the signature of the exact frozen version, then one e-mail per
 * recipient of the communication plan.
 */
export async function strategicPlanLifecycle(input: StrategicPlanInput): Promise<LifecycleState> {
  const state: LifecycleState = {
    stage: 'drafting', version: null, currentRoundId: null, approvedHashes: {}, changesRequested: [], signature: null, lastAskedVersion: {},
  };
  let submitted = false;
  let signature: LifecycleState['signature'] = null;
  let signers: string[] = [];

  setHandler(lifecycleState, () => state);
  // Set while a submission is handled, before the main loop may see it (the status is set first).
  let submitting = false;
  let statusSetOnSubmit = false;
  setHandler(submitPlan, async (by: SubmitInput) => {
    submitting = true;
    state.submitted = true;
    const closesEditWindow = patched(STATUS_ON_SUBMIT_PATCH);
    if (closesEditWindow) {
      await act.setStrategicPlanStatus({ planId: input.planId, status: 'in_committee' });
      statusSetOnSubmit = true;
    }
    // Only now may the loop freeze: with the patch, the draft can no longer change under it.
    submitted = true;
    if (writesDecisionRecord()) await recordStrategicAct(input, state, by.personId, 'plan_submitted', 'president_office', 'submitted');
    return state;
  }, { validator: (_by: SubmitInput) => { if (state.stage !== 'drafting' || submitted || submitting) throw new Error('The plan is not in drafting; there is nothing to submit.'); } });
  setHandler(recordSignature, async (s) => {
    signature = { signedBy: s.personId, signedAt: s.signedAt, version: s.version };
    if (writesDecisionRecord()) await recordStrategicAct(input, state, s.personId, 'signature', 'minister_cell', 'signed', { signedAt: s.signedAt });
    return state;
  }, {
    validator: (s) => {
      if (state.stage !== 'awaiting_signature' || signature) throw new Error('The plan is not awaiting signature.');
      if (!signers.includes(s.personId)) throw new Error('Only the Minister\'s cell records the signature.');
      if (s.version !== state.version?.number) throw new Error(`Version ${state.version?.number} awaits signature, not version ${s.version}.`);
    },
  });

  for (;;) {
    state.stage = 'drafting';
    await condition(() => submitted);
    submitted = false;
    submitting = false;
    state.changesRequested = [];
    state.version = await act.freezeStrategicPlanVersion({ planId: input.planId });
    state.submitted = false;

    if (!statusSetOnSubmit) await act.setStrategicPlanStatus({ planId: input.planId, status: 'in_committee' });
    statusSetOnSubmit = false;
    state.stage = 'committee';
    const committee = (await act.roleHolders({ organisationCode: input.organisationCode, role: 'committee_member', on: today() })).map(toMember);
    const rule = committeeRuleFor(input.committeeRule, committee, { key: `v${state.version.number}`, dueDate: null }, (a) => (state.alerts ??= []).push(a));
    const committeeResult = await reviewRound(input, state, 'committee', rule, committee, ['plan']);
    if (committeeResult.changesRequested.length > 0) {
      await backToDrafting(input, state, 'committee', committeeResult);
      continue;
    }
    if (!(await reviewByAuthorities(state, 'state_secretary_review', input.reviewingAuthorityCodes, stateSecretaryReview(input, state)))) continue;

    await act.setStrategicPlanStatus({ planId: input.planId, status: 'awaiting_signature' });
    signers = (await act.roleHolders({ organisationCode: input.organisationCode, role: 'minister_cell', on: today(), authorityCode: input.signingAuthorityCode })).map((p) => p.personId);
    state.stage = 'awaiting_signature';
    await condition(() => signature !== null);
    state.signature = signature;
    await act.setStrategicPlanStatus({ planId: input.planId, status: 'signed', signature: signature! });
    state.stage = 'signed';
    break;
  }

  await communicate(input);
  state.stage = 'communicated';
  await condition(allHandlersFinished);
  return state;
}

/** The State Secretary's cell decides on the strategic objectives in his scope, by number. */
function stateSecretaryReview(input: StrategicPlanInput, state: LifecycleState): AuthorityReviewSteps<ReviewScope> {
  return {
    readScope: (authorityCode) => act.strategicPlanForReview({ planId: input.planId, authorityCode }),
    hashesOf: (scope) => scope.objectives.map((o) => [String(o.number), o.sha256]),
    markUnderReview: () => act.setStrategicPlanStatus({ planId: input.planId, status: 'under_review' }),
    reviewers: (authorityCode) => act.roleHolders({ organisationCode: input.organisationCode, role: 'state_secretary_cell', on: today(), authorityCode }),
    review: (_authorityCode, _scope, reviewers, objectives) => reviewRound(input, state, 'state_secretary_review', { kind: 'first' }, reviewers.map(toMember), objectives),
    sendBack: (result) => backToDrafting(input, state, 'state_secretary_review', result),
  };
}

async function backToDrafting(input: StrategicPlanInput, state: LifecycleState, step: string, result: RoundResult): Promise<void> {
  state.changesRequested = result.changesRequested.map((c) => ({ step, ...c }));
  await act.setStrategicPlanStatus({ planId: input.planId, status: 'draft' });
  state.stage = 'drafting';
}

/** Once signed, every recipient of the communication plan gets its item's e-mail. */
async function communicate(input: StrategicPlanInput): Promise<void> {
  const { workflowId } = workflowInfo();
  for (const item of input.communication) {
    for (const recipient of item.recipients) {
      await act.sendNotification({
        idempotencyKey: `${workflowId}:communication:${item.code}:${recipient.email.toLowerCase()}`,
        kind: 'communication',
        template: 'communication',
        recipient,
        params: { planTitle: input.planTitle, targetGroup: item.targetGroup, message: item.message },
      });
    }
  }
}
