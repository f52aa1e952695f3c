import type { NewObjectiveInput, ObjectivePatch, PrioritiesInput, RiskDomainsInput } from '@jalon/contracts';
import { PlansRefusal, PlansUnavailable, type PlansClient } from '@jalon/plans-client';
import { HttpError } from '@jalon/service-kit';
import { lifecycleState, strategicPlanWorkflowId, submitPlan, type LifecycleState } from '@jalon/workflows';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { cycleUnavailable, outageOf } from '../../cycles/temporal-outage.js';
import { plansUnavailable } from '../../plans-reader.js';

/** Why the plans service refused an edit: its stable code and, for bad input, the fields at fault. */
export class DraftRefusal extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: Array<{ path: string; message: string }>;
  /** with plan.stale_revision: the revision the content is at now */
  readonly currentRevision: number | undefined;

  constructor(status: number, code: string, issues: Array<{ path: string; message: string }>, message: string, currentRevision?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.currentRevision = currentRevision;
    this.name = 'DraftRefusal';
  }
}

function refusalOf(error: PlansRefusal): DraftRefusal {
  let body: { code?: unknown; issues?: unknown; currentRevision?: unknown } = {};
  try { body = JSON.parse(error.body ?? '{}') as typeof body; } catch { /* a body that is not JSON names no code */ }
  const issues = Array.isArray(body.issues) ? (body.issues as Array<{ path: string; message: string }>) : [];
  const code = typeof body.code === 'string' ? body.code : `plans.${error.status}`;
  return new DraftRefusal(error.status ?? 400, code, issues, error.message, code === 'plan.stale_revision' && typeof body.currentRevision === 'number' ? body.currentRevision : undefined);
}

/**
 * The President's office's edits of a draft strategic plan, made by the plans service on the
 * signed-in person's behalf (its access rules check their role, its audit log names them), and the
 * resubmission of the edited draft to its lifecycle.
 */
export class StrategicDraftEditor {
  private readonly client: Client;
  private readonly plans: PlansClient;
  private readonly timeoutMs: number;

  constructor(client: Client, plans: PlansClient, timeoutMs: number) {
    this.client = client;
    this.plans = plans;
    this.timeoutMs = timeoutMs;
  }

  private async write<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof PlansRefusal && error.status !== undefined && error.status < 500) throw refusalOf(error);
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }

  async entities(org: string) {
    return this.write(() => this.plans.listEntities(org));
  }

  patchObjective(personId: string, planId: string, number: number, patch: ObjectivePatch) {
    return this.write(() => this.plans.onBehalfOf(personId).patchObjective(planId, number, patch));
  }

  addObjective(personId: string, planId: string, input: NewObjectiveInput) {
    return this.write(() => this.plans.onBehalfOf(personId).addObjective(planId, input));
  }

  replacePriorities(personId: string, planId: string, input: PrioritiesInput) {
    return this.write(() => this.plans.onBehalfOf(personId).replacePriorities(planId, input));
  }

  replaceRiskDomains(personId: string, planId: string, input: RiskDomainsInput) {
    return this.write(() => this.plans.onBehalfOf(personId).replaceRiskDomains(planId, input));
  }

  /** The lifecycle's state, or undefined when none was started. */
  async lifecycle(org: string, planId: string): Promise<LifecycleState | undefined> {
    try {
      return await this.deadline(() => this.client.workflow.getHandle(strategicPlanWorkflowId(org, planId)).query(lifecycleState));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw cycleUnavailable('The strategic plan\'s lifecycle cannot be read right now; try again in a minute.', error);
    }
  }

  /**
   * Sends the edited draft back to review: the lifecycle's own resubmission (it freezes a new
   * version and asks the committee again; the State Secretary then reviews only the objectives of
   * his scope changed since he approved them). The update id names the version that was sent back,
   * so a form posted twice resubmits once.
   */
  async resubmit(org: string, planId: string, personId: string): Promise<void> {
    const state = await this.lifecycle(org, planId);
    if (!state || state.stage !== 'drafting' || !state.version) {
      throw new HttpError(409, 'The strategic plan is not waiting for changes: there is nothing to resubmit.', { code: 'strategic_plan.not_awaiting_changes' });
    }
    const handle = this.client.workflow.getHandle(strategicPlanWorkflowId(org, planId));
    try {
      await this.deadline(() => handle.executeUpdate(submitPlan, { args: [{ personId }], updateId: `resubmit:${planId}:after-v${state.version!.number}` }));
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) throw new HttpError(409, (error.cause ?? error).message, { code: 'strategic_plan.not_awaiting_changes' });
      const what = (done: string) => `The edited draft of the strategic plan ${planId} ${done}. Open the draft again in a minute: if it still waits for changes, resubmit it; it is sent once.`;
      throw outageOf(error, { refused: what('was not sent back to review'), unanswered: what('may not have been sent back to review (the workflow engine did not answer in time)') }) ?? error;
    }
  }

  private deadline<T>(fn: () => Promise<T>): Promise<T> {
    return this.client.withDeadline(Date.now() + this.timeoutMs, fn);
  }
}
