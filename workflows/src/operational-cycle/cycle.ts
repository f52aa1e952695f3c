import { getExternalWorkflowHandle, sleep, workflowInfo } from '@temporalio/workflow';
import { FEDERAL_HOLIDAY_CALENDAR, type HolidayCalendar } from '@jalon/domain/pure';
import type { CycleState } from '@jalon/contracts';
import { cancelRound, remindPending, type ApprovalRoundInput, type RoundMember, type RoundNotices, type RoundResult } from '../approval-round/messages.js';
import { plansCalls } from '../shared/activities.js';
import { nowIso, today } from '../shared/people.js';
import { runRound } from '../shared/run-round.js';
import { stepNameOf } from '../shared/step-names.js';
import type { HeldTask } from './held-drafting.js';
import type { OperationalCycleInput } from './messages.js';

/**
 * One organisation's cycle for one year: its input, the state pages read through the `cycleState`
 * query (carried over when the cycle continues as new), and what every stage needs to reach people,
 * the plan and its rounds. The stages are in their own files (drafting, validation, transmission,
 * follow-up, in force); the handlers of what people record are in handlers.ts and projects.ts.
 */
export class Cycle {
  readonly workflowId = workflowInfo().workflowId;
  readonly calendar: HolidayCalendar;
  readonly state: CycleState;
  /** the drafting rounds already started (a signal to one not started yet would be lost) */
  readonly startedRounds = new Set<string>();
  /** the drafting tasks the cycle holds itself, by entity code (cycles since 'drafting-in-cycle') */
  readonly heldTasks = new Map<string, HeldTask>();

  readonly input: OperationalCycleInput;
  constructor(input: OperationalCycleInput) {
    this.input = input;
    this.calendar = input.calendar ?? FEDERAL_HOLIDAY_CALENDAR;
    this.state = input.resume ?? {
      organisationCode: input.organisationCode, year: input.year, stage: 'drafting', operationalPlanId: null,
      budget: { adoptedOn: null, dueDate: null, knownSince: null, recordedBy: null },
      drafting: [], version: null, currentRoundId: null, changesRequested: [], approvedHashes: {}, lastAskedVersion: {},
      problems: [], alerts: [], transmission: null, closedAt: null, continuedAsNew: 0, decisions: [],
    };
    this.state.decisions ??= [];
  }

  planId(): string {
    return this.state.operationalPlanId!;
  }

  transmitted(): boolean {
    return this.state.transmission !== null;
  }

  roleHolders(role: string, authorityCode?: string) {
    return plansCalls().roleHolders({ organisationCode: this.input.organisationCode, role, on: today(), ...(authorityCode ? { authorityCode } : {}) });
  }

  /** The Minister's cell: it receives the plan, and hears of problems and projects. */
  ministerCell() {
    return this.roleHolders('minister_cell', this.input.signingAuthorityCode);
  }

  /** The cells of every reviewing authority, one list each. */
  stateSecretaryCells() {
    return Promise.all(this.input.reviewingAuthorityCodes.map((code) => this.roleHolders('state_secretary_cell', code)));
  }

  /**
   * The people who hold a role today. Nobody holding it (a cell between governments, a role not yet
   * given) is not a reason to fail: the cycle says who it waits for and asks again every day.
   */
  async holdersOf(role: string, authorityCode?: string) {
    for (;;) {
      const found = await this.roleHolders(role, authorityCode);
      if (found.length > 0) {
        this.state.blockedOn = null;
        return found;
      }
      this.state.blockedOn = { role, authorityCode: authorityCode ?? null, since: this.state.blockedOn?.since ?? nowIso() };
      await sleep('1 day');
    }
  }

  /** The plan's content as a version: what the next step decides on. */
  async freeze(): Promise<void> {
    this.state.version = await plansCalls().freezeOperationalPlanVersion({ planId: this.planId() });
  }

  /** A step's round on the version just frozen; its reminders come from the cycle, which follows the due date. */
  runRound(
    step: string, rule: ApprovalRoundInput['rule'], members: RoundMember[], items: string[], extra: Partial<RoundNotices> = {}, idSuffix = '',
  ): Promise<RoundResult> {
    const { state, input } = this;
    const version = state.version!;
    // Numbered: a step asked again on unchanged content (changes requested, nothing edited) is a new round.
    state.roundsStarted = (state.roundsStarted ?? 0) + 1;
    const roundId = `${this.workflowId}/${step}${idSuffix}/${state.roundsStarted}-v${version.number}`;
    for (const m of members) state.lastAskedVersion[m.personId] = version.number;
    return runRound(state, {
      roundId, step, organisationCode: input.organisationCode, planId: this.planId(), planVersion: version.number, planSha256: version.sha256, rule, members, items,
      notices: {
        planTitle: input.planTitle, stepName: stepNameOf(step, input.consolidatorName),
        itemTitles: { plan: input.planTitle, consolidation: input.planTitle }, due: state.budget.dueDate, followUp: 'parent',
        escalateTo: { presidentOffice: [], ministerCell: [] }, ...extra,
      },
    }, 'operational');
  }

  /** A signal to a round that may have closed in the meantime: then there is nobody left to remind. */
  async signalQuietly(roundId: string, cancelReason?: string, reminder?: { key: string; due: string }): Promise<void> {
    try {
      const handle = getExternalWorkflowHandle(roundId);
      if (reminder) await handle.signal(remindPending, reminder);
      else await handle.signal(cancelRound, cancelReason ?? 'cancelled');
    } catch {
      // The round finished between our decision and the signal: nothing to do.
    }
  }
}
