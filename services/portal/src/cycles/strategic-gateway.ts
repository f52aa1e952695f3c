import type { FrozenVersion, StrategicPlanSummary } from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';
import { lifecycleState, recordSignature, strategicPlanWorkflowId, type LifecycleState, type SignatureInput } from '@jalon/workflows';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { plansUnavailable, type PlansReader } from '../plans-reader.js';
import { cycleUnavailable, outageOf } from './temporal-outage.js';

/** A strategic plan whose lifecycle waits for the Minister's signature, and the frozen version to be signed. */
export interface AwaitingSignature { plan: StrategicPlanSummary; version: FrozenVersion }

/**
 * The portal's contact with the strategic plans' lifecycles for the Minister's cell: which plan
 * awaits its signature, on which frozen version (number and SHA-256, as the lifecycle holds them),
 * and the signature itself, an Update the lifecycle validates (the signer holds `minister_cell` for
 * the signing authority, the version is the one reviewed).
 */
export class StrategicGateway {
  private readonly client: Client;
  private readonly plans: PlansReader;
  private readonly timeoutMs: number;
  constructor(client: Client, plans: PlansReader, timeoutMs: number) {
    this.client = client;
    this.plans = plans;
    this.timeoutMs = timeoutMs;
  }

  async awaitingSignature(org: string): Promise<AwaitingSignature[]> {
    const plans = await this.plans.strategicPlans(org);
    if (!plans) throw plansUnavailable();
    const found: AwaitingSignature[] = [];
    for (const plan of plans.filter((p) => p.status === 'awaiting_signature')) {
      const state = await this.state(org, plan.id);
      // A signature just recorded leaves the stage as it is until the plans service has it: already signed.
      if (state?.stage === 'awaiting_signature' && state.version && !state.signature) found.push({ plan, version: state.version });
    }
    return found;
  }

  /**
   * Records the signature of one version by one person. The update id names both, so a form posted
   * twice is answered once; the lifecycle's refusal (not awaiting, another version, a signer outside
   * the cell) is a 409 saying why, and leaves nothing behind.
   */
  async sign(org: string, planId: string, input: SignatureInput): Promise<LifecycleState> {
    const handle = this.client.workflow.getHandle(strategicPlanWorkflowId(org, planId));
    try {
      return await this.deadline(() => handle.executeUpdate(recordSignature, { args: [input], updateId: `signature:${planId}:v${input.version}:${input.personId}` }));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new HttpError(404, `No lifecycle of the strategic plan ${planId} of ${org} is running.`, { code: 'strategic_plan.lifecycle_not_running' });
      if (error instanceof WorkflowUpdateFailedError) throw new HttpError(409, (error.cause ?? error).message, { code: 'strategic_plan.signature_refused' });
      throw outageOf(error, {
        refused: `The signature of the strategic plan ${planId} was not recorded: the workflow engine (Temporal) cannot take it right now. Sign it again in a minute.`,
        // Past the deadline the signature may still be recorded; sent again, the same update id counts it once.
        unanswered: `The signature of the strategic plan ${planId} may not have been recorded (the workflow engine did not answer in time). Open the plan's signature page again: if it still awaits your signature, sign it again; it is counted once.`,
      }) ?? error;
    }
  }

  private async state(org: string, planId: string): Promise<LifecycleState | undefined> {
    try {
      return await this.deadline(() => this.client.workflow.getHandle(strategicPlanWorkflowId(org, planId)).query(lifecycleState));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw cycleUnavailable('The strategic plan\'s lifecycle cannot be read right now (the workflow worker does not answer); try again in a minute.', error);
    }
  }

  private deadline<T>(fn: () => Promise<T>): Promise<T> {
    return this.client.withDeadline(Date.now() + this.timeoutMs, fn);
  }
}
