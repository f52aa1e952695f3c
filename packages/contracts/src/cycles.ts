import { DEFAULT_ESCALATION_DAYS, DEFAULT_REMINDER_OFFSETS_DAYS, holidayCalendarSchema } from '@jalon/domain';
import { z } from 'zod';
import { localizedTextSchema } from './common.js';
import { partySchema } from './plans/operational-plan.js';

/*
 * The portal's API for the yearly operational cycle: launched by the President's office, followed by
 * everyone. The cycle's state comes from its workflow (the `cycleState` query answers a CycleState,
 * which the workflow takes from here as a type); the view says what the API shows of it.
 */

export const yearSchema = z.number().int().min(2000).max(2100);
export const cycleParams = z.object({ org: z.string().min(1).max(100), year: z.coerce.number().int().min(2000).max(2100) });

/** How a cycle follows its due date; every field has the federal default. */
export const cycleOptionsSchema = z.object({
  /** calendar days before the due date at which the step's holders are reminded, moved to working days */
  reminderOffsetsDays: z.array(z.number().int().min(0).max(90)).min(1).max(10).default(() => [...DEFAULT_REMINDER_OFFSETS_DAYS]),
  /** Belgian public holidays and the extra days off of this service (default: 15 November and 26 December) */
  calendar: holidayCalendarSchema.optional(),
  escalation: z.object({
    /** calendar days after the due date at which the Minister's cell is alerted (default 7) */
    ministerAfterDays: z.number().int().min(1).max(60).default(DEFAULT_ESCALATION_DAYS),
    /** calendar days between later alerts (default 7) */
    repeatEveryDays: z.number().int().min(1).max(60).default(DEFAULT_ESCALATION_DAYS),
  }).optional(),
});
export type CycleOptions = z.infer<typeof cycleOptionsSchema>;

export const launchCycleSchema = z.object({ year: yearSchema, options: cycleOptionsSchema.optional() });

/** The steps of a yearly cycle, in order; `closed` once its year is over. */
export const cycleStageSchema = z.enum(['drafting', 'consolidation', 'committee', 'state_secretary_review', 'transmitting', 'in_force', 'closed']);
export type CycleStage = z.infer<typeof cycleStageSchema>;

const personRef = z.object({ personId: z.string(), name: z.string() });

/**
 * reminder and escalation: sent. not_sent: the follow-up could not go out because its input broke the
 * contract (e.g. a wrongly recorded date); kept for the President's office, and the cycle goes on.
 * quorum_unreachable: the committee's quorum is above the seats available, so every seat is asked
 * instead. no_drafter: an entity's objectives have nobody to draft them, so the President's office is
 * asked instead. Both are for the President's office to correct the settings or the roles.
 * progress_request: once the plan is in force, the owner entities were asked for their progress at a
 * checkpoint (or for the year-end results); the reminders and escalations that follow it are
 * `reminder` and `escalation` alerts of stage in_force or closed, keyed `progress:<checkpoint>:…`,
 * the last ones to the committee.
 */
export const alertKindSchema = z.enum(['reminder', 'escalation', 'not_sent', 'quorum_unreachable', 'no_drafter', 'progress_request']);

export const alertSchema = z.object({
  key: z.string(),
  kind: alertKindSchema,
  target: z.enum(['holders', 'president_office', 'minister_cell', 'committee']),
  /** the stage whose holders were late or reminded */
  stage: cycleStageSchema,
  /** what the e-mail named as holding the step (quorum_unreachable: the seats; no_drafter: the entity) */
  holders: z.string(),
  /** the step's due date; empty for an alert raised while none is known */
  dueDate: z.string(),
  sentAt: z.string(),
  daysBeforeDue: z.number().int().nullable(),
  daysLate: z.number().int().nullable(),
  /** e-mail addresses, for escalations; reminders go through the step's own links */
  recipients: z.array(z.string()),
  /** not_sent: why, as the refusing contract said it (field names, never the values) */
  problem: z.string().optional(),
});
export type Alert = z.infer<typeof alertSchema>;

/** A problem found while drafting (rule 8): the Minister's and State Secretary's cells are told at once. */
export const problemSchema = z.object({
  id: z.string(),
  raisedBy: personRef,
  description: z.string(),
  raisedAt: z.string(),
  /** the cells' addresses that were told */
  notified: z.array(z.string()),
  outcome: z.object({ text: z.string(), recordedBy: z.string(), recordedAt: z.string() }).nullable(),
});
export type Problem = z.infer<typeof problemSchema>;

/** One person's decision on one item of a round: the whole plan ('plan') or an objective. */
export const itemDecisionSchema = z.object({
  item: z.string(),
  outcome: z.enum(['approve', 'request_changes']),
  /** required when changes are requested: the drafters must know what to change */
  comment: z.string().optional(),
  /**
   * The objectives a comment on the whole plan concerns (their numbers or codes), so that the
   * drafters find it beside them; optional, so decisions sent by older pages stay valid.
   */
  objectives: z.array(z.string().min(1).max(50)).max(200).optional(),
});
export type ItemDecision = z.infer<typeof itemDecisionSchema>;

/** One person's decision in a finished round, as a plan's history lists it. */
export const decisionLogEntrySchema = z.object({
  step: z.string(),
  stepName: localizedTextSchema,
  version: z.number().int(),
  sha256: z.string(),
  decidedAt: z.string(),
  personId: z.string(),
  personName: z.string(),
  items: z.array(itemDecisionSchema),
  /** from the decision record: the e-mailed link, or signed in */
  channel: z.enum(['link', 'session']).optional(),
});
export type DecisionLogEntry = z.infer<typeof decisionLogEntrySchema>;

/** An item a step sent back, with every comment made on it: what the drafters must change. */
export const changeRequestSchema = z.object({
  step: z.string(),
  item: z.string(),
  comments: z.array(z.object({ personId: z.string(), comment: z.string() })),
});
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

/** A frozen version of a plan: a decision is on exactly this content. */
export const frozenVersionSchema = z.object({ number: z.number().int(), sha256: z.string() });
export type FrozenVersion = z.infer<typeof frozenVersionSchema>;

export const draftingTaskSchema = z.object({
  entityCode: z.string(),
  entityName: localizedTextSchema,
  roundId: z.string(),
  /** who was asked; the President's office when the entity has no drafter */
  askedPersonIds: z.array(z.string()),
  /** failed: the task's round failed or was terminated; the President's office follows it up */
  status: z.enum(['open', 'done', 'closed_by_president_office', 'failed']),
  doneBy: z.string().nullable(),
  doneAt: z.string().nullable(),
  comment: z.string().nullable(),
});
export type DraftingTask = z.infer<typeof draftingTaskSchema>;

const transmissionSchema = z.object({ version: z.number().int(), sha256: z.string(), transmittedAt: z.string(), recipients: z.array(z.string()) });
/** nobody holds a role the next step needs (e.g. a cell between governments): the cycle waits for it */
const blockedOnSchema = z.object({ role: z.string(), authorityCode: z.string().nullable(), since: z.string() });

/** Where a yearly cycle stands, as its workflow keeps it (and carries it over when it continues as new). */
export const cycleStateSchema = z.object({
  organisationCode: z.string(),
  year: z.number().int(),
  stage: cycleStageSchema,
  operationalPlanId: z.string().nullable(),
  budget: z.object({
    adoptedOn: z.string().nullable(),
    /** one calendar month after the adoption; null while the state runs on provisional twelfths */
    dueDate: z.string().nullable(),
    /** when the current due date became known (workflow time), for reminders that would come too late */
    knownSince: z.string().nullable(),
    recordedBy: z.string().nullable(),
  }),
  drafting: z.array(draftingTaskSchema),
  version: frozenVersionSchema.nullable(),
  currentRoundId: z.string().nullable(),
  changesRequested: z.array(changeRequestSchema),
  /** authority → operational objective code → the content hash it approved */
  approvedHashes: z.record(z.string(), z.record(z.string(), z.string())),
  /** person → the last version they were asked to decide on */
  lastAskedVersion: z.record(z.string(), z.number().int()),
  problems: z.array(problemSchema),
  alerts: z.array(alertSchema),
  transmission: transmissionSchema.nullable(),
  closedAt: z.string().nullable(),
  /** how many times the cycle continued as new */
  continuedAsNew: z.number().int(),
  /** absent in cycles started before it was kept */
  blockedOn: blockedOnSchema.nullable().optional(),
  /** rounds started so far, numbering their ids */
  roundsStarted: z.number().int().optional(),
  /** every decision of every finished round: who decided what, when, on which version */
  decisions: z.array(decisionLogEntrySchema),
  /**
   * Progress follow-up once the plan is in force (absent in cycles started before it): the
   * checkpoint days read when the plan came into force, and the keys of the follow-ups done
   * (those that found nobody late leave no alert).
   */
  progress: z.object({ checkpointDays: z.array(z.string()), done: z.array(z.string()) }).optional(),
});
export type CycleState = z.infer<typeof cycleStateSchema>;

export const cycleViewSchema = z.object({
  workflowId: z.string(),
  organisationCode: z.string(),
  year: z.number().int(),
  /** running, completed (closed at year end), or how it ended otherwise */
  status: z.string(),
  stage: cycleStageSchema,
  operationalPlanId: z.string().nullable(),
  budget: z.object({
    adoptedOn: z.string().nullable(),
    dueDate: z.string().nullable(),
    /** true while no budget is adopted: the state runs on provisional twelfths and there is no due date */
    awaitingBudgetAdoption: z.boolean(),
    /** calendar days past the due date (Brussels) while the plan is not transmitted; 0 when on time */
    daysLate: z.number().int(),
    recordedBy: z.string().nullable(),
  }),
  /** who the pending step waits for now */
  holders: z.array(personRef.extend({ step: z.string() })),
  drafting: z.array(draftingTaskSchema.omit({ roundId: true, askedPersonIds: true })),
  version: frozenVersionSchema.nullable(),
  currentRoundId: z.string().nullable(),
  changesRequested: z.array(changeRequestSchema),
  problems: z.array(problemSchema),
  alerts: z.array(alertSchema),
  transmission: transmissionSchema.nullable(),
  closedAt: z.string().nullable(),
  continuedAsNew: z.number().int(),
  blockedOn: blockedOnSchema.nullable(),
  /** who decided what, when, on which version (and its hash), in every finished step */
  decisions: z.array(decisionLogEntrySchema),
});
export type CycleView = z.infer<typeof cycleViewSchema>;

export const launchResultSchema = z.object({
  workflowId: z.string(),
  /** false when the year's cycle already existed: launching twice gives one cycle */
  created: z.boolean(),
  cycle: cycleViewSchema.nullable(),
});

/** Where a strategic plan's lifecycle stands: its stage, who holds its step, the decisions so far. */
export const strategicLifecycleViewSchema = z.object({
  /** drafting, committee, state_secretary_review, awaiting_signature, signed or communicated */
  stage: z.string(),
  holders: z.array(personRef.extend({ step: z.string() })),
  decisions: z.array(decisionLogEntrySchema),
  /** in drafting after a review step sent the plan back: what it asked to change (absent from older answers) */
  changesRequested: z.array(changeRequestSchema).optional(),
});
export type StrategicLifecycleView = z.infer<typeof strategicLifecycleViewSchema>;

export const strategicLifecycleStartSchema = z.object({
  workflowId: z.string(),
  /** false when the plan's lifecycle already existed: starting twice gives one lifecycle */
  created: z.boolean(),
  /** null while the lifecycle has not answered its first query yet */
  lifecycle: strategicLifecycleViewSchema.nullable(),
});

export const cycleBudgetAdoptionSchema = z.object({
  /** the date of the Chamber's vote; null withdraws a wrongly recorded one */
  adoptedOn: z.iso.date().nullable(),
});

export const raiseProblemSchema = z.object({
  /** chosen by the client to make a retried request safe; one is generated when absent */
  id: z.uuid().optional(),
  description: z.string().trim().min(1).max(4000),
});
export const consultationOutcomeSchema = z.object({ outcome: z.string().trim().min(1).max(4000) });

export const cycleProjectAddSchema = z.object({
  /** chosen by the client to make a retried request safe; one is generated when absent */
  id: z.uuid().optional(),
  title: z.string().trim().min(1).max(500),
  ownerEntityCode: z.string().trim().min(1),
  requestedByParty: partySchema,
  reason: z.string().trim().min(1).max(4000),
  requestedOn: z.iso.date(),
});
export const cycleProjectWithdrawSchema = z.object({
  requestedByParty: partySchema,
  reason: z.string().trim().min(1).max(4000),
  requestedOn: z.iso.date(),
});
export const projectChangeResultSchema = z.object({
  projectId: z.string(),
  status: z.enum(['active', 'withdrawn']),
  notified: z.array(z.string()),
});
export type ProjectChangeResult = z.infer<typeof projectChangeResultSchema>;

export const alertsQuerySchema = z.object({ kind: alertKindSchema.optional() });

export const cycleScheduleSchema = z.object({
  /** the day of the year the cycle is launched, Europe/Brussels */
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24 hours)').default('09:00'),
  /** the year launched, relative to the launch date's year: 1 launches next year's cycle in the autumn */
  yearOffset: z.number().int().min(0).max(1).default(1),
  paused: z.boolean().default(false),
  /** how the cycles it launches follow their due dates */
  options: cycleOptionsSchema.optional(),
});
export const cycleScheduleViewSchema = cycleScheduleSchema.extend({
  scheduleId: z.string(),
  nextLaunches: z.array(z.string()),
  recentLaunches: z.array(z.object({ at: z.string(), workflowId: z.string() })),
});
