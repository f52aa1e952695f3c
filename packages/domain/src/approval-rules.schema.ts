import { z } from 'zod';
import { membersProblem } from './approval-rules.js';

export const approvalRuleSchema = z.discriminatedUnion('kind', [
  /** Every member must approve. */
  z.object({ kind: z.literal('all') }),
  /** A number of approvals is enough. */
  z.object({ kind: z.literal('quorum'), approvals: z.int().min(1) }),
  /** Whoever answers first decides for the round, either way. */
  z.object({ kind: z.literal('first') }),
]);

export type ApprovalRule = z.infer<typeof approvalRuleSchema>;

export const approvalOutcomeSchema = z.enum(['approve', 'request_changes']);
export type ApprovalOutcome = z.infer<typeof approvalOutcomeSchema>;

export const approvalDecisionSchema = z.object({
  memberId: z.string().min(1),
  outcome: approvalOutcomeSchema,
});

export type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;

/** A rule together with its members: validates what the rule alone cannot, such as a reachable quorum. */
export const approvalRoundSchema = z
  .object({
    rule: approvalRuleSchema,
    memberIds: z.array(z.string().min(1)),
  })
  .superRefine((round, context) => {
    const problem = membersProblem(round.rule, round.memberIds);
    if (problem) {
      context.addIssue({
        code: 'custom',
        message: problem.message,
        path: problem.code === 'quorum_exceeds_members' ? ['rule', 'approvals'] : ['memberIds'],
      });
    }
  });

export type ApprovalRound = z.infer<typeof approvalRoundSchema>;
