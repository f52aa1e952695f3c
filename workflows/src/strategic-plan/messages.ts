import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApprovalRule } from '@jalon/domain/pure';
import type { Alert, ChangeRequest, DecisionLogEntry, FrozenVersion, LocalizedText, Recipient } from '@jalon/contracts';

export interface StrategicPlanInput {
  organisationCode: string;
  planId: string;
  planTitle: LocalizedText;
  committeeRule: ApprovalRule;
  /** the authority that signs (the Minister) and those that review a scope (the State Secretary) */
  signingAuthorityCode: string;
  reviewingAuthorityCodes: string[];
  /** working days each review step is given */
  reviewWorkingDays: number;
  /** who receives each item of the communication plan (7.3) once the plan is signed, by item code */
  communication: Array<{ code: string; targetGroup: string; message: string; recipients: Recipient[] }>;
}

export type LifecycleStage =
  | 'drafting' | 'committee' | 'state_secretary_review' | 'awaiting_signature' | 'signed' | 'communicated';

export interface LifecycleState {
  stage: LifecycleStage;
  version: FrozenVersion | null;
  /** the round under way, for pages and links */
  currentRoundId: string | null;
  /** authority → objective number → the content hash it approved */
  approvedHashes: Record<string, Record<string, string>>;
  /** the last changes requested, shown to the drafters */
  changesRequested: ChangeRequest[];
  signature: { signedBy: string; signedAt: string; version: number } | null;
  /** person → the last version they were asked to review, to show them what changed since */
  lastAskedVersion: Record<string, number>;
  /** every decision of every finished round: who decided what, when, on which version */
  decisions?: DecisionLogEntry[];
  /** what the President's office must correct, e.g. a committee quorum above the seats available */
  alerts?: Alert[];
}

export interface SubmitInput { personId: string }
export interface SignatureInput { personId: string; version: number; signedAt: string }

/** The President's office sends the draft on (the first time, or after changes). */
export const submitPlan = defineUpdate<LifecycleState, [SubmitInput]>('submitPlan');
/** The Minister's cell records the signature of exactly the frozen version it was shown. */
export const recordSignature = defineUpdate<LifecycleState, [SignatureInput]>('recordSignature');
export const lifecycleState = defineQuery<LifecycleState>('lifecycleState');

/** One workflow per plan: starting it twice finds the one already running. */
export const strategicPlanWorkflowId = (organisationCode: string, planId: string) => `strategic-plan/${organisationCode}/${planId}`;
