import { workflowInfo } from '@temporalio/workflow';
import { record } from '../shared/decision-record.js';
import { decisionUpdateId, type ApprovalRoundInput, type RecordedDecision, type RoundRecord } from './messages.js';

/**
 * One member's accepted decision, written to the decision record: every item with its outcome and
 * comment, on the version and hash under review, in the role the member was asked in (and for whom,
 * as a deputy). Its key is the decision's business key, the same as its Update id.
 */
export async function recordRoundDecision(round: ApprovalRoundInput, how: RoundRecord, d: RecordedDecision): Promise<void> {
  const member = round.members.find((m) => m.personId === d.personId);
  await record({
    idempotencyKey: decisionUpdateId(round.roundId, d.personId, round.planVersion),
    act: 'round_decision', planKind: how.planKind, planId: round.planId, personId: d.personId,
    role: member?.role ?? null, onBehalfOf: member?.onBehalfOf ?? null,
    version: round.planVersion, sha256: round.planSha256, actedAt: d.decidedAt, channel: d.channel ?? 'link',
    workflowId: workflowInfo().workflowId, roundId: round.roundId, step: round.step, stepName: how.stepName,
    // The objectives a comment names only when named: the activity's input for older decisions is unchanged.
    items: d.decisions.map((x) => ({ item: x.item, outcome: x.outcome, comment: x.comment ?? null, ...(x.objectives?.length ? { objectives: x.objectives } : {}) })), details: null,
  });
}
