import { evaluateRound, type ApprovalDecision } from '@jalon/domain/pure';
import type { ApprovalRoundInput, ItemOutcome, RecordedDecision, RoundState } from './messages.js';
import type { RoundSeats } from './seats.js';

/** What a round knows at any moment, from its decisions: each item's outcome, whether it is over, and its state as pages read it. */
export interface RoundBook {
  itemOutcome(item: string): ItemOutcome;
  closed(): boolean;
  state(): RoundState;
}

/**
 * The bookkeeping of one round, wherever it is held: in its own workflow (approval-round) or in the
 * yearly cycle, which holds its drafting tasks itself since 'drafting-in-cycle'. Both read it the same
 * way, so a drafting task answers pages exactly as its round did.
 */
export function roundBook(
  input: Pick<ApprovalRoundInput, 'roundId' | 'step' | 'planVersion' | 'items' | 'members'>, seats: RoundSeats, decisions: readonly RecordedDecision[],
  cancelled: () => string | undefined,
): RoundBook {
  const evaluate = (item: string) => {
    const forItem: ApprovalDecision[] = decisions.flatMap((d) =>
      d.decisions.filter((x) => x.item === item).map((x) => ({ memberId: seats.seatOf(d.personId), outcome: x.outcome })));
    return evaluateRound(seats.rule, seats.ids, forItem);
  };
  const itemOutcome = (item: string): ItemOutcome => evaluate(item).state;
  const closed = () => cancelled() !== undefined || input.items.every((item) => itemOutcome(item) !== 'open');
  const state = (): RoundState => {
    const items = Object.fromEntries(input.items.map((item) => {
      const e = evaluate(item);
      return [item, { outcome: e.state, pending: e.state === 'open' ? seats.peopleIn(e.pending) : [] }];
    }));
    const pending = input.members.map((m) => m.personId).filter((id) => Object.values(items).some((i) => i.pending.includes(id)));
    return {
      roundId: input.roundId,
      step: input.step,
      planVersion: input.planVersion,
      status: cancelled() !== undefined ? 'cancelled' : closed() ? 'closed' : 'open',
      items,
      decisions: [...decisions],
      pending,
      memberNames: Object.fromEntries(input.members.map((m) => [m.personId, m.name])),
      ...(seats.seated ? { decidedFor: seats.decidedFor(decisions) } : {}),
    };
  };
  return { itemOutcome, closed, state };
}
