import type { ItemDecision, RecordedDecision } from '@jalon/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Database, DecisionLinkRow } from './database.js';
import { claimLink, findLinkById } from './repositories/decision-links.js';
import type { RoundGateway, RoundLogger, RoundView } from './round.js';

export type Outcome =
  | { kind: 'recorded'; decision: RecordedDecision }
  | { kind: 'used'; at: Date }
  | { kind: 'expired'; at: Date }
  | { kind: 'superseded' }
  | { kind: 'closed' }
  /** the round refused the decision for a reason the page cannot foresee; the link stays usable */
  | { kind: 'refused' }
  /** Temporal did not answer in time; the link stays usable and the page says to come back */
  | { kind: 'unavailable' };

/** Why a link cannot be used any more, from the row alone; undefined while it can. */
export function linkStateOutcome(link: DecisionLinkRow, now = new Date()): Outcome | undefined {
  if (link.used_at) return { kind: 'used', at: link.used_at };
  if (link.superseded_at) return { kind: 'superseded' };
  if (link.expires_at <= now) return { kind: 'expired', at: link.expires_at };
  return undefined;
}

/** Why the round will not take this link's decision, from the round's own state. */
export function roundStateOutcome(link: DecisionLinkRow, view: RoundView | undefined): Outcome | undefined {
  if (!view) return undefined;
  if (view.mine) return { kind: 'used', at: new Date(view.mine.decidedAt) };
  if (view.status !== 'open') return { kind: 'closed' };
  if (view.planVersion !== link.plan_version) return { kind: 'superseded' };
  if (view.openKeys.length === 0) return { kind: 'closed' };
  return undefined;
}

class Rollback extends Error {
  constructor(readonly outcome: Outcome) { super(outcome.kind); }
}

/**
 * Consumes the link and decides as one step. The row is claimed first (`used_at`, guarded by
 * `used_at is null`), which holds its lock: every concurrent POST of the same link waits here, and
 * finds it used once this one commits. The decision is sent while the lock is held; the claim
 * commits only if the round recorded it, and rolls back otherwise, so a refused decision leaves an
 * unused link and no decision, and a recorded one a used link. A crash between the Update and the
 * commit leaves the link unused with the decision recorded: the next POST repeats the same update
 * id, or finds the decision in the round's state, and completes the claim.
 */
export async function consumeLink(db: Kysely<Database>, link: DecisionLinkRow, send: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const claimed = await claimLink(trx, link.id);
      if (!claimed) {
        const current = await findLinkById(trx, link.id);
        return (current && linkStateOutcome(current)) ?? { kind: 'refused' };
      }
      const outcome = await send();
      if (outcome.kind !== 'recorded') throw new Rollback(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    throw error;
  }
}

/**
 * Sends the decision and says what became of it. On any failure the round is asked again: its
 * state, not the error, tells whether the decision is in (a timeout after it was accepted, an
 * update id answered before), the round closed, or a newer version is under review.
 */
export async function sendDecision(round: RoundGateway, link: DecisionLinkRow, decisions: ItemDecision[], log: RoundLogger): Promise<Outcome> {
  let failure: unknown;
  try {
    const state = await round.decide(link, decisions);
    const mine = state.decisions.find((d) => d.personId === link.person_id && d.planVersion === link.plan_version);
    if (mine) return { kind: 'recorded', decision: mine };
  } catch (error) {
    failure = error;
  }
  const view = await round.view(link, log);
  if (view?.mine) return { kind: 'recorded', decision: view.mine };
  if (!view) return { kind: 'unavailable' };
  if (view.status !== 'open') return { kind: 'closed' };
  if (view.planVersion !== link.plan_version) return { kind: 'superseded' };
  if (failure instanceof WorkflowUpdateFailedError) {
    log.warn({ linkId: link.id, reason: (failure.cause ?? failure).message }, 'the round refused the decision');
    return { kind: 'refused' };
  }
  log.warn({ err: failure, linkId: link.id }, 'the decision could not be sent to the round');
  return { kind: 'unavailable' };
}
