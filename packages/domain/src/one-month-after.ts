import { type CalendarDate, calendarDateParts, daysInMonth, formatCalendarDate } from './calendar-date.js';

/**
 * The operational plan is due "at the latest one month after" the budget is adopted. A calendar month is
 * meant, and when the target month is shorter the deadline is its last day (31 January → 28/29 February)
 * rather than spilling into the next month, which would grant days the rule does not give.
 */
export function oneCalendarMonthAfter(date: CalendarDate): CalendarDate {
  return calendarMonthsAfter(date, 1);
}

export function calendarMonthsAfter(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Number of months must be an integer, got ${months}`);
  const { year, month, day } = calendarDateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatCalendarDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}
