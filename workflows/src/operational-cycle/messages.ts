import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DecisionInput, RoundState } from '../approval-round/messages.js';
import type { ApprovalRule, HolidayCalendar } from '@jalon/domain/pure';
import type {
  Alert, CycleOptions, CycleStage, CycleState, DraftingTask, LocalizedText, OrganisationText, Party, Problem, ProjectChangeResult,
} from '@jalon/contracts';

/* The cycle's state and what it holds are declared once, with their schemas, in @jalon/contracts. */
export type { Alert, CycleStage, CycleState, DraftingTask, Problem, ProjectChangeResult };

/** Everything a yearly cycle needs to run; the launch builds it from the plans service's data. */
export interface OperationalCycleInput {
  organisationCode: string;
  year: number;
  strategicPlanId: string;
  /** the operational plan as reviewers see it named, e.g. "Plan opérationnel 2027 – SPF Intérieur" */
  planTitle: LocalizedText;
  /** the signed strategic plan it carries out: the cycle's e-mails name it */
  strategicPlanTitle: LocalizedText;
  committeeRule: ApprovalRule;
  /**
   * How the organisation names whoever consolidates (its `consolidatorName` setting), for step names
   * and escalations. Absent in cycles launched before it was passed: the name they were launched with.
   */
  consolidatorName?: OrganisationText;
  /**
   * Who drafts the objectives owned by "(Tous)": each drafting entity ('every_entity') or the
   * President's office. Absent in cycles launched before it was passed: 'every_entity'.
   */
  allEntitiesObjectivesGoTo?: 'every_entity' | 'president_office';
  /**
   * The days (MM-DD) the cycle asks for progress once the plan is in force, as the organisation set
   * them at launch. Absent in cycles launched before: the seed's four (end of each quarter).
   */
  progressCheckpoints?: string[];
  /** the Minister (receives the plan for information) and the authorities that review a scope */
  signingAuthorityCode: string;
  reviewingAuthorityCodes: string[];
  /** Belgian public holidays and the configured extra days off; default: the federal calendar */
  calendar?: HolidayCalendar;
  /** calendar days before the due date (default 14, 7 and 1), moved to working days */
  reminderOffsetsDays?: number[];
  escalation?: { ministerAfterDays?: number; repeatEveryDays?: number };
  /** history length past which the cycle continues as new once it is in force (Temporal suggests it too) */
  continueAsNewAfterEvents?: number;
  /**
   * The cycle holds its drafting tasks itself instead of a child round per entity (the portal's
   * DRAFTING_IN_CYCLE at launch). Absent: child rounds, as every cycle before it.
   */
  draftingInCycle?: boolean;
  /** set by continue-as-new: the state carried over */
  resume?: CycleState;
}

/** What the yearly Schedule passes to its launcher; the options are those of OperationalCycleInput. */
export interface ScheduledLaunchArgs {
  organisationCode: string;
  /** the year launched, relative to the year the Schedule runs in */
  yearOffset: number;
  options?: CycleOptions | undefined;
}

export interface BudgetAdoptionInput {
  personId: string;
  /** the date of the Chamber's vote; null withdraws a wrongly recorded one */
  adoptedOn: string | null;
}
export interface ProblemInput {
  personId: string;
  name: string;
  description: string;
  /** chosen by the caller, with the Update id, so that a retried request raises the problem once */
  problemId?: string;
}
export interface ConsultationOutcomeInput { personId: string; problemId: string; outcome: string }
export interface ProjectAddInput {
  personId: string;
  projectId: string;
  title: string;
  ownerEntityCode: string;
  requestedByParty: Party;
  reason: string;
  requestedOn: string;
}
export interface ProjectWithdrawInput {
  personId: string;
  projectId: string;
  requestedByParty: Party;
  reason: string;
  requestedOn: string;
}

/** The President's office records (or corrects, or withdraws) the date the Chamber adopted the budget. */
export const recordBudgetAdoption = defineUpdate<CycleState, [BudgetAdoptionInput]>('recordBudgetAdoption');
/** The President's office stops waiting for the entities that have not answered and consolidates. */
export const closeDrafting = defineUpdate<CycleState, [{ personId: string }]>('closeDrafting');
/** Rule 8: a problem found while drafting; the cells are told at once. */
export const raiseProblem = defineUpdate<Problem, [ProblemInput]>('raiseProblem');
export const recordConsultationOutcome = defineUpdate<Problem, [ConsultationOutcomeInput]>('recordConsultationOutcome');
/** Rule 7: projects added or withdrawn at the request of either party, the other party told. */
export const addProject = defineUpdate<ProjectChangeResult, [ProjectAddInput]>('addProject');
export const withdrawProject = defineUpdate<ProjectChangeResult, [ProjectWithdrawInput]>('withdrawProject');
export const cycleState = defineQuery<CycleState>('cycleState');

/** One cycle per organisation and year: launching it again finds the one that runs. */
export const operationalCycleWorkflowId = (organisationCode: string, year: number) => `operational-cycle/${organisationCode}/${year}`;

/** "J'ai terminé" on a drafting task the cycle holds itself (since 'drafting-in-cycle'): the decision and the task's entity. */
export interface DraftingTaskDecisionInput extends DecisionInput { entityCode: string }
export const decideDraftingTask = defineUpdate<RoundState, [DraftingTaskDecisionInput]>('decideDraftingTask');
/** A held drafting task as its round would show it (pages read links' rounds this way); null for no such task. */
export const draftingTaskState = defineQuery<RoundState | null, [string]>('draftingTaskState');
/** Every open drafting task the cycle holds itself, as rounds: who the drafting waits for. */
export const heldDraftingRounds = defineQuery<RoundState[]>('heldDraftingRounds');

/**
 * The entity whose drafting task, held in the cycle workflow, a link answers; undefined for a link to
 * a round of its own. A round's link names the round's workflow; a held task's names the cycle, and
 * the task's round id (`<cycle>/drafting/<entity>`) and step (`drafting:<entity>`) name the task.
 */
export function heldDraftingTaskOf(link: { workflowId: string; roundId: string; step: string }): string | undefined {
  if (link.workflowId === link.roundId || !link.step.startsWith('drafting:')) return undefined;
  return link.step.slice('drafting:'.length);
}
