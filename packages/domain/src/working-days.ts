import { type HolidayCalendar, isHoliday } from './belgian-holidays.js';
import { type CalendarDate, addDays, isWeekend } from './calendar-date.js';

/*
 * A calendar that declares every weekday off would make the searches below loop forever; a year and a
 * half without a single working day can only be a configuration error, so it is reported as one.
 */
const MAX_DAYS_SEARCHED = 550;

export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !isHoliday(date, calendar);
}

function searchWorkingDay(start: CalendarDate, step: 1 | -1, calendar: HolidayCalendar): CalendarDate {
  let date = start;
  for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched += 1) {
    if (isWorkingDay(date, calendar)) return date;
    date = addDays(date, step);
  }
  throw new RangeError(
    `No working day within ${MAX_DAYS_SEARCHED} days ${step > 0 ? 'from' : 'before'} ${start}: check the holiday calendar`,
  );
}

export function nextWorkingDayOnOrAfter(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  return searchWorkingDay(date, 1, calendar);
}

export function firstWorkingDayAfter(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  return searchWorkingDay(addDays(date, 1), 1, calendar);
}

export function previousWorkingDayOnOrBefore(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  return searchWorkingDay(date, -1, calendar);
}

export function lastWorkingDayBefore(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  return searchWorkingDay(addDays(date, -1), -1, calendar);
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is never counted, so
 * Friday + 1 is the following Monday. With n = 0 the result is `date` when it is a working day, else the
 * next one, so the result is always a working day.
 */
export function addWorkingDays(date: CalendarDate, n: number, calendar: HolidayCalendar): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of working days must be an integer, got ${n}`);
  if (n === 0) return nextWorkingDayOnOrAfter(date, calendar);
  let result = date;
  for (let counted = 0; counted < Math.abs(n); counted += 1) {
    result = n > 0 ? firstWorkingDayAfter(result, calendar) : lastWorkingDayBefore(result, calendar);
  }
  return result;
}
