import type { HolidayCalendar } from './belgian-holidays.js';
import { brusselsInstant } from './brussels-time.js';
import { type CalendarDate, daysBetween } from './calendar-date.js';
import { addWorkingDays, nextWorkingDayOnOrAfter } from './working-days.js';

/*
 * When the cycle asks the owner entities for their progress during the year (issue 16), and for the
 * year-end results, and how it follows up the ones that do not answer: the same working-day rules
 * as drafting (a reminder to the owner, then the President's office, then the committee). Everything
 * derives from the plan's year, the checkpoint days and the calendar, so a workflow recomputes it
 * after every wake-up (or after continuing as new) from what it already sent.
 */

/** The seed's rhythm when the organisation sets none: end of March, June, September, and the year end. */
export const defaultCheckpointDays = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The key of the year-end results among the checkpoints. */
export const YEAR_END = 'year_end';

export interface ProgressFollowUp {
  /** stable: `progress:<checkpoint>:<step>` */
  key: string;
  /** request: the owner entities are asked; reminder: those that have not answered; escalation: someone above them is told */
  kind: 'request' | 'reminder' | 'escalation';
  target: 'holders' | 'president_office' | 'committee';
  /** a date of the plan's year (`YYYY-MM-DD`), or `year_end` */
  checkpoint: string;
  /** the working day it goes out, at 09:00 Brussels */
  date: CalendarDate;
  instant: Date;
  /** the day the answers are due */
  due: CalendarDate;
  /** escalations: calendar days past the due date */
  daysLate?: number;
}

export interface ProgressScheduleOptions {
  /** working days the owners have to answer (default 10, like a review round) */
  answerDays?: number;
  /** working days after the President's office is told before the committee is (default 5) */
  committeeAfterDays?: number;
}

/** The checkpoint dates of a plan's year, in order (a 29 February in a common year becomes the 28th). */
export function checkpointDates(year: number, days: readonly string[]): CalendarDate[] {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [...new Set(days.map((d) => (d === '02-29' && !leap ? '02-28' : d)))].sort().map((d) => `${year}-${d}` as CalendarDate);
}

/** Every follow-up of the year, in the order they go out. */
export function progressSchedule(year: number, days: readonly string[], calendar: HolidayCalendar, options: ProgressScheduleOptions = {}): ProgressFollowUp[] {
  const answerDays = options.answerDays ?? 10;
  const committeeAfter = options.committeeAfterDays ?? 5;
  const asks = checkpointDates(year, days).map((date) => ({ checkpoint: date as string, askOn: date }));
  // The year-end results are asked with the year's last day, answered in the first weeks of January.
  asks.push({ checkpoint: YEAR_END, askOn: `${year}-12-31` as CalendarDate });
  const all: ProgressFollowUp[] = [];
  for (const { checkpoint, askOn } of asks) {
    const ask = nextWorkingDayOnOrAfter(askOn, calendar);
    const due = addWorkingDays(ask, answerDays, calendar);
    const at = (step: string, kind: ProgressFollowUp['kind'], target: ProgressFollowUp['target'], date: CalendarDate): ProgressFollowUp => ({
      key: `progress:${checkpoint}:${step}`, kind, target, checkpoint, date, instant: brusselsInstant(date, '09:00'), due,
      ...(kind === 'escalation' ? { daysLate: daysBetween(due, date) } : {}),
    });
    all.push(at('request', 'request', 'holders', ask));
    // Two reminders: a week before the due date and the day before, both on working days.
    for (const before of [5, 1]) {
      if (answerDays > before) all.push(at(`reminder-${before}`, 'reminder', 'holders', addWorkingDays(due, -before, calendar)));
    }
    const late = addWorkingDays(due, 1, calendar);
    all.push(at('president_office', 'escalation', 'president_office', late));
    all.push(at('committee', 'escalation', 'committee', addWorkingDays(late, committeeAfter, calendar)));
  }
  return all.sort((a, b) => a.instant.getTime() - b.instant.getTime() || a.key.localeCompare(b.key));
}
