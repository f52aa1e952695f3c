import t from 'tap';
import {
  FEDERAL_HOLIDAY_CALENDAR as federal,
  addWorkingDays,
  firstWorkingDayAfter,
  holidayCalendarSchema,
  isWorkingDay,
  lastWorkingDayBefore,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
} from '../src/index.js';

t.test('weekends and days off are not working days', async (t) => {
  t.equal(isWorkingDay('2025-04-30', federal), true, 'Wednesday');
  t.equal(isWorkingDay('2025-05-01', federal), false, 'Labour Day');
  t.equal(isWorkingDay('2025-05-03', federal), false, 'Saturday');
  t.equal(isWorkingDay('2025-05-04', federal), false, 'Sunday');
  t.equal(isWorkingDay('2025-11-15', federal), false, "King's feast (a Saturday in 2025)");
  t.equal(isWorkingDay('2024-11-15', federal), false, "King's feast on a Friday");
  t.equal(isWorkingDay('2025-04-18', federal), true, 'Good Friday is not a Belgian public holiday');
});

t.test('moving forward to a working day', async (t) => {
  t.equal(nextWorkingDayOnOrAfter('2025-04-30', federal), '2025-04-30');
  t.equal(nextWorkingDayOnOrAfter('2025-05-03', federal), '2025-05-05');
  t.equal(nextWorkingDayOnOrAfter('2025-12-25', federal), '2025-12-29', 'Christmas, 26 December, weekend');
  t.equal(firstWorkingDayAfter('2025-04-30', federal), '2025-05-02', 'skips 1 May');
  t.equal(firstWorkingDayAfter('2025-07-18', federal), '2025-07-22', 'skips the weekend and 21 July');
  t.equal(firstWorkingDayAfter('2025-12-31', federal), '2026-01-02', 'skips New Year');
});

t.test('moving back to a working day', async (t) => {
  t.equal(previousWorkingDayOnOrBefore('2025-05-01', federal), '2025-04-30');
  t.equal(previousWorkingDayOnOrBefore('2025-04-21', federal), '2025-04-18', 'Easter Monday and the weekend');
  t.equal(previousWorkingDayOnOrBefore('2025-05-02', federal), '2025-05-02');
  t.equal(lastWorkingDayBefore('2025-05-02', federal), '2025-04-30');
  t.equal(lastWorkingDayBefore('2026-01-02', federal), '2025-12-31');
});

t.test('adding working days', async (t) => {
  t.equal(addWorkingDays('2025-05-02', 1, federal), '2025-05-05', 'Friday + 1 is Monday');
  t.equal(addWorkingDays('2025-04-30', 1, federal), '2025-05-02');
  t.equal(addWorkingDays('2025-04-30', 5, federal), '2025-05-08');
  t.equal(addWorkingDays('2025-05-05', -1, federal), '2025-05-02');
  t.equal(addWorkingDays('2025-05-02', -1, federal), '2025-04-30');
  t.equal(addWorkingDays('2025-05-01', 0, federal), '2025-05-02', 'zero lands on a working day');
  t.equal(addWorkingDays('2025-04-30', 0, federal), '2025-04-30');
  t.equal(addWorkingDays('2025-12-24', 4, federal), '2026-01-02', 'over Christmas and New Year');
  t.throws(() => addWorkingDays('2025-04-30', 1.5, federal), RangeError);
});

t.test('a calendar without any working day is reported instead of looping', async (t) => {
  const everyWeekdayOff = holidayCalendarSchema.parse({
    extraDaysOff: Array.from({ length: 12 }, (_, index) => index + 1).flatMap((month) =>
      Array.from({ length: 31 }, (_, index) => index + 1)
        .filter((day) => day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)
        .map((day) => ({ month, day, name: { fr: 'Fermé', nl: 'Gesloten' } })),
    ),
  });
  t.throws(() => nextWorkingDayOnOrAfter('2025-04-30', everyWeekdayOff), { name: 'RangeError', message: /holiday calendar/ });
});
