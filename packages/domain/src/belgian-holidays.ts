import type { ExtraDayOff, HolidayCalendar, LocalizedName, RecurringDayOff, SpecificDayOff } from './belgian-holidays.schema.js';
import { type CalendarDate, addDays, calendarDateParts, daysInMonth, formatCalendarDate } from './calendar-date.js';

export type { ExtraDayOff, HolidayCalendar, LocalizedName, RecurringDayOff, SpecificDayOff };

/*
 * Legal public holidays are fixed by law and computed here; the extra days off granted to federal staff
 * change with circulars and differ between employers, so they are data (a HolidayCalendar), with the
 * current federal list only as the default.
 */

/** Days off granted to federal staff on top of the legal public holidays (15 November, 26 December). */
export const FEDERAL_EXTRA_DAYS_OFF: readonly RecurringDayOff[] = Object.freeze([
  Object.freeze({
    month: 11,
    day: 15,
    name: Object.freeze({ fr: 'Fête du Roi', nl: 'Koningsdag', de: 'Festtag des Königs' }),
  }),
  Object.freeze({
    month: 12,
    day: 26,
    name: Object.freeze({ fr: 'Lendemain de Noël', nl: 'Tweede Kerstdag', de: 'Zweiter Weihnachtstag' }),
  }),
]);

/** The calendar of a federal public service: legal holidays plus the federal extra days off. */
export const FEDERAL_HOLIDAY_CALENDAR: HolidayCalendar = Object.freeze({
  publicHolidays: true,
  extraDaysOff: FEDERAL_EXTRA_DAYS_OFF,
});

export interface Holiday {
  date: CalendarDate;
  name: LocalizedName;
  kind: 'public_holiday' | 'extra_day_off';
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian computus, a.k.a. Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    // Before 1583 the Gregorian computus does not describe what was actually celebrated.
    throw new RangeError(`Easter can only be computed for Gregorian years 1583–9999, got ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCalendarDate({ year, month, day });
}

function fixed(year: number, month: number, day: number): CalendarDate {
  return formatCalendarDate({ year, month, day });
}

/** The ten legal public holidays of Belgium for a year, in date order. */
export function belgianPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holiday = (date: CalendarDate, fr: string, nl: string, de: string): Holiday => ({
    date,
    name: { fr, nl, de },
    kind: 'public_holiday',
  });
  return [
    holiday(fixed(year, 1, 1), "Jour de l'An", 'Nieuwjaar', 'Neujahr'),
    holiday(addDays(easter, 1), 'Lundi de Pâques', 'Paasmaandag', 'Ostermontag'),
    holiday(fixed(year, 5, 1), 'Fête du Travail', 'Feest van de Arbeid', 'Tag der Arbeit'),
    holiday(addDays(easter, 39), 'Ascension', 'Onze-Lieve-Heer-Hemelvaart', 'Christi Himmelfahrt'),
    holiday(addDays(easter, 50), 'Lundi de Pentecôte', 'Pinkstermaandag', 'Pfingstmontag'),
    holiday(fixed(year, 7, 21), 'Fête nationale', 'Nationale feestdag', 'Nationalfeiertag'),
    holiday(fixed(year, 8, 15), 'Assomption', 'Onze-Lieve-Vrouw-Hemelvaart', 'Mariä Himmelfahrt'),
    holiday(fixed(year, 11, 1), 'Toussaint', 'Allerheiligen', 'Allerheiligen'),
    holiday(fixed(year, 11, 11), "Jour de l'Armistice", 'Wapenstilstand', 'Waffenstillstand'),
    holiday(fixed(year, 12, 25), 'Noël', 'Kerstmis', 'Weihnachten'),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

function extraDaysOffInYear(year: number, extraDaysOff: readonly ExtraDayOff[]): Holiday[] {
  const result: Holiday[] = [];
  for (const dayOff of extraDaysOff) {
    if ('date' in dayOff) {
      if (calendarDateParts(dayOff.date).year === year) {
        result.push({ date: dayOff.date, name: dayOff.name, kind: 'extra_day_off' });
      }
    } else if (dayOff.day <= daysInMonth(year, dayOff.month)) {
      result.push({ date: fixed(year, dayOff.month, dayOff.day), name: dayOff.name, kind: 'extra_day_off' });
    }
  }
  return result;
}

/**
 * Every day off of the calendar in a year, one entry per date, in date order. When an extra day off falls
 * on a legal holiday the legal holiday is kept, since that is the name people know the day by.
 */
export function holidaysInYear(year: number, calendar: HolidayCalendar): Holiday[] {
  const byDate = new Map<CalendarDate, Holiday>();
  const all = [
    ...(calendar.publicHolidays ? belgianPublicHolidays(year) : []),
    ...extraDaysOffInYear(year, calendar.extraDaysOff),
  ];
  for (const holiday of all) {
    if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  }
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

export function holidayOn(date: CalendarDate, calendar: HolidayCalendar): Holiday | undefined {
  return holidaysInYear(calendarDateParts(date).year, calendar).find((holiday) => holiday.date === date);
}

export function isHoliday(date: CalendarDate, calendar: HolidayCalendar): boolean {
  return holidayOn(date, calendar) !== undefined;
}
