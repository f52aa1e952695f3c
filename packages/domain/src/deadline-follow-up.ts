import type { HolidayCalendar } from './belgian-holidays.js';
import { brusselsDateOf } from './brussels-time.js';
import { type CalendarDate, daysBetween } from './calendar-date.js';
import {
  type EscalationOptionsInput, type EscalationTarget, type ReminderOptionsInput, escalationSchedule, reminderSchedule,
} from './reminder-schedule.js';

/*
 * What a long-running cycle owes its people around a due date that can appear late (the budget is
 * adopted months after the year started) and move (a corrected adoption date). Everything is derived
 * from the due date, the moment it became known, what was already sent and the current time, so a
 * workflow recomputes it after every change without keeping a schedule of its own.
 */

export interface FollowUp {
  /** stable for one due date: `reminder:<due>:<date>` or `escalation:<due>:<index>`; a moved due date gives new keys */
  key: string;
  kind: 'reminder' | 'escalation';
  /** reminders go to whoever holds the pending step; escalations to the President's office, then the Minister's cell */
  target: 'holders' | EscalationTarget;
  /** the working day it belongs to, and when it is due to go out (09:00 Brussels by default) */
  date: CalendarDate;
  instant: Date;
  /** reminders: calendar days left until the due date */
  daysBeforeDue?: number;
  /** escalations: calendar days past the due date on the day it is sent */
  daysLate?: number;
  /** escalations: 0 for the President's office, 1… for the Minister's cell */
  index?: number;
}

export interface FollowUpOptions {
  reminders?: ReminderOptionsInput;
  escalation?: EscalationOptionsInput;
}

export interface FollowUpPlan {
  /** to send now: their time has come and they were not sent */
  due: FollowUp[];
  /** the next one to wait for; escalations never end, so there is always one */
  next: FollowUp;
}

/**
 * The follow-ups to send now and the next one to wait for.
 *
 * - A reminder whose time passed before the due date was known is never sent: it would arrive as if
 *   the step had been late all along. Of the reminders that passed since, only the latest is sent
 *   (a worker that was down for a week sends one reminder, not three).
 * - Once the due date has passed, reminders stop and escalations begin: the President's office is
 *   alerted once, and of the Minister's cell's weekly alerts that passed unsent only the latest goes
 *   out, so a due date recorded long after the fact gives two alerts, not one per week since.
 */
export function followUpPlan(
  dueDate: CalendarDate,
  calendar: HolidayCalendar,
  knownSince: Date,
  sent: ReadonlySet<string>,
  now: Date,
  options: FollowUpOptions = {},
): FollowUpPlan {
  const nowMs = now.getTime();
  const toSend: FollowUp[] = [];

  const reminders = reminderSchedule(dueDate, calendar, options.reminders ?? {}).map((r): FollowUp => ({
    key: `reminder:${dueDate}:${r.date}`, kind: 'reminder', target: 'holders', date: r.date, instant: r.instant, daysBeforeDue: r.daysBeforeDue,
  }));
  const escalations = escalationSchedule(dueDate, calendar, options.escalation ?? {});
  const firstEscalation = escalations.at(0);
  const escalationOf = (e: ReturnType<typeof escalations.at>, sentOn: CalendarDate): FollowUp => ({
    key: `escalation:${dueDate}:${e.index}`, kind: 'escalation', target: e.target, date: e.date, instant: e.instant,
    index: e.index, daysLate: Math.max(1, daysBetween(dueDate, sentOn)),
  });

  if (nowMs < firstEscalation.instant.getTime()) {
    const passed = reminders.filter((r) => r.instant.getTime() <= nowMs && r.instant.getTime() >= knownSince.getTime());
    const latest = passed.at(-1);
    if (latest && !sent.has(latest.key)) toSend.push(latest);
    const upcoming = reminders.find((r) => r.instant.getTime() > nowMs);
    return { due: toSend, next: upcoming ?? escalationOf(firstEscalation, firstEscalation.date) };
  }

  const today = brusselsDateOf(now);
  const first = escalationOf(firstEscalation, today);
  if (!sent.has(first.key)) toSend.push(first);
  let latestMinister: FollowUp | undefined;
  let next: FollowUp | undefined;
  for (const e of escalations) {
    if (e.index === 0) continue;
    if (e.instant.getTime() > nowMs) {
      next = escalationOf(e, e.date);
      break;
    }
    latestMinister = escalationOf(e, today);
  }
  if (latestMinister && !sent.has(latestMinister.key)) toSend.push(latestMinister);
  return { due: toSend, next: next! };
}
