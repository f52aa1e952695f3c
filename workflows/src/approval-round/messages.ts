import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ApprovalRule } from '@jalon/domain/pure';
import type { ChangeRequest, DecisionChannel, DecisionLogEntry, DecisionRecordInput, ItemDecision, LocalizedText, Recipient, Role } from '@jalon/contracts';

export type { DecisionLogEntry, ItemDecision, Recipient };

/** A person asked to decide in a round, with what pages and e-mails need to reach them. */
export interface RoundMember extends Recipient {
  personId: string;
  /** the role the member is asked in, and whose deputy they are that day: the decision record keeps both */
  role?: Role;
  onBehalfOf?: string | null;
}

/** Set by rounds started since the decision record: each decision is written there as it is accepted. */
export interface RoundRecord {
  planKind: DecisionRecordInput['planKind'];
  stepName: LocalizedText;
}

export interface ApprovalRoundInput {
  /** business identifier, e.g. `spf-interieur/strategic/2022-2024/committee/v3` */
  roundId: string;
  /** the step of the cycle this round decides, shown to people and used in update ids */
  step: string;
  /**
   * The organisation whose role holders decide: each link is checked against the step's roles
   * there (link-holder.ts). Absent in rounds started before it was passed: their links are not.
   */
  organisationCode?: string;
  planId: string;
  /** the frozen version under review and its hash: a decision is on exactly this content */
  planVersion: number;
  planSha256: string;
  rule: ApprovalRule;
  members: RoundMember[];
  /**
   * What is decided on. A committee decides on the whole plan (one item, 'plan'); the State
   * Secretary decides per objective in his scope ('20', '21', '22').
   */
  items: string[];
  /**
   * When set, the round asks its members itself: a personal link by e-mail at the start, reminders
   * before the due date on working days, then escalations while it stays open.
   */
  notices?: RoundNotices;
  record?: RoundRecord;
}

export interface DraftingTaskParams {
  strategicPlanTitle: LocalizedText;
  entityName: LocalizedText;
  year: number;
  strategicObjectives: Array<{ number: number; title: LocalizedText | string }>;
}

export interface RoundNotices {
  planTitle: LocalizedText;
  stepName: LocalizedText;
  itemTitles: Record<string, LocalizedText>;
  /** the step's due date (Brussels calendar date); null while none is known (awaiting the budget adoption) */
  due: string | null;
  /**
   * 'own' (default): the round sends its reminders and escalations itself, from `due`. 'parent': the
   * workflow that started it follows a due date that can move, and sends `remindPending` when it is time.
   */
  followUp?: 'own' | 'parent';
  /** objectives listed on the page, e.g. those an entity owns */
  objectives?: Array<{ code: string; title: LocalizedText | string }>;
  /** the first e-mail uses this template instead of review_request (a drafting task) */
  request?: { template: 'drafting_task'; params: DraftingTaskParams };
  /** 'task' for a step that is done rather than approved (drafting, consolidation): the page offers "done" */
  mode?: 'review' | 'task';
  /** days before the due date (default 14, 7 and 1) */
  reminderOffsetsDays?: number[];
  /** for each member who reviewed an earlier version: what changed since, shown in the e-mail and on the page */
  changesByPerson?: Record<string, ChangesSince>;
  /** the first escalation goes to the President's office, the later ones to the Minister's cell */
  escalateTo: { presidentOffice: Recipient[]; ministerCell: Recipient[] };
}

/** What changed in the plan since the version a person last reviewed, in both languages. */
export interface ChangesSince {
  sinceVersion: number;
  changes: LocalizedText[];
}

export interface DecisionInput {
  personId: string;
  /** the version the person saw; a decision on an older version is refused */
  planVersion: number;
  decisions: ItemDecision[];
  /** how the person decided: the e-mailed link (the default) or signed in ("my tasks") */
  channel?: DecisionChannel;
}

export interface RecordedDecision extends DecisionInput {
  /** workflow time at which the decision was accepted (ISO) */
  decidedAt: string;
}

export type ItemOutcome = 'open' | 'approved' | 'changes_requested';

/** Who filled a seat for the other person sitting in it (a deputy for the holder, or the reverse). */
export interface SeatDecidedBy {
  personId: string;
  name: string;
  decidedAt: string;
}

export interface RoundState {
  roundId: string;
  step: string;
  planVersion: number;
  status: 'open' | 'closed' | 'cancelled';
  items: Record<string, { outcome: ItemOutcome; pending: string[] }>;
  decisions: RecordedDecision[];
  /** who still has to answer on at least one open item */
  pending: string[];
  /** personId → name, for pages that say who is awaited */
  memberNames: Record<string, string>;
  /**
   * A holder and their deputy share one seat: for the one who did not decide, who did it for them
   * and when (pages say so, and the round refuses a second decision). Absent in rounds started before.
   */
  decidedFor?: Record<string, SeatDecidedBy>;
}

export interface RoundResult {
  status: 'closed' | 'cancelled';
  approvedItems: string[];
  /** items sent back, with every comment made on them */
  changesRequested: Array<Omit<ChangeRequest, 'step'>>;
  decisions: RecordedDecision[];
}

export const decide = defineUpdate<RoundState, [DecisionInput]>('decide');
export const roundState = defineQuery<RoundState>('roundState');
/** The plan was withdrawn or replaced: the round ends without a decision. */
export const cancelRound = defineSignal<[string]>('cancelRound');
/** From the parent that follows the due date: remind whoever has not answered; the key names this reminder. */
export const remindPending = defineSignal<[{ key: string; due: string }]>('remindPending');

/** The update id for a person's decision: a retried POST of the same decision is answered once. */
export const decisionUpdateId = (roundId: string, personId: string, planVersion: number) =>
  `${roundId}:${personId}:v${planVersion}`;

/** The decisions of a round as its plan's history lists them. */
export function decisionLog(round: Pick<ApprovalRoundInput, 'step' | 'members' | 'planVersion' | 'planSha256'>, stepName: LocalizedText, result: RoundResult): DecisionLogEntry[] {
  return result.decisions.map((d) => ({
    step: round.step, stepName, version: round.planVersion, sha256: round.planSha256, decidedAt: d.decidedAt, personId: d.personId,
    personName: round.members.find((m) => m.personId === d.personId)?.name ?? d.personId, items: d.decisions,
  }));
}
