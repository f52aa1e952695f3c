import {
  allHandlersFinished, condition, executeChild, proxyActivities, setHandler, workflowInfo,
} from '@temporalio/workflow';
import { addWorkingDays, brusselsDateOf, FEDERAL_HOLIDAY_CALENDAR, objectivesToReview } from '@jalon/domain/pure';
import type { Activities } from '@jalon/activities';
import { approvalRound } from '../approval-round/workflow.js';
import { decisionLog, type ApprovalRoundInput, type RoundMember, type RoundResult } from '../approval-round/messages.js';
import {
  lifecycleState, recordSignature, submitPlan,
  type LifecycleState, type StrategicPlanInput, type SubmitInput,
} from './messages.js';

const act = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const stepNames: Record<string, { fr: string; nl: string }> = {
  committee: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
  state_secretary_review: { fr: 'Examen par le secrétaire d’État des objectifs de sa compétence', nl: 'Nazicht door de staatssecretaris van de doelstellingen binnen zijn bevoegdheid' },
};

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
  setHandler(submitPlan, (_by: SubmitInput) => {
    submitted = true;
    return state;
  }, { validator: (_by: SubmitInput) => { if (state.stage !== 'drafting' || submitted) throw new Error('The plan is not in drafting; there is nothing to submit.'); } });
  setHandler(recordSignature, (s) => {
    signature = { signedBy: s.personId, signedAt: s.signedAt, version: s.version };
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
    state.changesRequested = [];
    state.version = await act.freezeStrategicPlanVersion({ planId: input.planId });

    await act.setStrategicPlanStatus({ planId: input.planId, status: 'in_committee' });
    state.stage = 'committee';
    const committee = await act.roleHolders({ organisationCode: input.organisationCode, role: 'committee_member', on: today() });
    const committeeResult = await runRound(input, state, 'committee', input.committeeRule, committee.map(toMember), ['plan']);
    if (committeeResult.changesRequested.length > 0) {
      await backToDrafting(input, state, 'committee', committeeResult);
      continue;
    }

    let sentBack = false;
    for (const authorityCode of input.reviewingAuthorityCodes) {
      const review = await act.strategicPlanForReview({ planId: input.planId, authorityCode });
      const approved = (state.approvedHashes[authorityCode] ??= {});
      const hashes = Object.fromEntries(review.objectives.map((o) => [o.number, o.sha256]));
      const toReview = objectivesToReview({ scope: review.objectives.map((o) => o.number), currentHashes: hashes, approvedHashes: approved });
      // Nothing in scope, or nothing changed since it was approved: the step is skipped.
      if (toReview.length === 0) continue;
      await act.setStrategicPlanStatus({ planId: input.planId, status: 'under_review' });
      state.stage = 'state_secretary_review';
      const cell = await act.roleHolders({ organisationCode: input.organisationCode, role: 'state_secretary_cell', on: today(), authorityCode });
      const result = await runRound(input, state, 'state_secretary_review', { kind: 'first' }, cell.map(toMember), toReview.map(String));
      for (const item of result.approvedItems) approved[Number(item)] = hashes[Number(item)]!;
      if (result.changesRequested.length > 0) {
        await backToDrafting(input, state, 'state_secretary_review', result);
        sentBack = true;
        break;
      }
    }
    if (sentBack) continue;

    await act.setStrategicPlanStatus({ planId: input.planId, status: 'awaiting_signature' });
    signers = (await act.roleHolders({ organisationCode: input.organisationCode, role: 'minister_cell', on: today(), authorityCode: input.signingAuthorityCode })).map((p) => p.personId);
    state.stage = 'awaiting_signature';
    await condition(() => signature !== null);
    state.signature = signature;
    await act.setStrategicPlanStatus({ planId: input.planId, status: 'signed', signature: signature! });
    state.stage = 'signed';
    break;
  }

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
  state.stage = 'communicated';
  await condition(allHandlersFinished);
  return state;
}

const today = () => brusselsDateOf(new Date());
const toMember = (p: { personId: string; name: string; email: string; language: RoundMember['language'] }): RoundMember =>
  ({ personId: p.personId, name: p.name, email: p.email, language: p.language });

/**
 * Starts the round as a child and waits for its outcome. The round asks its members itself: a
 * personal link by e-mail, reminders before the due date, escalations after it.
 */
async function runRound(
  input: StrategicPlanInput, state: LifecycleState, step: string, rule: ApprovalRoundInput['rule'], members: RoundMember[], items: string[],
): Promise<RoundResult> {
  const version = state.version!;
  const roundId = `${workflowInfo().workflowId}/${step}/v${version.number}`;
  state.currentRoundId = roundId;
  const on = today();
  const [presidentOffice, ministerCell] = await Promise.all([
    act.roleHolders({ organisationCode: input.organisationCode, role: 'president_office', on }),
    act.roleHolders({ organisationCode: input.organisationCode, role: 'minister_cell', on, authorityCode: input.signingAuthorityCode }),
  ]);
  const recipient = (p: { email: string; name: string; language: RoundMember['language'] }) => ({ email: p.email, name: p.name, language: p.language });
  // Each member who was asked about an earlier version is shown what changed since that one.
  const changesByPerson: NonNullable<ApprovalRoundInput['notices']>['changesByPerson'] = {};
  const described = new Map<number, { sinceVersion: number; changes: Array<{ fr: string; nl: string }> }>();
  for (const member of members) {
    const since = state.lastAskedVersion[member.personId];
    if (since === undefined || since >= version.number) continue;
    if (!described.has(since)) described.set(since, await act.describeChanges({ planId: input.planId, fromVersion: since, toVersion: version.number }));
    changesByPerson[member.personId] = described.get(since)!;
  }
  for (const member of members) state.lastAskedVersion[member.personId] = version.number;
  const roundInput: ApprovalRoundInput = {
    roundId, step, planId: input.planId, planVersion: version.number, planSha256: version.sha256, rule, members, items,
    notices: {
      planTitle: input.planTitle,
      stepName: stepNames[step] ?? { fr: step, nl: step },
      itemTitles: Object.fromEntries(items.map((key) => [key, key === 'plan' ? input.planTitle : { fr: `Objectif stratégique ${key}`, nl: `Strategische doelstelling ${key}` }])),
      due: addWorkingDays(on, input.reviewWorkingDays, FEDERAL_HOLIDAY_CALENDAR),
      changesByPerson,
      escalateTo: { presidentOffice: presidentOffice.map(recipient), ministerCell: ministerCell.map(recipient) },
    },
  };
  const result = await executeChild(approvalRound, { workflowId: roundId, args: [roundInput] });
  state.currentRoundId = null;
  (state.decisions ??= []).push(...decisionLog(roundInput, roundInput.notices!.stepName, result));
  return result;
}

async function backToDrafting(input: StrategicPlanInput, state: LifecycleState, step: string, result: RoundResult): Promise<void> {
  state.changesRequested = result.changesRequested.map((c) => ({ step, ...c }));
  await act.setStrategicPlanStatus({ planId: input.planId, status: 'draft' });
  state.stage = 'drafting';
}
