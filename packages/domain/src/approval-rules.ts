import type { ApprovalDecision, ApprovalOutcome, ApprovalRound, ApprovalRule } from './approval-rules.schema.js';

export type { ApprovalDecision, ApprovalOutcome, ApprovalRound, ApprovalRule };

/*
 * An approval round asks a fixed set of members (the management committee, a minister's cell…) to approve
 * a draft. The round is evaluated from the decisions in the order they were made, so the outcome is the one
 * people saw at the moment the round closed, and replaying the same decisions always gives the same result.
 */

export type ApprovalRoundErrorCode =
  | 'no_members'
  | 'duplicate_member'
  | 'quorum_exceeds_members'
  | 'unknown_member'
  | 'duplicate_decision'
  | 'decision_after_close';

export class ApprovalRoundError extends Error {
  override readonly name = 'ApprovalRoundError';

  readonly code: ApprovalRoundErrorCode;
  /** The member concerned, when the error is about one. */
  readonly memberId: string | undefined;

  constructor(code: ApprovalRoundErrorCode, message: string, memberId?: string) {
    super(message);
    this.code = code;
    this.memberId = memberId;
  }
}

export function membersProblem(rule: ApprovalRule, memberIds: readonly string[]): ApprovalRoundError | undefined {
  if (memberIds.length === 0) {
    return new ApprovalRoundError('no_members', 'An approval round needs at least one member');
  }
  const seen = new Set<string>();
  for (const memberId of memberIds) {
    if (seen.has(memberId)) {
      return new ApprovalRoundError('duplicate_member', `Member "${memberId}" is listed twice in the round`, memberId);
    }
    seen.add(memberId);
  }
  if (rule.kind === 'quorum' && rule.approvals > memberIds.length) {
    return new ApprovalRoundError(
      'quorum_exceeds_members',
      `The quorum asks for ${rule.approvals} approvals but the round has only ${memberIds.length} member(s), so it could never be approved`,
    );
  }
  return undefined;
}

export type ApprovalRoundState = 'open' | 'approved' | 'changes_requested';

export interface ApprovalRoundEvaluation {
  state: ApprovalRoundState;
  /** Members who approved, in the order they did. */
  approvedBy: string[];
  /** Members who requested changes. */
  changesRequestedBy: string[];
  /** Members who have not answered yet, in member order (still listed after the round closed). */
  pending: string[];
  /** Further approvals needed to approve the round; 0 once it is closed. */
  approvalsMissing: number;
  /** The member whose decision closed the round, or null while it is open. */
  closedBy: string | null;
}

/**
 * Evaluates a round from its decisions, which must be given in the order they were made.
 * Any request for changes closes the round as `changes_requested`; with `first`, the first decision closes
 * it either way. Throws an ApprovalRoundError when the round or the decisions are inconsistent: a decision
 * recorded after the round closed, by a non-member, or twice by the same member is a bug upstream, and
 * silently ignoring it would misreport who decided. Before recording a decision, a caller can check that
 * the round is `open` and that the member is in `pending`.
 */
export function evaluateRound(
  rule: ApprovalRule,
  memberIds: readonly string[],
  decisions: readonly ApprovalDecision[],
): ApprovalRoundEvaluation {
  const problem = membersProblem(rule, memberIds);
  if (problem) throw problem;

  const required = rule.kind === 'all' ? memberIds.length : rule.kind === 'quorum' ? rule.approvals : 1;
  const members = new Set(memberIds);
  const answered = new Set<string>();
  const approvedBy: string[] = [];
  const changesRequestedBy: string[] = [];
  let state: ApprovalRoundState = 'open';
  let closedBy: string | null = null;

  for (const { memberId, outcome } of decisions) {
    if (!members.has(memberId)) {
      throw new ApprovalRoundError(
        'unknown_member',
        `"${memberId}" is not a member of this approval round and cannot decide on it`,
        memberId,
      );
    }
    if (answered.has(memberId)) {
      throw new ApprovalRoundError('duplicate_decision', `Member "${memberId}" has already decided in this round`, memberId);
    }
    if (state !== 'open') {
      throw new ApprovalRoundError(
        'decision_after_close',
        `Member "${memberId}" decided after the round was closed (${state}) by "${closedBy}"`,
        memberId,
      );
    }
    answered.add(memberId);
    if (outcome === 'request_changes') {
      changesRequestedBy.push(memberId);
      state = 'changes_requested';
      closedBy = memberId;
    } else {
      approvedBy.push(memberId);
      if (approvedBy.length >= required) {
        state = 'approved';
        closedBy = memberId;
      }
    }
  }

  return {
    state,
    approvedBy,
    changesRequestedBy,
    pending: memberIds.filter((memberId) => !answered.has(memberId)),
    approvalsMissing: state === 'open' ? required - approvedBy.length : 0,
    closedBy,
  };
}
