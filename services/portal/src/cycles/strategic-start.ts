import { HttpError } from '@jalon/service-kit';
import {
  lifecycleState, strategicPlanLifecycle, strategicPlanWorkflowId, submitPlan, type StrategicPlanInput,
} from '@jalon/workflows';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { StrategicPlan } from '@jalon/contracts';
import type { PlansReader } from '../plans-reader.js';
import { outageOf } from './temporal-outage.js';

/**
 * The stable codes of the refusals to start a lifecycle: pages show the message for the code in
 * the reader's language, API callers can branch on it.
 */
export const lifecycleStartRefusals = ['strategic_plan.not_found', 'strategic_plan.not_draft', 'strategic_plan.no_signing_authority'] as const;
export type LifecycleStartRefusal = typeof lifecycleStartRefusals[number];

const refusal = (status: number, code: LifecycleStartRefusal, message: string) => new HttpError(status, message, { code });

/** A lifecycle that ended this way may be started again (the workflow id's reuse policy allows it too). */
const ENDED_FOR_NOTHING = ['FAILED', 'TERMINATED', 'CANCELLED', 'TIMED_OUT'];

/**
 * Starts a strategic plan's lifecycle for the President's office and sends the draft to the
 * committee: one workflow per plan (its id names the organisation and the plan, nobody's name), so
 * starting again finds the one that exists and starts nothing twice.
 */
export class StrategicLifecycleStarter {
  private readonly client: Client;
  private readonly plans: PlansReader;
  private readonly taskQueue: string;
  private readonly timeoutMs: number;
  constructor(
    client: Client,
    plans: PlansReader,
    taskQueue: string,
    timeoutMs: number,
  ) {
    this.client = client;
    this.plans = plans;
    this.taskQueue = taskQueue;
    this.timeoutMs = timeoutMs;
  }

  async start(org: string, planId: string, personId: string): Promise<{ workflowId: string; created: boolean }> {
    const plan = await this.plans.strategicPlan(planId);
    if (!plan || plan.organisationCode !== org) {
      throw refusal(404, 'strategic_plan.not_found', `There is no strategic plan ${planId} in ${org}; check the plan's identifier.`);
    }
    const workflowId = strategicPlanWorkflowId(org, planId);
    try {
      return await this.startOrFind(org, plan, workflowId, personId);
    } catch (error) {
      const what = (done: string) => `The lifecycle of the strategic plan ${planId} ${done}: the workflow engine (Temporal) cannot take it right now. Start it again in a minute; a lifecycle started twice is started once, and a start that was interrupted is completed.`;
      throw outageOf(error, {
        refused: what('was not started (or its draft not sent to the committee)'),
        unanswered: what('may not have been started (the workflow engine did not answer in time)'),
      }) ?? error;
    }
  }

  private async startOrFind(org: string, plan: StrategicPlan, workflowId: string, personId: string): Promise<{ workflowId: string; created: boolean }> {
    const planId = plan.id;
    const status = await this.deadline(() => this.client.workflow.getHandle(workflowId).describe()).then(
      (d) => d.status.name as string,
      (error: unknown) => { if (error instanceof WorkflowNotFoundError) return undefined; throw error; },
    );
    let created = false;
    if (status === undefined || ENDED_FOR_NOTHING.includes(status)) {
      if (plan.status !== 'draft') {
        throw refusal(409, 'strategic_plan.not_draft', `The strategic plan ${planId} is ${plan.status.replaceAll('_', ' ')}, not a draft: only a draft's lifecycle can be started.`);
      }
      created = await this.startWorkflow(workflowId, await this.input(org, plan.id, plan.title));
    }
    if (created) await this.submit(workflowId, planId, personId);
    else if (status === 'RUNNING' && await this.neverSubmitted(workflowId)) await this.submit(workflowId, planId, personId);
    return { workflowId, created };
  }

  private async input(org: string, planId: string, planTitle: StrategicPlanInput['planTitle']): Promise<StrategicPlanInput> {
    const [authorities = [], organisation] = await Promise.all([this.plans.authorities(org), this.plans.organisation(org)]);
    const signing = authorities.find((a) => a.signs);
    if (!signing) {
      throw refusal(409, 'strategic_plan.no_signing_authority', `${org} has no authority that signs its plans; configure its Minister first.`);
    }
    return {
      // The organisation's own settings, as they are when the lifecycle starts (defaults: every member, 10 working days).
      organisationCode: org, planId, planTitle, committeeRule: organisation?.settings.committeeRule ?? { kind: 'all' },
      signingAuthorityCode: signing.code,
      reviewingAuthorityCodes: authorities.filter((a) => !a.signs).map((a) => a.code),
      reviewWorkingDays: organisation?.settings.reviewDays ?? 10,
      // The plan's communication items name audiences, not addresses: nobody to e-mail yet.
      communication: [],
    };
  }

  private async startWorkflow(workflowId: string, input: StrategicPlanInput): Promise<boolean> {
    try {
      await this.deadline(() => this.client.workflow.start(strategicPlanLifecycle, {
        workflowId, taskQueue: this.taskQueue, args: [input], workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
      }));
      return true;
    } catch (error) {
      // Two clicks at once: the other one started it.
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw error;
    }
  }

  /**
   * A lifecycle that never sent its draft on: a start interrupted between the workflow and its
   * submission, which the next start completes.
   */
  private async neverSubmitted(workflowId: string): Promise<boolean> {
    const state = await this.deadline(() => this.client.workflow.getHandle(workflowId).query(lifecycleState));
    return state.stage === 'drafting' && state.version === null && (state.decisions ?? []).length === 0;
  }

  /** Sends the draft to the committee; the update id makes a retried start count once. */
  private async submit(workflowId: string, planId: string, personId: string): Promise<void> {
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      await this.deadline(() => handle.executeUpdate(submitPlan, { args: [{ personId }], updateId: `lifecycle-start:${planId}` }));
    } catch (error) {
      // The validator's refusal: the draft was submitted in the meantime.
      if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    }
  }

  private deadline<T>(fn: () => Promise<T>): Promise<T> {
    return this.client.withDeadline(Date.now() + this.timeoutMs, fn);
  }
}
