import t from 'tap';
import {
  type CalendarDate,
  FEDERAL_HOLIDAY_CALENDAR as federal,
  addDays,
  brusselsWallClockOf,
  escalationSchedule,
  holidayCalendarSchema,
  isWorkingDay,
  oneCalendarMonthAfter,
  reminderSchedule,
} from '../src/index.js';

const datesOf = (items: Iterable<{ date: CalendarDate }>) => [...items].map((item) => item.date);
const isoOf = (items: Iterable<{ instant: Date }>) => [...items].map((item) => item.instant.toISOString());

t.test('default reminders go out 14, 7 and 1 days before, at 09:00 Brussels', async (t) => {
  const reminders = reminderSchedule('2025-06-20', federal);
  t.same(datesOf(reminders), ['2025-06-06', '2025-06-13', '2025-06-19']);
  t.same(isoOf(reminders), ['2025-06-06T07:00:00.000Z', '2025-06-13T07:00:00.000Z', '2025-06-19T07:00:00.000Z']);
  t.same(
    reminders.map((reminder) => reminder.daysBeforeDue),
    [14, 7, 1],
  );
});

t.test('due 2 May 2025: the 1-day reminder falls on 1 May and goes out on 30 April', async (t) => {
  const reminders = reminderSchedule('2025-05-02', federal);
  t.same(datesOf(reminders), ['2025-04-18', '2025-04-25', '2025-04-30']);
  t.match(reminders[2], { date: '2025-04-30', daysBeforeDue: 2, offsetsDays: [1] });
  t.equal(reminders[2]?.instant.toISOString(), '2025-04-30T07:00:00.000Z');
});

t.test('a reminder on a weekend goes out the Friday before', async (t) => {
  // Due Monday 3 March 2025: the day before is a Sunday.
  t.same(datesOf(reminderSchedule('2025-03-03', federal)), ['2025-02-17', '2025-02-24', '2025-02-28']);
});

t.test('the send time stays 09:00 Brussels on both sides of the spring change', async (t) => {
  const reminders = reminderSchedule('2025-04-04', federal);
  t.same(datesOf(reminders), ['2025-03-21', '2025-03-28', '2025-04-03']);
  t.same(isoOf(reminders), ['2025-03-21T08:00:00.000Z', '2025-03-28T08:00:00.000Z', '2025-04-03T07:00:00.000Z']);
  for (const reminder of reminders) t.equal(brusselsWallClockOf(reminder.instant).time, '09:00');
});

t.test('the send time stays 09:00 Brussels across the autumn change', async (t) => {
  const reminders = reminderSchedule('2025-11-04', federal);
  t.same(datesOf(reminders), ['2025-10-21', '2025-10-28', '2025-11-03']);
  t.same(isoOf(reminders), ['2025-10-21T07:00:00.000Z', '2025-10-28T08:00:00.000Z', '2025-11-03T08:00:00.000Z']);
});

t.test('a plan due in January after a December budget: reminders avoid the Christmas days off', async (t) => {
  const due = oneCalendarMonthAfter('2025-12-02');
  t.equal(due, '2026-01-02');
  // 1 Jan is New Year, 26 Dec a federal day off and 25 Dec Christmas.
  t.same(datesOf(reminderSchedule(due, federal)), ['2025-12-19', '2025-12-24', '2025-12-31']);
});

t.test('offsets landing on the same working day give one reminder', async (t) => {
  // Due Monday 5 May: 3 days before is Friday, 1 day before is Sunday, moved to that same Friday.
  const reminders = reminderSchedule('2025-05-05', federal, { offsetsDays: [3, 1] });
  t.equal(reminders.length, 1);
  t.match(reminders[0], { date: '2025-05-02', daysBeforeDue: 3, offsetsDays: [3, 1] });

  const repeated = reminderSchedule('2025-06-20', federal, { offsetsDays: [1, 14, 7, 7, 1] });
  t.same(datesOf(repeated), ['2025-06-06', '2025-06-13', '2025-06-19'], 'order and repeats in the input do not matter');
});

t.test('custom offsets and send time', async (t) => {
  const reminders = reminderSchedule('2025-06-20', federal, { offsetsDays: [30, 0], sendTime: '14:30' });
  t.same(datesOf(reminders), ['2025-05-21', '2025-06-20']);
  t.same(isoOf(reminders), ['2025-05-21T12:30:00.000Z', '2025-06-20T12:30:00.000Z']);
  t.same(reminderSchedule('2025-06-20', federal, { offsetsDays: [] }), [], 'reminders can be switched off');
});

t.test('reminders respect a configured calendar', async (t) => {
  const withBridgeDay = holidayCalendarSchema.parse({
    extraDaysOff: [{ date: '2025-06-19', name: { fr: 'Pont', nl: 'Brugdag' } }],
  });
  t.same(datesOf(reminderSchedule('2025-06-20', withBridgeDay)), ['2025-06-06', '2025-06-13', '2025-06-18']);
});

t.test('invalid options are refused', async (t) => {
  t.throws(() => reminderSchedule('2025-06-20', federal, { offsetsDays: [-1] }));
  t.throws(() => reminderSchedule('2025-06-20', federal, { offsetsDays: [1.5] }));
  t.throws(() => reminderSchedule('2025-06-20', federal, { sendTime: '9h' }));
});

t.test('over two years of due dates, every reminder is on a working day before the due date, in order', async (t) => {
  let checked = 0;
  for (let due: CalendarDate = '2025-01-01'; due < '2027-01-01'; due = addDays(due, 1)) {
    const reminders = reminderSchedule(due, federal);
    const dates = datesOf(reminders);
    const ok =
      reminders.length >= 1 &&
      dates.every((date) => date < due && isWorkingDay(date, federal)) &&
      dates.every((date, index) => index === 0 || dates[index - 1]! < date) &&
      reminders.every((reminder) => brusselsWallClockOf(reminder.instant).time === '09:00');
    if (!ok) t.fail(`reminders for ${due}: ${dates.join(', ')}`);
    checked += 1;
  }
  t.equal(checked, 730);
});

t.test('due Saturday 1 May 2027 (Labour Day) with a bridge day on Friday 30 April: reminders avoid it, the alert waits for Monday', async (t) => {
  const withBridgeDay = holidayCalendarSchema.parse({
    extraDaysOff: [{ date: '2027-04-30', name: { fr: 'Pont', nl: 'Brugdag' } }],
  });
  t.same(datesOf(reminderSchedule('2027-05-01', withBridgeDay)), ['2027-04-16', '2027-04-23', '2027-04-29']);
  t.equal(escalationSchedule('2027-05-01', withBridgeDay).at(0).date, '2027-05-03');
});

t.test('due Sunday 28 March 2027, the day clocks change and Easter Sunday: 09:00 Brussels on both sides, alerts past Easter Monday', async (t) => {
  const reminders = reminderSchedule('2027-03-28', federal);
  t.same(datesOf(reminders), ['2027-03-12', '2027-03-19', '2027-03-26'], 'the Fridays before');
  t.same(isoOf(reminders), ['2027-03-12T08:00:00.000Z', '2027-03-19T08:00:00.000Z', '2027-03-26T08:00:00.000Z']);
  const escalations = escalationSchedule('2027-03-28', federal);
  t.same([escalations.at(0), escalations.at(1)].map((e) => e.instant.toISOString()), ['2027-03-30T07:00:00.000Z', '2027-04-05T07:00:00.000Z'],
    'the President\'s office on Tuesday 30 March, after Easter Monday; the Minister\'s cell on Monday 5 April');
});

t.test('escalation: President’s office first, then the Minister’s cell weekly', async (t) => {
  // Due Friday 18 July 2025; Monday 21 July is the national holiday; 15 August is a Friday.
  const schedule = escalationSchedule('2025-07-18', federal);
  const first = [];
  for (const escalation of schedule) {
    first.push(escalation);
    if (first.length === 6) break;
  }
  t.same(
    first.map(({ index, target, date }) => ({ index, target, date })),
    [
      { index: 0, target: 'president_office', date: '2025-07-22' },
      { index: 1, target: 'minister_cell', date: '2025-07-25' },
      { index: 2, target: 'minister_cell', date: '2025-08-01' },
      { index: 3, target: 'minister_cell', date: '2025-08-08' },
      { index: 4, target: 'minister_cell', date: '2025-08-18' },
      { index: 5, target: 'minister_cell', date: '2025-08-22' },
    ],
    'the 15 August alert moves to Monday; the next one keeps the Friday rhythm',
  );
  t.equal(first[0]?.instant.toISOString(), '2025-07-22T07:00:00.000Z');
  t.same(schedule.at(4), first[4]);
  t.equal(schedule.at(104).target, 'minister_cell', 'the schedule goes on as long as the plan is missing');
  t.throws(() => schedule.at(-1), RangeError);
});

t.test('escalation days are working days, whatever the due date', async (t) => {
  for (let due: CalendarDate = '2025-01-01'; due < '2026-01-01'; due = addDays(due, 1)) {
    const schedule = escalationSchedule(due, federal);
    const dates = [0, 1, 2, 3].map((index) => schedule.at(index).date);
    if (!dates.every((date) => date > due && isWorkingDay(date, federal))) t.fail(`${due}: ${dates.join(', ')}`);
    if (!(dates[0]! <= dates[1]! && dates[1]! < dates[2]! && dates[2]! < dates[3]!)) t.fail(`${due} order`);
  }
  t.pass('checked every due date of 2025');
});

t.test('escalations keep 09:00 Brussels across the autumn change', async (t) => {
  const schedule = escalationSchedule('2025-10-17', federal);
  t.same(
    [0, 1, 2].map((index) => schedule.at(index).instant.toISOString()),
    ['2025-10-20T07:00:00.000Z', '2025-10-24T07:00:00.000Z', '2025-10-31T08:00:00.000Z'],
  );
});

t.test('a resumed workflow finds the next escalation after a given instant', async (t) => {
  const schedule = escalationSchedule('2025-07-18', federal);
  t.match(schedule.firstAfter(new Date('2025-08-10T12:00:00Z')), { index: 4, date: '2025-08-18' });
  t.match(schedule.firstAfter(new Date('2025-07-22T07:00:00Z')), { index: 1 }, 'an alert at that very instant is past');
  t.match(schedule.firstAfter(new Date('2025-01-01T00:00:00Z')), { index: 0, target: 'president_office' });
});

t.test('after a long closure the Minister’s cell is not alerted twice the same day', async (t) => {
  // The federal days off plus a closure of every other working day from 22 December to 2 January.
  const christmasClosure = holidayCalendarSchema.parse({
    extraDaysOff: [
      ...federal.extraDaysOff,
      ...['2025-12-22', '2025-12-23', '2025-12-24', '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02'].map(
        (date) => ({ date, name: { fr: 'Fermeture', nl: 'Sluiting' } }),
      ),
    ],
  });
  const schedule = escalationSchedule('2025-12-19', christmasClosure);
  t.same(
    [0, 1, 2, 3].map((index) => {
      const { target, date } = schedule.at(index);
      return { target, date };
    }),
    [
      { target: 'president_office', date: '2026-01-05' },
      { target: 'minister_cell', date: '2026-01-05' },
      { target: 'minister_cell', date: '2026-01-09' },
      { target: 'minister_cell', date: '2026-01-16' },
    ],
  );
});

t.test('escalation timing is configurable', async (t) => {
  const schedule = escalationSchedule('2025-06-06', federal, { ministerAfterDays: 14, repeatEveryDays: 14, sendTime: '10:00' });
  t.same(
    [0, 1, 2].map((index) => schedule.at(index).date),
    ['2025-06-10', '2025-06-20', '2025-07-04'],
    'Whit Monday 9 June is skipped for the first alert',
  );
  t.equal(schedule.at(0).instant.toISOString(), '2025-06-10T08:00:00.000Z');
  t.throws(() => escalationSchedule('2025-06-06', federal, { repeatEveryDays: 0 }));
});
