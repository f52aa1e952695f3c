import { executeChild } from '@temporalio/workflow';
import type { DecisionLogEntry } from '@jalon/contracts';
import { decisionLog, type ApprovalRoundInput, type RoundNotices, type RoundResult } from '../approval-round/messages.js';
import { approvalRound } from '../approval-round/workflow.js';

/** A workflow that runs rounds: pages read the round under way from it, and its decision history. */
export interface RoundOwner {
  currentRoundId: string | null;
  decisions?: DecisionLogEntry[];
}

/**
 * Starts the round as a child and waits for its outcome; the round asks its members itself. Its
 * decisions join the owner's history, named by the step as people read it.
 */
export async function runRound(owner: RoundOwner, round: ApprovalRoundInput & { notices: RoundNotices }): Promise<RoundResult> {
  owner.currentRoundId = round.roundId;
  const result = await executeChild(approvalRound, { workflowId: round.roundId, args: [round] });
  owner.currentRoundId = null;
  (owner.decisions ??= []).push(...decisionLog(round, round.notices.stepName, result));
  return result;
}
