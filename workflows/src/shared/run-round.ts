import { executeChild } from '@temporalio/workflow';
import type { DecisionLogEntry } from '@jalon/contracts';
import { decisionLog, type ApprovalRoundInput, type RoundNotices, type RoundRecord, type RoundResult } from '../approval-round/messages.js';
import { approvalRound } from '../approval-round/workflow.js';
import { writesDecisionRecord } from './decision-record.js';
import { roundPlacement } from './round-placement.js';

/** A workflow that runs rounds: pages read the round under way from it, and its decision history. */
export interface RoundOwner {
  currentRoundId: string | null;
  decisions?: DecisionLogEntry[];
}

/**
 * Starts the round as a child and waits for its outcome; the round asks its members itself, and
 * writes each decision to the decision record as it accepts it. Its decisions also join the
 * owner's history, named by the step as people read it.
 */
export async function runRound(owner: RoundOwner, round: ApprovalRoundInput & { notices: RoundNotices }, planKind: RoundRecord['planKind']): Promise<RoundResult> {
  owner.currentRoundId = round.roundId;
  const args = writesDecisionRecord() ? { ...round, record: { planKind, stepName: round.notices.stepName } } : round;
  const result = await executeChild(approvalRound, { workflowId: round.roundId, args: [args], ...roundPlacement() });
  owner.currentRoundId = null;
  (owner.decisions ??= []).push(...decisionLog(round, round.notices.stepName, result));
  return result;
}
