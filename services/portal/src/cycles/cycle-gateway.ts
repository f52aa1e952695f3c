import { prepareCycleLaunch, PlansRefusal, type PlansClient } from '@jalon/plans-client';
import type { CycleOptions, CycleView, StrategicLifecycleView } from '@jalon/contracts';
import { brusselsDateOf, budgetAdoptionProblem } from '@jalon/domain';
import { HttpError } from '@jalon/service-kit';
import {
  addProject, closeDrafting, cycleState, lifecycleState, operationalCycle, operationalCycleWorkflowId, raiseProblem, recordBudgetAdoption,
  heldDraftingRounds, recordConsultationOutcome, roundState, strategicPlanWorkflowId, withdrawProject,
  type BudgetAdoptionInput, type ConsultationOutcomeInput, type CycleState, type Problem, type ProblemInput, type ProjectAddInput,
  type ProjectChangeResult, type ProjectWithdrawInput, type RoundState,
} from '@jalon/workflows';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { toView } from './cycle-view.js';
import { decisionHistory } from './decision-history.js';
import { cycleUnavailable, outageOf } from './temporal-outage.js';

function rootCause(error: Error): Error | undefined {
  let current: Error | undefined = error;
  while (current && (current as { cause?: unknown }).cause instanceof Error) current = (current as { cause: Error }).cause;
  return current;
}

/** Where a strategic plan's lifecycle stands and who holds its step. */
export type StrategicState = StrategicLifecycleView;

/**
 * The portal's contact with the yearly cycles: start one, read its state (and who holds its step),
 * send it what the President's office and the cells record. Every call runs under a deadline; a
 * refusal by the workflow becomes an HTTP error that says why.
 */
export class CycleGateway {
  private readonly client: Client;
  private readonly plans: PlansClient;
  private readonly taskQueue: string;
  private readonly timeoutMs: number;
  /** whether the cycles it launches hold their drafting tasks themselves (see DRAFTING_IN_CYCLE_PATCH) */
  private readonly draftingInCycle: boolean;

  constructor(client: Client, plans: PlansClient, taskQueue: string, timeoutMs: number, draftingInCycle: boolean) {
    this.client = client;
    this.plans = plans;
    this.taskQueue = taskQueue;
    this.timeoutMs = timeoutMs;
    this.draftingInCycle = draftingInCycle;
  }

  /**
   * Starts the year's cycle, or finds it: a year has one cycle, running or closed. A cycle that
   * failed or was terminated may be launched again.
   */
  async launch(org: string, year: number, options?: CycleOptions): Promise<{ workflowId: string; created: boolean }> {
    const workflowId = operationalCycleWorkflowId(org, year);
    let input;
    try {
      input = await prepareCycleLaunch(this.plans, org, year, options);
    } catch (error) {
      if (error instanceof PlansRefusal) {
        const status = error.status === 404 ? 404 : 409;
        // cycle.no_signed_plan, cycle.no_minister, or the plans service's own code
        throw new HttpError(status, error.message, { code: error.reason ?? (/^plans\.\d+$/.test(error.code) ? 'cycle.launch_refused' : error.code) });
      }
      throw error;
    }
    try {
      await this.deadline(() => this.client.workflow.start(operationalCycle, {
        workflowId, taskQueue: this.taskQueue, args: [this.draftingInCycle ? { ...input, draftingInCycle: true } : input], workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
      }));
      return { workflowId, created: true };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, created: false };
      const what = (done: string) => `The cycle ${year} of ${org} ${done}: the workflow engine (Temporal) cannot take it right now. Launch it again in a minute; a cycle launched twice is started once.`;
      throw outageOf(error, { refused: what('was not launched'), unanswered: what('may not have been launched (the workflow engine did not answer in time)') }) ?? error;
    }
  }

  /** The cycle as people see it; undefined when the year has no cycle. */
  async state(org: string, year: number): Promise<CycleView | undefined> {
    const handle = this.handle(org, year);
    try {
      const [description, state] = await this.deadline(() => Promise.all([handle.describe(), handle.query(cycleState)]));
      const view = toView(handle.workflowId, description.status.name, state);
      return { ...view, holders: await this.holders(state), decisions: await this.decisionsOf('operational', state.operationalPlanId, view.decisions) };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      if (error instanceof HttpError) throw error;
      // The query is answered by a worker: none answering is an outage, not a fault of the request.
      throw cycleUnavailable(`The cycle ${year} of ${org} cannot be read right now (the workflow worker does not answer); try again in a minute.`, error);
    }
  }

  /** Where a strategic plan's lifecycle stands and who holds its step; undefined when it is not running. */
  async strategicState(org: string, planId: string): Promise<StrategicState | undefined> {
    try {
      const state = await this.deadline(() => this.client.workflow.getHandle(strategicPlanWorkflowId(org, planId)).query(lifecycleState));
      return {
        stage: state.stage, holders: await this.roundHolders(state.currentRoundId ? [state.currentRoundId] : []),
        decisions: await this.decisionsOf('strategic', planId, state.decisions ?? []),
        changesRequested: state.changesRequested,
      };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }

  /** An implausible date is refused here, before the cycle computes e-mails from it (400 naming the field). */
  async recordBudgetAdoption(org: string, year: number, input: BudgetAdoptionInput): Promise<CycleState> {
    const problem = input.adoptedOn === null ? undefined : budgetAdoptionProblem(input.adoptedOn, year, brusselsDateOf(new Date()));
    if (problem) {
      const message = `body.adoptedOn: ${problem}`;
      throw new HttpError(400, `The request is not valid: ${message}. Correct this field and send it again.`, { code: 'cycle.budget_date_invalid', issues: [{ path: 'body.adoptedOn', message: problem }] });
    }
    return this.update(org, year, 'cycle.budget_adoption_refused', (h) => h.executeUpdate(recordBudgetAdoption, { args: [input] }));
  }

  /** Stops waiting for the entities that have not answered. */
  closeDrafting(org: string, year: number, personId: string): Promise<CycleState> {
    return this.update(org, year, 'cycle.drafting_not_open', (h) => h.executeUpdate(closeDrafting, { args: [{ personId }] }));
  }

  /** The problem's id is the Update's: a retried request raises it once. */
  raiseProblem(org: string, year: number, input: ProblemInput & { problemId: string }): Promise<Problem> {
    return this.update(org, year, 'cycle.problem_refused', (h) => h.executeUpdate(raiseProblem, { args: [input], updateId: `problem:${input.problemId}` }));
  }

  recordConsultationOutcome(org: string, year: number, input: ConsultationOutcomeInput): Promise<Problem> {
    return this.update(org, year, 'cycle.consultation_refused', (h) => h.executeUpdate(recordConsultationOutcome, { args: [input], updateId: `consultation:${input.problemId}` }));
  }

  addProject(org: string, year: number, input: ProjectAddInput): Promise<ProjectChangeResult> {
    return this.update(org, year, 'cycle.project_refused', (h) => h.executeUpdate(addProject, { args: [input], updateId: `project:add:${input.projectId}` }));
  }

  withdrawProject(org: string, year: number, input: ProjectWithdrawInput): Promise<ProjectChangeResult> {
    return this.update(org, year, 'cycle.project_refused', (h) => h.executeUpdate(withdrawProject, { args: [input], updateId: `project:withdraw:${input.projectId}` }));
  }

  /**
   * A plan's decisions from the decision record, with what only the workflow's log holds (rounds
   * finished before the record existed). The record not answering leaves the log alone: a cycle
   * page without its newest decisions beats no page.
   */
  private async decisionsOf(kind: 'strategic' | 'operational', planId: string | null, log: CycleView['decisions']): Promise<CycleView['decisions']> {
    if (planId === null) return log;
    const recorded = await this.plans.listPlanDecisions(kind, planId).catch(() => []);
    return decisionHistory(recorded, log);
  }

  private deadline<T>(fn: () => Promise<T>): Promise<T> {
    return this.client.withDeadline(Date.now() + this.timeoutMs, fn);
  }

  private handle(org: string, year: number): WorkflowHandle<typeof operationalCycle> {
    return this.client.workflow.getHandle(operationalCycleWorkflowId(org, year));
  }

  /** The people the pending step waits for, from the rounds under way. */
  private async holders(state: CycleState): Promise<CycleView['holders']> {
    if (state.stage !== 'drafting') return this.roundHolders(state.currentRoundId ? [state.currentRoundId] : []);
    // Drafting tasks the cycle holds itself answer in one query; the others are rounds of their own.
    const open = state.drafting.filter((t) => t.status === 'open');
    const held = open.length === 0 ? [] : await this.deadline(() => this.handle(state.organisationCode, state.year).query(heldDraftingRounds));
    const heldIds = new Set(held.map((r) => r.roundId));
    return [...held.flatMap(pendingOf), ...await this.roundHolders(open.map((t) => t.roundId).filter((id) => !heldIds.has(id)))];
  }

  private async roundHolders(rounds: string[]): Promise<CycleView['holders']> {
    const holders: CycleView['holders'] = [];
    for (const roundId of rounds) {
      try {
        holders.push(...pendingOf(await this.deadline(() => this.client.workflow.getHandle(roundId).query(roundState))));
      } catch (error) {
        // A round that just closed has nobody pending; the next read shows the next step.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    }
    return holders;
  }

  /**
   * Sends an Update; a refusal by the workflow's validator becomes a 409 with its reason, and the
   * code the refusal gave (a typed failure, e.g. `cycle.drafting_over`) or else the operation's (`refused`).
   */
  private async update<R>(org: string, year: number, refused: string, send: (handle: WorkflowHandle<typeof operationalCycle>) => Promise<R>): Promise<R> {
    const handle = this.handle(org, year);
    try {
      return await this.deadline(() => send(handle));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        // Also what Temporal says of a cycle that has ended: tell the two apart.
        const ended = await this.deadline(() => handle.describe()).then((d) => d.status.name, () => undefined);
        if (ended === 'COMPLETED') throw new HttpError(409, `The operational cycle ${year} of ${org} is closed (its year is over); record this in the current year's cycle.`, { code: 'cycle.closed' });
        if (ended) throw new HttpError(409, `The operational cycle ${year} of ${org} has ended (${ended.toLowerCase()}); the President's office can launch it again.`, { code: 'cycle.ended' });
        throw new HttpError(404, `There is no operational cycle ${year} for ${org}; launch it first.`, { code: 'cycle.not_found' });
      }
      const unavailable = outageOf(error, {
        refused: `The cycle ${year} of ${org} did not record this: the workflow engine (Temporal) cannot take it right now. Send it again in a minute.`,
        // Past the deadline the Update may still be delivered and applied: the caller is told to read before sending again.
        unanswered: `The cycle ${year} of ${org} did not answer in time (the workflow worker is busy or stopped). What you sent may still be recorded: read the cycle (GET /organisations/${org}/cycles/${year}) before sending it again.`,
      });
      if (unavailable) throw unavailable;
      if (error instanceof WorkflowUpdateFailedError) {
        // The validator's refusal, or a plans service's 4xx met by the handler's activity.
        const root = rootCause(error);
        const plansStatus = root instanceof ApplicationFailure ? /^plans\.(4\d\d)$/.exec(root.type ?? '')?.[1] : undefined;
        const status = plansStatus === '400' || plansStatus === '404' ? Number(plansStatus) : 409;
        const code = root instanceof ApplicationFailure ? refusalCodeOf(root) : undefined;
        throw new HttpError(status, (root instanceof ApplicationFailure ? root.message : root?.message ?? error.message).replace(/^plans refused [A-Z]+ \S+: /, ''), { code: code ?? refused });
      }
      throw error;
    }
  }
}

/** Whom a round waits for, as the cycle's page names them. */
const pendingOf = (round: RoundState): CycleView['holders'] =>
  round.pending.map((personId) => ({ personId, name: round.memberNames[personId] ?? personId, step: round.step }));

/**
 * The stable code a workflow's refusal carries: a typed failure names it (`cycle.drafting_over`);
 * the plans service's refusal met by an activity carries the service's code in its details. A
 * plain Error (type "Error") or a bare status (`plans.409`) names nothing.
 */
export function refusalCodeOf(failure: ApplicationFailure): string | undefined {
  const [detail] = failure.details ?? [];
  const fromPlans = typeof detail === 'object' && detail !== null && 'reason' in detail && typeof detail.reason === 'string' ? detail.reason : undefined;
  if (fromPlans) return fromPlans;
  return failure.type && /^[a-z_]+\.[a-z_.]+$/.test(failure.type) ? failure.type : undefined;
}
