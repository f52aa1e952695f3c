import t from 'tap';
import { calendarMonthsAfter, oneCalendarMonthAfter } from '../src/index.js';

t.test('an operational plan is due one calendar month after the budget is adopted', async (t) => {
  t.equal(oneCalendarMonthAfter('2024-12-21'), '2025-01-21', 'December adoption: due in January of the plan year');
  t.equal(oneCalendarMonthAfter('2025-12-31'), '2026-01-31');
  t.equal(oneCalendarMonthAfter('2025-06-15'), '2025-07-15');
});

t.test('the end of a longer month clamps to the end of a shorter one', async (t) => {
  t.equal(oneCalendarMonthAfter('2024-01-31'), '2024-02-29', 'leap year');
  t.equal(oneCalendarMonthAfter('2025-01-31'), '2025-02-28', 'common year');
  t.equal(oneCalendarMonthAfter('2025-01-29'), '2025-02-28');
  t.equal(oneCalendarMonthAfter('2025-01-28'), '2025-02-28', 'no clamping needed');
  t.equal(oneCalendarMonthAfter('2025-03-31'), '2025-04-30');
  t.equal(oneCalendarMonthAfter('2100-01-31'), '2100-02-28', '2100 is not a leap year');
  t.equal(oneCalendarMonthAfter('2000-01-31'), '2000-02-29', '2000 is a leap year');
});

t.test('a month after the last day of February is not the end of March', async (t) => {
  t.equal(oneCalendarMonthAfter('2025-02-28'), '2025-03-28');
  t.equal(oneCalendarMonthAfter('2024-02-29'), '2024-03-29');
});

t.test('several months at once clamp once, from the original day', async (t) => {
  t.equal(calendarMonthsAfter('2025-01-31', 2), '2025-03-31');
  t.equal(calendarMonthsAfter('2025-03-31', -1), '2025-02-28');
  t.equal(calendarMonthsAfter('2025-11-30', 14), '2027-01-30');
  t.throws(() => calendarMonthsAfter('2025-01-31', 0.5), RangeError);
});

t.test('an invalid date is refused rather than silently shifted', async (t) => {
  t.throws(() => oneCalendarMonthAfter('2025-02-30'), RangeError);
});
