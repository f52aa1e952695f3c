import { startOfNextBrusselsDay } from './brussels-time.js';
import { type CalendarDate, formatCalendarDate, parseCalendarDate } from './calendar-date.js';
import { oneCalendarMonthAfter } from './one-month-after.js';

/*
 * The dates of a year's operational plan, for everyone who shows or waits for them: the plans service,
 * the cycle workflow and its e-mails must agree to the day.
 */

/**
 * Due one calendar month after the Chamber adopts the budget (end-of-month clamp). Until then the
 * state runs on provisional twelfths and there is no due date: null says so rather than guess one.
 */
export function operationalPlanDueDate(budgetAdoptedOn: string | null): CalendarDate | null {
  return budgetAdoptedOn === null ? null : oneCalendarMonthAfter(parseCalendarDate(budgetAdoptedOn));
}

export interface InForcePeriod {
  from: CalendarDate;
  to: CalendarDate;
}

/** A year's operational plan is in force for that calendar year, 1 January to 31 December. */
export function inForcePeriod(year: number): InForcePeriod {
  return { from: formatCalendarDate({ year, month: 1, day: 1 }), to: formatCalendarDate({ year, month: 12, day: 31 }) };
}

/** When the plan stops being in force: the end of 31 December in Brussels. */
export function endOfInForcePeriod(year: number): Date {
  return startOfNextBrusselsDay(inForcePeriod(year).to);
}
