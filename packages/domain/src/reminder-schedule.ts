import type { HolidayCalendar } from './belgian-holidays.js';
import { type WallClockTime, brusselsInstant } from './brussels-time.js';
import type { EscalationOptions, EscalationOptionsInput, ReminderOptions, ReminderOptionsInput } from './reminder-schedule.schema.js';
import { type CalendarDate, addDays, daysBetween } from './calendar-date.js';
import { firstWorkingDayAfter, nextWorkingDayOnOrAfter, previousWorkingDayOnOrBefore } from './working-days.js';

/*
 * Reminders and escalations are computed as plain data from the due date, never from "now": a workflow
 * that is replayed or resumed must find exactly the same schedule. Dropping reminders that are already in
 * the past is left to the caller, who knows the current time.
 */

export const DEFAULT_REMINDER_OFFSETS_DAYS: readonly number[] = Object.freeze([14, 7, 1]);
export const DEFAULT_SEND_TIME: WallClockTime = '09:00';
/** The Minister's cell is alerted a week after the due date, then every week. */
export const DEFAULT_ESCALATION_DAYS = 7;

export type { ReminderOptions, ReminderOptionsInput, EscalationOptions, EscalationOptionsInput };

export interface Reminder {
  /** The working day on which the reminder goes out. */
  date: CalendarDate;
  /** When to send it: `sendTime` in Brussels on `date`, as a UTC instant. */
  instant: Date;
  /** Calendar days left until the due date when the reminder is read (what the message should say). */
  daysBeforeDue: number;
  /** The configured offsets that ended up on this day, largest first. */
  offsetsDays: number[];
}

/**
 * The options with their defaults. Checked here rather than with the schemas (reminder-schedule.schema.ts):
 * workflows call these functions, and zod in their bundle was a quarter of the worker's workflow CPU
 * (`npm run bench fan-out`, BENCH_CPU_PROFILE), since every new workflow evaluates its modules again.
 */
function reminderOptionsOf(options: ReminderOptionsInput): ReminderOptions {
  const offsetsDays = options.offsetsDays ?? DEFAULT_REMINDER_OFFSETS_DAYS;
  for (const offset of offsetsDays) {
    if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`A reminder offset is a whole number of days, 0 or more; got ${offset}`);
  }
  return { offsetsDays, sendTime: options.sendTime ?? DEFAULT_SEND_TIME };
}

function escalationOptionsOf(options: EscalationOptionsInput): EscalationOptions {
  const days = (name: string, value: number | undefined) => {
    if (value === undefined) return DEFAULT_ESCALATION_DAYS;
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} is a whole number of days, 1 or more; got ${value}`);
    return value;
  };
  return {
    ministerAfterDays: days('ministerAfterDays', options.ministerAfterDays),
    repeatEveryDays: days('repeatEveryDays', options.repeatEveryDays),
    sendTime: options.sendTime ?? DEFAULT_SEND_TIME,
  };
}

/**
 * Reminders for a due date, earliest first. A reminder that would fall on a weekend or a day off goes out
 * on the previous working day instead, so that it still arrives before the deadline rather than after it.
 * Offsets that land on the same working day produce a single reminder.
 */
export function reminderSchedule(
  dueDate: CalendarDate,
  calendar: HolidayCalendar,
  options: ReminderOptionsInput = {},
): Reminder[] {
  const { offsetsDays, sendTime } = reminderOptionsOf(options);
  const byDate = new Map<CalendarDate, number[]>();
  for (const offset of offsetsDays) {
    const date = previousWorkingDayOnOrBefore(addDays(dueDate, -offset), calendar);
    const merged = byDate.get(date) ?? [];
    if (!merged.includes(offset)) merged.push(offset);
    byDate.set(date, merged);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, offsets]) => ({
      date,
      instant: brusselsInstant(date, sendTime),
      daysBeforeDue: daysBetween(date, dueDate),
      offsetsDays: offsets.sort((x, y) => y - x),
    }));
}

export type EscalationTarget = 'president_office' | 'minister_cell';

export interface Escalation {
  /** 0 for the first escalation (President's office), 1 for the first alert to the Minister's cell, … */
  index: number;
  target: EscalationTarget;
  /** The working day on which the escalation goes out. */
  date: CalendarDate;
  instant: Date;
}

/**
 * An endless schedule: the plan may stay overdue for months (for instance under provisional twelfths), and
 * only the caller knows when it has been transmitted, so it asks for escalations one at a time.
 */
export interface EscalationSchedule {
  /** The escalation with this 0-based index. */
  at(index: number): Escalation;
  /** The first escalation strictly after `instant`: lets a resumed workflow pick up where it should. */
  firstAfter(instant: Date): Escalation;
  /** Iterates forever; stop when the plan has been transmitted. */
  [Symbol.iterator](): Iterator<Escalation>;
}

/**
 * Overdue handling: the first working day after the due date alerts the President's office; from
 * `ministerAfterDays` after the due date, and then every `repeatEveryDays`, the Minister's cell is alerted.
 * Each alert day that is not a working day moves to the next working day; the weekly rhythm is counted from
 * the due date, not from the moved day, so one holiday does not shift every later alert.
 */
export function escalationSchedule(
  dueDate: CalendarDate,
  calendar: HolidayCalendar,
  options: EscalationOptionsInput = {},
): EscalationSchedule {
  const { ministerAfterDays, repeatEveryDays, sendTime } = escalationOptionsOf(options);

  const make = (index: number, date: CalendarDate): Escalation => ({
    index,
    target: index === 0 ? 'president_office' : 'minister_cell',
    date,
    instant: brusselsInstant(date, sendTime),
  });

  function* generate(): Generator<Escalation, never> {
    yield make(0, firstWorkingDayAfter(dueDate, calendar));
    let index = 1;
    let previousMinisterDate: CalendarDate | undefined;
    for (let week = 0; ; week += 1) {
      const anchor = addDays(dueDate, ministerAfterDays + week * repeatEveryDays);
      const date = nextWorkingDayOnOrAfter(anchor, calendar);
      // After a closure longer than the rhythm (e.g. a Christmas shutdown) two alerts would move to the same
      // day; the cell gets one, as with merged reminders. The President's office may share the day: it is
      // another recipient.
      if (date === previousMinisterDate) continue;
      previousMinisterDate = date;
      yield make(index, date);
      index += 1;
    }
  }

  return {
    at(index: number): Escalation {
      if (!Number.isInteger(index) || index < 0) {
        throw new RangeError(`Escalation index must be an integer ≥ 0, got ${index}`);
      }
      for (const escalation of generate()) {
        if (escalation.index === index) return escalation;
      }
      throw new Error('unreachable: the escalation schedule is endless');
    },
    firstAfter(instant: Date): Escalation {
      const after = instant.getTime();
      if (Number.isNaN(after)) throw new RangeError('Invalid Date given where a UTC instant was expected');
      for (const escalation of generate()) {
        if (escalation.instant.getTime() > after) return escalation;
      }
      throw new Error('unreachable: the escalation schedule is endless');
    },
    [Symbol.iterator]: generate,
  };
}
