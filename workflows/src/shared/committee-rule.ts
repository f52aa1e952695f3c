import { reachableRule, seatsOf, type ApprovalRule } from '@jalon/domain/pure';
import type { Alert } from '@jalon/contracts';
import type { RoundMember } from '../approval-round/messages.js';
import { nowIso } from './people.js';

/**
 * The committee's rule as the organisation set it, made reachable with the seats available that
 * day (a holder and their deputy are one seat). A quorum above them would never close the round:
 * every seat is asked instead, and an alert tells the President's office to correct the setting or
 * the roles. Bad input to a workflow never stalls it.
 */
export function committeeRuleFor(
  rule: ApprovalRule, members: readonly RoundMember[], where: { key: string; dueDate: string | null }, raise: (alert: Alert) => void,
): ApprovalRule {
  const seats = seatsOf(members);
  const reachable = reachableRule(rule, seats.length);
  if (reachable.unreachableQuorum !== null) {
    raise({
      key: `quorum_unreachable:${where.key}`, kind: 'quorum_unreachable', target: 'president_office', stage: 'committee',
      holders: members.filter((m) => !m.onBehalfOf).map((m) => m.name).join(', '), dueDate: where.dueDate ?? '', sentAt: nowIso(),
      daysBeforeDue: null, daysLate: null, recipients: [],
      problem: `quorum ${reachable.unreachableQuorum} > ${seats.length} seats: every seat is asked`,
    });
  }
  return reachable.rule;
}
