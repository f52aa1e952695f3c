import type { ApprovalRule } from './approval-rules.schema.js';

/*
 * A round is decided by seats, not by people: a holder and the deputy standing in for them share
 * one seat, so under the rule `all` an absent holder does not block the committee. Either one's
 * decision fills the seat; the first one recorded counts and the other is not asked again.
 */

/** A round's member as far as seats go: a deputy names the holder they stand in for. */
export interface SeatMember {
  personId: string;
  onBehalfOf?: string | null | undefined;
}

/** The seat a member sits in: their own, or the holder's when they stand in as a deputy. */
export const seatOf = (member: SeatMember): string => member.onBehalfOf ?? member.personId;

/** The round's seats, in the order their first member is listed. */
export const seatsOf = (members: readonly SeatMember[]): string[] => [...new Set(members.map(seatOf))];

/** The people who sit in a seat (the holder and their deputies), in member order. */
export const peopleInSeat = (members: readonly SeatMember[], seat: string): string[] =>
  members.filter((m) => seatOf(m) === seat).map((m) => m.personId);

/**
 * The rule a round can actually reach with its seats. A quorum above the seats available could
 * never close the round: it asks every seat instead (the same as `all`), and says so, so that the
 * workflow raises an alert rather than waiting forever. Any other rule is reachable as it is.
 */
export function reachableRule(rule: ApprovalRule, seatCount: number): { rule: ApprovalRule; unreachableQuorum: number | null } {
  if (rule.kind === 'quorum' && seatCount > 0 && rule.approvals > seatCount) {
    return { rule: { kind: 'quorum', approvals: seatCount }, unreachableQuorum: rule.approvals };
  }
  return { rule, unreachableQuorum: null };
}
