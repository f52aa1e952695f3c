import t from 'tap';
import {
  addDays,
  calendarDateSchema,
  compareCalendarDates,
  daysBetween,
  formatCalendarDate,
  isCalendarDate,
  isoWeekday,
  isWeekend,
  parseCalendarDate,
} from '../src/index.js';

t.test('the schema accepts real dates and refuses impossible or badly written ones', async (t) => {
  for (const valid of ['2025-02-28', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31']) {
    t.ok(calendarDateSchema.safeParse(valid).success, `${valid} is accepted`);
  }
  for (const invalid of [
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5',
    '25-01-05',
    '2025-01-05T00:00:00Z',
    ' 2025-01-05',
    '0000-01-01',
    '',
  ]) {
    t.notOk(calendarDateSchema.safeParse(invalid).success, `${JSON.stringify(invalid)} is refused`);
  }
  t.notOk(calendarDateSchema.safeParse(new Date(0)).success, 'a Date object is refused');
  t.notOk(calendarDateSchema.safeParse(20250105).success, 'a number is refused');
});

t.test('the schema error tells the user what format is expected', async (t) => {
  const result = calendarDateSchema.safeParse('2025-02-30');
  t.notOk(result.success);
  t.match(result.error?.issues[0]?.message, /YYYY-MM-DD/);
});

t.test('parseCalendarDate returns the date or throws naming the bad value', async (t) => {
  t.equal(parseCalendarDate('2025-03-31'), '2025-03-31');
  t.throws(() => parseCalendarDate('2025-02-30'), { name: 'RangeError', message: /"2025-02-30"/ });
  t.equal(isCalendarDate('2025-03-31'), true);
  t.equal(isCalendarDate('31/03/2025'), false);
  t.equal(isCalendarDate(undefined), false);
});

t.test('formatting pads years, months and days', async (t) => {
  t.equal(formatCalendarDate({ year: 2025, month: 3, day: 5 }), '2025-03-05');
  t.throws(() => formatCalendarDate({ year: 2025, month: 2, day: 29 }), RangeError);
});

t.test('adding days crosses month, year and leap-day boundaries', async (t) => {
  t.equal(addDays('2024-12-31', 1), '2025-01-01');
  t.equal(addDays('2025-01-01', -1), '2024-12-31');
  t.equal(addDays('2024-02-28', 1), '2024-02-29');
  t.equal(addDays('2025-02-28', 1), '2025-03-01');
  t.equal(addDays('2025-01-31', 30), '2025-03-02');
  t.equal(addDays('2025-03-30', 1), '2025-03-31', 'a DST change day is still one day');
  t.equal(addDays('2024-01-01', 366), '2025-01-01');
  t.equal(addDays('2025-05-02', 0), '2025-05-02');
  t.throws(() => addDays('2025-05-02', 1.5), RangeError);
  t.throws(() => addDays('9999-12-31', 1), RangeError, 'dates stay within four-digit years');
});

t.test('days between and comparison', async (t) => {
  t.equal(daysBetween('2025-01-31', '2025-02-28'), 28);
  t.equal(daysBetween('2025-02-28', '2025-01-31'), -28);
  t.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
  t.equal(compareCalendarDates('2025-01-09', '2025-01-10'), -1);
  t.equal(compareCalendarDates('2025-01-10', '2025-01-10'), 0);
  t.equal(compareCalendarDates('2026-01-01', '2025-12-31'), 1);
});

t.test('weekdays follow the ISO numbering and weekends are Saturday and Sunday', async (t) => {
  t.equal(isoWeekday('1970-01-01'), 4, 'Thursday');
  t.equal(isoWeekday('2025-03-31'), 1, 'Monday');
  t.equal(isoWeekday('2025-03-30'), 7, 'Sunday');
  t.equal(isoWeekday('1969-12-28'), 7, 'dates before 1970 work too');
  t.equal(isWeekend('2025-05-03'), true);
  t.equal(isWeekend('2025-05-04'), true);
  t.equal(isWeekend('2025-05-05'), false);
});
