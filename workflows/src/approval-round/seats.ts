import { reachableRule, seatOf, seatsOf, type ApprovalRule } from '@jalon/domain/pure';
import type { ApprovalRoundInput, RecordedDecision, SeatDecidedBy } from './messages.js';

/**
 * Rounds started since this patch count a holder and the deputy standing in for them as one seat
 * (either one's decision counts, the first recorded wins) and never wait on a quorum their seats
 * cannot reach; rounds started before it replay with one seat per person, as they ran.
 */
export const DEPUTY_SEAT_PATCH = 'deputy-seat';

/** How a round counts its members: by seat, or (before the patch) one seat per person. */
export interface RoundSeats {
  seated: boolean;
  /** the seats the rule is evaluated over */
  ids: string[];
  /** the rule as the round applies it: a quorum above the seats asks every seat */
  rule: ApprovalRule;
  seatOf(personId: string): string;
  /** the people sitting in these seats, in member order: whom pages show as awaited and reminders reach */
  peopleIn(seatIds: readonly string[]): string[];
  /** person → who decided for their seat, for each member whose seat someone else filled */
  decidedFor(decisions: readonly RecordedDecision[]): Record<string, SeatDecidedBy>;
}

export function roundSeats(input: Pick<ApprovalRoundInput, 'members' | 'rule'>, seated: boolean): RoundSeats {
  const seatByPerson = new Map(input.members.map((m) => [m.personId, seated ? seatOf(m) : m.personId]));
  const seatOfPerson = (personId: string) => seatByPerson.get(personId) ?? personId;
  const ids = seated ? seatsOf(input.members) : input.members.map((m) => m.personId);
  const nameOf = (personId: string) => input.members.find((m) => m.personId === personId)?.name ?? personId;
  return {
    seated,
    ids,
    rule: seated ? reachableRule(input.rule, ids.length).rule : input.rule,
    seatOf: seatOfPerson,
    peopleIn: (seatIds) => input.members.map((m) => m.personId).filter((id) => seatIds.includes(seatOfPerson(id))),
    decidedFor: (decisions) => {
      const filled: Record<string, SeatDecidedBy> = {};
      if (!seated) return filled;
      for (const d of decisions) {
        for (const m of input.members) {
          if (m.personId !== d.personId && seatOfPerson(m.personId) === seatOfPerson(d.personId)) {
            filled[m.personId] ??= { personId: d.personId, name: nameOf(d.personId), decidedAt: d.decidedAt };
          }
        }
      }
      return filled;
    },
  };
}
