import type { DecisionChannel } from '@jalon/contracts';
import type { ItemDecision, RecordedDecision } from '@jalon/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Database, DecisionLinkRow } from '../database.js';
import { parseDecisionForm } from './decision-form.js';
import { CSRF_FIELD, isTask, type FormState } from './decision-page.js';
import type { LinkHolderCheck } from './link-holder.js';
import { claimLink, findLinkById, supersedeForRole } from './links-repository.js';
import type { RoundGateway, RoundLogger, RoundView } from './round-gateway.js';
import { csrfMatches } from './tokens.js';

export type Outcome =
  | { kind: 'recorded'; decision: RecordedDecision }
  | { kind: 'used'; at: Date }
  | { kind: 'expired'; at: Date }
  /** a newer version was sent, or (role_ended) the person no longer holds the role the link is for */
  | { kind: 'superseded'; reason?: 'role_ended' }
  | { kind: 'closed' }
  /** the holder or the deputy sharing this person's seat decided for both */
  | { kind: 'decided_for_you'; by: string; at: Date }
  /** the round refused the decision for a reason the page cannot foresee; the link stays usable */
  | { kind: 'refused' }
  /** Temporal did not answer in time; the link stays usable and the page says to come back */
  | { kind: 'unavailable' };

/** What a posted decision form comes to: an outcome, or the form refused or shown again with its errors. */
export type Answer = Outcome | { kind: 'forbidden' } | { kind: 'invalid'; openKeys: string[]; state: FormState };

/** The request headers that tell where a form was posted from. */
export interface FormOrigin { origin?: string | undefined; 'sec-fetch-site'?: string | string[] | undefined }

/**
 * Why this link can no longer decide, or undefined while it can: from its row, then, when the round
 * answered, from the round's own state (without it, the row alone decides).
 */
export function refusal(link: DecisionLinkRow, view?: RoundView, now = new Date()): Outcome | undefined {
  if (link.used_at) return { kind: 'used', at: link.used_at };
  if (link.superseded_at) return link.superseded_reason === 'role_ended' ? { kind: 'superseded', reason: 'role_ended' } : { kind: 'superseded' };
  if (link.expires_at <= now) return { kind: 'expired', at: link.expires_at };
  if (!view) return undefined;
  if (view.mine) return { kind: 'used', at: new Date(view.mine.decidedAt) };
  if (view.decidedForMe) return { kind: 'decided_for_you', by: view.decidedForMe.name, at: new Date(view.decidedForMe.decidedAt) };
  if (view.status !== 'open') return { kind: 'closed' };
  if (view.planVersion !== link.plan_version) return { kind: 'superseded' };
  if (view.openKeys.length === 0) return { kind: 'closed' };
  return undefined;
}

/** The items still to decide: those the round awaits from this person, or all the link's when it did not answer. */
const openKeysOf = (link: DecisionLinkRow, view: RoundView | undefined) => view?.openKeys ?? link.items.map((i) => i.key);

/**
 * The portal's decisions through personal links: whether a link can still decide, and the POST of
 * its form, whether it came from the e-mail's link or from "my tasks".
 */
export class LinkDecisions {
  private readonly publicOrigin: string;

  private readonly deps: { db: Kysely<Database>; round: RoundGateway; holders: LinkHolderCheck; csrfSecret: string; publicBaseUrl: string };
  constructor(deps: { db: Kysely<Database>; round: RoundGateway; holders: LinkHolderCheck; csrfSecret: string; publicBaseUrl: string }) {
    this.deps = deps;
    this.publicOrigin = new URL(deps.publicBaseUrl).origin;
  }

  /** The items the link's form offers, or why it offers none. */
  async status(link: DecisionLinkRow, log: RoundLogger): Promise<{ kind: 'open'; openKeys: string[] } | Outcome> {
    const stop = refusal(link);
    if (stop) return stop;
    // The page does not wait for the plans service: the POST checks the role in any case.
    if (await this.roleHeld(link, log) === false) return this.roleEnded(link);
    const view = await this.deps.round.view(link, log);
    return refusal(link, view) ?? { kind: 'open', openKeys: openKeysOf(link, view) };
  }

  /** Whether the person holds the link's role today; undefined when the plans service cannot tell. */
  private async roleHeld(link: DecisionLinkRow, log: RoundLogger): Promise<boolean | undefined> {
    try {
      return await this.deps.holders.holds(link);
    } catch (error) {
      log.warn({ err: error, linkId: link.id }, 'the role of the link\'s person could not be checked');
      return undefined;
    }
  }

  private async roleEnded(link: DecisionLinkRow): Promise<Outcome> {
    await supersedeForRole(this.deps.db, link.id);
    return { kind: 'superseded', reason: 'role_ended' };
  }

  /**
   * The decision form's POST: the anti-forgery value is the link's own, who decides is the link's
   * owner whatever the form says, and the link is consumed with the decision, in one transaction.
   * `channel` says, for the decision record, whether it came through the e-mailed link or signed in;
   * `scope`, the objectives a comment on the whole plan may name (see concerned-objectives.ts).
   */
  async decide(link: DecisionLinkRow, form: Record<string, string>, origin: FormOrigin, log: RoundLogger, channel: DecisionChannel, scope: readonly string[] = []): Promise<Answer> {
    if (this.isCrossSite(origin) || !csrfMatches(this.deps.csrfSecret, link, form[CSRF_FIELD])) {
      log.warn({ linkId: link.id }, 'decision form refused: anti-forgery check failed');
      return { kind: 'forbidden' };
    }
    const stop = refusal(link);
    if (stop) return stop;
    // The role is checked on the day the decision is made, not only the day the link was sent.
    const held = await this.roleHeld(link, log);
    if (held === undefined) return { kind: 'unavailable' };
    if (!held) return this.roleEnded(link);

    // The usual case first: every item of the link is answered and still open, so the Update alone
    // decides (one round trip to the workflow). A refusal leaves no trace in the round and rolls the
    // claim back, so asking the round what is still open and trying again changes nothing for the reader.
    const mode = isTask(link) ? 'task' : 'review';
    const whole = parseDecisionForm(form, link.items, link.language, mode, scope);
    if (whole.ok) {
      const outcome = await this.consume(link, () => this.send(link, whole.decisions, log, channel));
      if (outcome.kind !== 'refused') return outcome;
    }

    const view = await this.deps.round.view(link, log);
    if (view?.mine) {
      // The round has this decision but the link was not consumed (a crash before the commit).
      const recorded = view.mine;
      return this.consume(link, async () => ({ kind: 'recorded', decision: recorded }));
    }
    const closed = refusal(link, view);
    if (closed) return closed;

    const openKeys = openKeysOf(link, view);
    const parsed = parseDecisionForm(form, link.items.filter((i) => openKeys.includes(i.key)), link.language, mode, scope);
    if (!parsed.ok) return { kind: 'invalid', openKeys, state: parsed.state };
    return this.consume(link, () => this.send(link, parsed.decisions, log, channel));
  }

  /**
   * Fetch metadata and Origin, where the browser sends them, must say the form came from the portal.
   * `Origin: null` is what a browser sends for a form posted from a no-referrer page, so it passes;
   * the anti-forgery field is checked in every case.
   */
  private isCrossSite(headers: FormOrigin): boolean {
    const site = headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') return true;
    const origin = headers.origin;
    return typeof origin === 'string' && origin !== 'null' && origin !== this.publicOrigin;
  }

  private consume(link: DecisionLinkRow, send: () => Promise<Outcome>) {
    return consumeLink(this.deps.db, link, send);
  }

  /**
   * Sends the decision and says what became of it. On any failure the round is asked again: its
   * state, not the error, tells whether the decision is in (a timeout after it was accepted, an
   * update id answered before), the round closed, or a newer version is under review.
   */
  private async send(link: DecisionLinkRow, decisions: ItemDecision[], log: RoundLogger, channel: DecisionChannel): Promise<Outcome> {
    let failure: unknown;
    try {
      const after = await this.deps.round.decide(link, decisions, channel);
      if (after.mine) return { kind: 'recorded', decision: after.mine };
    } catch (error) {
      failure = error;
    }
    const view = await this.deps.round.view(link, log);
    if (view?.mine) return { kind: 'recorded', decision: view.mine };
    if (!view) return { kind: 'unavailable' };
    const stop = refusal(link, view);
    if (stop) return stop;
    if (failure instanceof WorkflowUpdateFailedError) {
      log.warn({ linkId: link.id, reason: (failure.cause ?? failure).message }, 'the round refused the decision');
      return { kind: 'refused' };
    }
    log.warn({ err: failure, linkId: link.id }, 'the decision could not be sent to the round');
    return { kind: 'unavailable' };
  }
}

class Rollback extends Error {
  readonly outcome: Outcome;

  constructor(outcome: Outcome) {
    super(outcome.kind);
    this.outcome = outcome;
  }
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
        return (current && refusal(current)) ?? { kind: 'refused' };
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
