import type { DecisionChannel } from '@jalon/contracts';
import { decisionOf } from '@jalon/domain';
import {
  decide, decideDraftingTask, decisionUpdateId, draftingTaskState, heldDraftingTaskOf, roundState,
  type ItemDecision, type RecordedDecision, type RoundState,
} from '@jalon/workflows';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { DecisionLinkRow } from '../database.js';

/** What a page needs to know about the round a link belongs to. */
export interface RoundView {
  /** 'missing': no such workflow (never started, or its history is gone) */
  status: RoundState['status'] | 'missing';
  planVersion: number;
  /** this person's decision on this version, when the round already has it */
  mine: RecordedDecision | undefined;
  /** the link's items on which this person's decision is still awaited */
  openKeys: string[];
  /** the other person of this one's seat (holder or deputy) decided for both: who, and when */
  decidedForMe?: { name: string; decidedAt: string } | undefined;
}

export interface RoundLogger { warn: (obj: object, msg: string) => void }

/**
 * The portal's only contact with the round workflow: a read-only query for the pages, and the
 * `decide` Update for the POST. Both run under a deadline, so a missing worker turns into a page
 * saying so instead of a request that never ends.
 */
export class RoundGateway {
  private readonly client: Client;
  private readonly timeoutMs: number;
  constructor(client: Client, timeoutMs: number) {
    this.client = client;
    this.timeoutMs = timeoutMs;
  }

  private deadline<T>(fn: () => Promise<T>): Promise<T> {
    return this.client.withDeadline(Date.now() + this.timeoutMs, fn);
  }

  /** undefined when the round cannot be asked right now; pages then fall back on the link alone. */
  async view(link: DecisionLinkRow, log: RoundLogger): Promise<RoundView | undefined> {
    try {
      const state = await this.deadline(() => this.stateOf(link));
      // A task the cycle no longer holds reads as its round would once gone.
      if (state === null) return { status: 'missing', planVersion: link.plan_version, mine: undefined, openKeys: [] };
      return viewOf(link, state);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return { status: 'missing', planVersion: link.plan_version, mine: undefined, openKeys: [] };
      log.warn({ err: error, linkId: link.id }, 'the round could not be queried');
      return undefined;
    }
  }

  /**
   * Sends the decision as the link's owner, on the link's version, and returns the round as it
   * stands after it. The update id is the business key of the decision: sent again after a crash,
   * Temporal answers it once and records nothing new.
   */
  async decide(link: DecisionLinkRow, decisions: ItemDecision[], channel: DecisionChannel): Promise<RoundView> {
    const input = { personId: link.person_id, planVersion: link.plan_version, decisions, channel };
    const updateId = decisionUpdateId(link.round_id, link.person_id, link.plan_version);
    const handle = this.client.workflow.getHandle(link.workflow_id);
    const entityCode = heldTaskOf(link);
    const state = await this.deadline(() => (entityCode === undefined
      ? handle.executeUpdate(decide, { args: [input], updateId })
      : handle.executeUpdate(decideDraftingTask, { args: [{ ...input, entityCode }], updateId })));
    return viewOf(link, state);
  }

  /** The round's state, from its own workflow or, for a drafting task the cycle holds, from the cycle. */
  private stateOf(link: DecisionLinkRow): Promise<RoundState | null> {
    const handle = this.client.workflow.getHandle(link.workflow_id);
    const entityCode = heldTaskOf(link);
    return entityCode === undefined ? handle.query(roundState) : handle.query(draftingTaskState, entityCode);
  }
}

/** The entity of the drafting task a link answers in its cycle, or undefined for a link to a round of its own. */
const heldTaskOf = (link: DecisionLinkRow) => heldDraftingTaskOf({ workflowId: link.workflow_id, roundId: link.round_id, step: link.step });

function viewOf(link: DecisionLinkRow, state: RoundState): RoundView {
  return {
    status: state.status,
    planVersion: state.planVersion,
    mine: decisionOf(state.decisions, link.person_id, link.plan_version),
    openKeys: link.items.map((i) => i.key)
      .filter((key) => state.items[key]?.outcome === 'open' && state.items[key]?.pending.includes(link.person_id)),
    decidedForMe: state.decidedFor?.[link.person_id],
  };
}
