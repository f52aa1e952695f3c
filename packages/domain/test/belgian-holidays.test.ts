import t from 'tap';
import {
  FEDERAL_HOLIDAY_CALENDAR,
  type HolidayCalendar,
  belgianPublicHolidays,
  easterSunday,
  holidayCalendarSchema,
  holidayOn,
  holidaysInYear,
  isHoliday,
} from '../src/index.js';

t.test('Easter Sunday', async (t) => {
  t.equal(easterSunday(2024), '2024-03-31');
  t.equal(easterSunday(2025), '2025-04-20');
  t.equal(easterSunday(2026), '2026-04-05');
  t.equal(easterSunday(2019), '2019-04-21');
  t.equal(easterSunday(2038), '2038-04-25', 'latest possible date');
  t.equal(easterSunday(2285), '2285-03-22', 'earliest possible date');
  t.throws(() => easterSunday(1500), RangeError);
  t.throws(() => easterSunday(2025.5), RangeError);
});

t.test('the ten legal public holidays of 2025, with French and Dutch names', async (t) => {
  const holidays = belgianPublicHolidays(2025);
  t.same(
    holidays.map((holiday) => holiday.date),
    [
      '2025-01-01',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-09',
      '2025-07-21',
      '2025-08-15',
      '2025-11-01',
      '2025-11-11',
      '2025-12-25',
    ],
  );
  t.match(holidayOn('2025-05-29', FEDERAL_HOLIDAY_CALENDAR), {
    name: { fr: 'Ascension', nl: 'Onze-Lieve-Heer-Hemelvaart' },
    kind: 'public_holiday',
  });
  t.match(holidayOn('2025-06-09', FEDERAL_HOLIDAY_CALENDAR), {
    name: { fr: 'Lundi de Pentecôte', nl: 'Pinkstermaandag' },
  });
  t.match(holidayOn('2025-07-21', FEDERAL_HOLIDAY_CALENDAR), { name: { fr: 'Fête nationale', nl: 'Nationale feestdag' } });
  for (const holiday of holidays) {
    t.ok(holiday.name.fr.length > 0 && holiday.name.nl.length > 0, `${holiday.date} is named in fr and nl`);
  }
});

t.test('movable feasts follow Easter in 2024 and 2026', async (t) => {
  const dates = (year: number) => belgianPublicHolidays(year).map((holiday) => holiday.date);
  t.match(dates(2024), ['2024-01-01', '2024-04-01', '2024-05-01', '2024-05-09', '2024-05-20']);
  t.match(dates(2026), ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25']);
});

t.test('federal staff also have 15 November and 26 December off by default', async (t) => {
  t.equal(holidaysInYear(2025, FEDERAL_HOLIDAY_CALENDAR).length, 12);
  t.match(holidayOn('2025-11-15', FEDERAL_HOLIDAY_CALENDAR), {
    name: { fr: 'Fête du Roi', nl: 'Koningsdag' },
    kind: 'extra_day_off',
  });
  t.match(holidayOn('2025-12-26', FEDERAL_HOLIDAY_CALENDAR), { kind: 'extra_day_off' });
  t.same(holidayCalendarSchema.parse({}), FEDERAL_HOLIDAY_CALENDAR, 'an empty configuration is the federal calendar');
  t.equal(isHoliday('2025-11-14', FEDERAL_HOLIDAY_CALENDAR), false);
});

t.test('the extra days off are configurable', async (t) => {
  const regional = holidayCalendarSchema.parse({
    extraDaysOff: [
      { month: 9, day: 27, name: { fr: 'Fête de la Fédération Wallonie-Bruxelles', nl: 'Feest van de Franse Gemeenschap' } },
      { date: '2025-05-02', name: { fr: 'Pont', nl: 'Brugdag' } },
    ],
  });
  t.equal(isHoliday('2025-11-15', regional), false, 'replacing the list removes the federal days');
  t.equal(isHoliday('2025-12-26', regional), false);
  t.equal(isHoliday('2025-09-27', regional), true);
  t.equal(isHoliday('2026-09-27', regional), true, 'a month-day recurs every year');
  t.equal(isHoliday('2025-05-02', regional), true);
  t.equal(isHoliday('2026-05-02', regional), false, 'a specific date does not recur');
  t.equal(isHoliday('2025-12-25', regional), true, 'legal holidays are still there');

  const noLegal: HolidayCalendar = { publicHolidays: false, extraDaysOff: [] };
  t.equal(isHoliday('2025-12-25', noLegal), false);
  t.same(holidaysInYear(2025, noLegal), []);
});

t.test('an extra day off on a legal holiday is listed once, under its legal name', async (t) => {
  const calendar = holidayCalendarSchema.parse({
    extraDaysOff: [{ month: 7, day: 21, name: { fr: 'Doublon', nl: 'Dubbel' } }],
  });
  const onJuly21 = holidaysInYear(2025, calendar).filter((holiday) => holiday.date === '2025-07-21');
  t.equal(onJuly21.length, 1);
  t.equal(onJuly21[0]?.name.fr, 'Fête nationale');
});

t.test('29 February as a day off only occurs in leap years', async (t) => {
  const calendar = holidayCalendarSchema.parse({
    extraDaysOff: [{ month: 2, day: 29, name: { fr: 'Jour bissextile', nl: 'Schrikkeldag' } }],
  });
  t.equal(isHoliday('2028-02-29', calendar), true);
  t.equal(holidaysInYear(2027, calendar).some((holiday) => holiday.date.startsWith('2027-02')), false);
});

t.test('invalid configurations are refused', async (t) => {
  const bad = [
    { extraDaysOff: [{ month: 4, day: 31, name: { fr: 'x', nl: 'x' } }] },
    { extraDaysOff: [{ month: 13, day: 1, name: { fr: 'x', nl: 'x' } }] },
    { extraDaysOff: [{ date: '2025-02-30', name: { fr: 'x', nl: 'x' } }] },
    { extraDaysOff: [{ month: 11, day: 15, name: { fr: 'Fête du Roi' } }] },
    { publicHolidays: 'yes' },
  ];
  for (const config of bad) t.notOk(holidayCalendarSchema.safeParse(config).success, JSON.stringify(config));
});

t.test('a parsed calendar cannot be changed behind everyone’s back', async (t) => {
  const calendar = holidayCalendarSchema.parse({});
  t.ok(Object.isFrozen(calendar));
  t.ok(Object.isFrozen(calendar.extraDaysOff));
  t.ok(Object.isFrozen(FEDERAL_HOLIDAY_CALENDAR));
});
