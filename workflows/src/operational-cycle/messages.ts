import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApprovalRule, HolidayCalendar } from '@jalon/domain/pure';
import type { DecisionLogEntry } from '../approval-round/messages.js';

type Bilingual = { fr: string; nl: string };

/** Everything a yearly cycle needs to run; the launch builds it from the plans service's data. */
export interface OperationalCycleInput {
  organisationCode: string;
  year: number;
  strategicPlanId: string;
  /** the operational plan as reviewers see it named, e.g. "Plan opérationnel 2027 – SPF Intérieur" */
  planTitle: Bilingual;
  /** the signed strategic plan it carries out: the cycle's e-mails name it */
  strategicPlanTitle: Bilingual;
  committeeRule: ApprovalRule;
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
  /** set by continue-as-new: the state carried over */
  resume?: CycleState;
}

/** What the yearly Schedule passes to its launcher; the options are those of OperationalCycleInput. */
export interface ScheduledLaunchArgs {
  organisationCode: string;
  /** the year launched, relative to the year the Schedule runs in */
  yearOffset: number;
  options?: { reminderOffsetsDays: number[]; calendar?: HolidayCalendar | undefined; escalation?: { ministerAfterDays: number; repeatEveryDays: number } | undefined } | undefined;
}

export type CycleStage =
  | 'drafting' | 'consolidation' | 'committee' | 'state_secretary_review' | 'transmitting' | 'in_force' | 'closed';

export interface DraftingTask {
  entityCode: string;
  entityName: Bilingual;
  roundId: string;
  /** who was asked; the President's office when the entity has no drafter */
  askedPersonIds: string[];
  /** failed: the task's round failed or was terminated; the President's office follows it up */
  status: 'open' | 'done' | 'closed_by_president_office' | 'failed';
  doneBy: string | null;
  doneAt: string | null;
  comment: string | null;
}

export interface Alert {
  key: string;
  kind: 'reminder' | 'escalation';
  target: 'holders' | 'president_office' | 'minister_cell';
  /** the stage whose holders were late or reminded */
  stage: CycleStage;
  /** what the e-mail named as holding the step */
  holders: string;
  dueDate: string;
  sentAt: string;
  daysBeforeDue: number | null;
  daysLate: number | null;
  /** e-mail addresses, for escalations; reminders go through the step's own links */
  recipients: string[];
}

export interface Problem {
  id: string;
  raisedBy: { personId: string; name: string };
  description: string;
  raisedAt: string;
  /** the Minister's and State Secretary's cells told at once */
  notified: string[];
  outcome: { text: string; recordedBy: string; recordedAt: string } | null;
}

export interface CycleState {
  organisationCode: string;
  year: number;
  stage: CycleStage;
  operationalPlanId: string | null;
  budget: {
    adoptedOn: string | null;
    /** one calendar month after the adoption; null while the state runs on provisional twelfths */
    dueDate: string | null;
    /** when the current due date became known (workflow time), for reminders that would come too late */
    knownSince: string | null;
    recordedBy: string | null;
  };
  drafting: DraftingTask[];
  version: { number: number; sha256: string } | null;
  currentRoundId: string | null;
  changesRequested: Array<{ step: string; item: string; comments: Array<{ personId: string; comment: string }> }>;
  /** authority → operational objective code → the content hash it approved */
  approvedHashes: Record<string, Record<string, string>>;
  lastAskedVersion: Record<string, number>;
  problems: Problem[];
  alerts: Alert[];
  transmission: { version: number; sha256: string; transmittedAt: string; recipients: string[] } | null;
  closedAt: string | null;
  /** how many times the cycle continued as new */
  continuedAsNew: number;
  /** nobody holds a role the next step needs: the cycle waits, and says so */
  blockedOn?: { role: string; authorityCode: string | null; since: string } | null;
  /** rounds started so far, numbering their ids */
  roundsStarted?: number;
  /** every decision of every finished round: who decided what, when, on which version */
  decisions: DecisionLogEntry[];
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
  requestedByParty: 'spf' | 'minister_cell' | 'state_secretary_cell';
  reason: string;
  requestedOn: string;
}
export interface ProjectWithdrawInput {
  personId: string;
  projectId: string;
  requestedByParty: 'spf' | 'minister_cell' | 'state_secretary_cell';
  reason: string;
  requestedOn: string;
}
export interface ProjectChangeResult {
  projectId: string;
  status: 'active' | 'withdrawn';
  /** who was told: the other party */
  notified: string[];
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
