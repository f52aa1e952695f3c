import { defaultCheckpointDays } from '@jalon/domain';
import { z } from 'zod';
import { expectedRevisionSchema } from '../common.js';

/**
 * Progress during the year (issue 16): on each checkpoint date the organisation sets, every
 * objective's owner entity says where it stands. Defined here once so the cycle, the plans API, the
 * pages, the charts and the exports read the same shape.
 */
export const progressStatusSchema = z.enum(['on_track', 'at_risk', 'late', 'done', 'dropped']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

/** A checkpoint as a day of the year (`MM-DD`); the cycle turns it into a date of the plan's year. */
export const checkpointDaySchema = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a day of the year written MM-DD' });

/** The seed's rhythm when the organisation sets none (defined in the domain: the cycle's workflow reads it too). */
export { defaultCheckpointDays };

/** Days in each month of a leap year: a checkpoint on 29 February falls on the 28th in a common year. */
const monthLength = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Between one and twelve days that exist, in the order of the year (so each appears once and the list reads as the year runs). */
export const progressCheckpointsSettingSchema = z.array(checkpointDaySchema
  .refine((d) => !/^\d\d-\d\d$/.test(d) || Number(d.slice(3)) <= (monthLength[Number(d.slice(0, 2)) - 1] ?? 0), { message: 'must be a day that exists, e.g. 04-30, not 04-31' }))
  .min(1, 'name at least one checkpoint day').max(12, 'name at most twelve checkpoint days')
  .refine((days) => days.every((d, i) => i === 0 || days[i - 1]! < d), { message: 'list the checkpoint days in the order of the year, each once' });

/** What an owner entity records for one objective at one checkpoint. */
export const progressUpdateInputSchema = z.object({
  /** the objective's progress revision this update follows (1 before the first update) */
  expectedRevision: expectedRevisionSchema,
  /** the checkpoint date answered (a date of the plan's year, one of its checkpoints) */
  checkpoint: z.iso.date(),
  /** the indicator's value at that date, as the indicator is written (a number, a percentage, a date…) */
  indicatorValue: z.string().trim().min(1).max(500),
  status: progressStatusSchema,
  comment: z.string().trim().max(4000).default(''),
  /** required when the objective is dropped: why */
  droppedReason: z.string().trim().min(1).max(4000).optional(),
}).refine((u) => u.status !== 'dropped' || u.droppedReason !== undefined, {
  message: 'a dropped objective needs the reason it was dropped',
  path: ['droppedReason'],
});
export type ProgressUpdateInput = z.infer<typeof progressUpdateInputSchema>;

export const progressUpdateSchema = z.object({
  objectiveCode: z.string(),
  checkpoint: z.string(),
  indicatorValue: z.string(),
  status: progressStatusSchema,
  comment: z.string(),
  droppedReason: z.string().nullable(),
  /** the person who recorded it (pages show the name) */
  recordedBy: z.string(),
  recordedAt: z.string(),
  /** the frozen version of the plan in force when it was recorded */
  planVersion: z.number().int().nullable(),
  revision: z.number().int(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

/** The year-end result of one objective (seed chapter 1: feeds next year's plan and the evaluation). */
export const yearEndStatusSchema = z.enum(['achieved', 'partly_achieved', 'not_achieved', 'dropped']);
export type YearEndStatus = z.infer<typeof yearEndStatusSchema>;

export const yearEndResultInputSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  value: z.string().trim().min(1).max(500),
  status: yearEndStatusSchema,
  explanation: z.string().trim().min(1).max(4000),
});
export type YearEndResultInput = z.infer<typeof yearEndResultInputSchema>;

export const yearEndResultSchema = yearEndResultInputSchema.omit({ expectedRevision: true }).extend({
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type YearEndResult = z.infer<typeof yearEndResultSchema>;

/** upcoming: the cycle has not asked yet; open: asked, the latest one asked; closed: a later one was asked since */
/** A year-end result as recorded, with the progress revision it made. */
export const yearEndResultRecordedSchema = z.object({ result: yearEndResultSchema, progressRevision: z.number().int() });

export const checkpointStateSchema = z.enum(['upcoming', 'open', 'closed']);

/** The cycle's workflow opens a checkpoint when it asks for it, and marks it overdue once its due date passed (lifecycle state). */
export const checkpointOpeningSchema = z.object({
  /** a checkpoint date of the plan's year, or `year_end` for the year-end results */
  checkpoint: z.union([z.iso.date(), z.literal('year_end')]),
  dueDate: z.iso.date(),
  overdue: z.boolean().default(false),
});
export type CheckpointOpening = z.infer<typeof checkpointOpeningSchema>;

/** A plan's progress as pages, charts, reports and exports read it. */
export const progressOverviewSchema = z.object({
  planId: z.string(),
  organisationCode: z.string(),
  year: z.number().int(),
  checkpoints: z.array(z.object({ date: z.string(), state: checkpointStateSchema })),
  objectives: z.array(z.object({
    code: z.string(),
    strategicObjectiveNumber: z.number().int(),
    /** the strategic priority the objective serves, when the strategic plan links one */
    priorityNumber: z.number().int().nullable(),
    ownerEntityCode: z.string(),
    statement: z.string(),
    indicator: z.string(),
    target: z.string(),
    updates: z.array(progressUpdateSchema),
    /** checkpoints already past with no update from the owner entity: what is visibly missing */
    missing: z.array(z.string()),
    result: yearEndResultSchema.nullable(),
    /**
     * the objective's progress revision, which the next update or year-end result names as
     * `expectedRevision` (added with the plans service's routes; readers that build an overview
     * themselves may leave it out: absent means 1, nothing recorded yet)
     */
    progressRevision: z.number().int().optional(),
  })),
});
export type ProgressOverview = z.infer<typeof progressOverviewSchema>;
