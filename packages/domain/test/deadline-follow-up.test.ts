import t from 'tap';
import { FEDERAL_HOLIDAY_CALENDAR as federal, brusselsWallClockOf, followUpPlan } from '../src/index.js';

const at = (iso: string) => new Date(iso);
const none = new Set<string>();

t.test('before the first reminder: nothing to send, the 14-day reminder is next', async (t) => {
  const plan = followUpPlan('2027-01-21', federal, at('2026-12-21T10:00:00Z'), none, at('2026-12-21T10:00:00Z'));
  t.same(plan.due, []);
  t.match(plan.next, { kind: 'reminder', target: 'holders', date: '2027-01-07', daysBeforeDue: 14 });
});

t.test('a reminder whose day came is sent once; the next one is then awaited', async (t) => {
  const known = at('2026-12-21T10:00:00Z');
  const now = at('2027-01-07T08:00:01Z');
  const first = followUpPlan('2027-01-21', federal, known, none, now);
  t.same(first.due.map((f) => f.key), ['reminder:2027-01-21:2027-01-07']);
  t.match(first.next, { date: '2027-01-14', daysBeforeDue: 7 });
  const again = followUpPlan('2027-01-21', federal, known, new Set(first.due.map((f) => f.key)), now);
  t.same(again.due, [], 'what was sent is not sent again');
});

t.test('reminders that passed before the due date was known are never sent', async (t) => {
  // Budget adopted 21 December but recorded on 15 January: the 14- and 7-day reminders are history.
  const plan = followUpPlan('2027-01-21', federal, at('2027-01-15T10:00:00Z'), none, at('2027-01-15T10:00:00Z'));
  t.same(plan.due, []);
  t.match(plan.next, { kind: 'reminder', date: '2027-01-20', daysBeforeDue: 1 });
});

t.test('a worker down for a week sends the latest reminder only', async (t) => {
  const plan = followUpPlan('2027-01-21', federal, at('2026-12-21T10:00:00Z'), none, at('2027-01-20T12:00:00Z'));
  t.same(plan.due.map((f) => f.date), ['2027-01-20']);
});

t.test('late: the President\'s office the first working day after, the Minister\'s cell after 7 days, then weekly', async (t) => {
  const known = at('2026-12-21T10:00:00Z');
  const sent = new Set<string>();
  const steps: string[] = [];
  let now = at('2027-01-21T12:00:00Z');
  for (let i = 0; i < 4; i++) {
    const plan = followUpPlan('2027-01-21', federal, known, sent, now);
    for (const f of plan.due) sent.add(f.key);
    steps.push(`${plan.next.target}@${plan.next.date}`);
    now = plan.next.instant;
  }
  t.same(steps, ['president_office@2027-01-22', 'minister_cell@2027-01-28', 'minister_cell@2027-02-04', 'minister_cell@2027-02-11']);
  const dueNow = followUpPlan('2027-01-21', federal, known, new Set(), at('2027-01-28T08:00:00Z'));
  t.match(dueNow.due, [{ target: 'president_office', daysLate: 7 }, { target: 'minister_cell', index: 1, daysLate: 7 }]);
});

t.test('a due date recorded long after it passed gives two alerts, not one per week since', async (t) => {
  // 31 January 2024 → due 29 February 2024, recorded in November 2026.
  const now = at('2026-11-26T10:00:00Z');
  const plan = followUpPlan('2024-02-29', federal, now, none, now);
  t.same(plan.due.map((f) => f.target), ['president_office', 'minister_cell']);
  t.ok(plan.due.every((f) => f.daysLate === 1001), 'both say how late it really is');
  t.equal(plan.next.target, 'minister_cell');
  t.ok(plan.next.instant.getTime() > now.getTime(), 'the next weekly alert is in the future');
});

t.test('across the March daylight-saving change every follow-up is at 09:00 Brussels', async (t) => {
  // Adopted 15 March 2027 → due 15 April; 28 March 2027 is the change to summer time.
  const known = at('2027-03-15T10:00:00Z');
  const sent = new Set<string>();
  let now = known;
  const clocks: string[] = [];
  for (let i = 0; i < 5; i++) {
    const plan = followUpPlan('2027-04-15', federal, known, sent, now);
    for (const f of plan.due) sent.add(f.key);
    const w = brusselsWallClockOf(plan.next.instant).time;
    clocks.push(`${plan.next.date} ${w} ${plan.next.instant.toISOString().slice(11, 16)}Z`);
    now = plan.next.instant;
  }
  t.same(clocks, [
    '2027-04-01 09:00 07:00Z',
    '2027-04-08 09:00 07:00Z',
    '2027-04-14 09:00 07:00Z',
    '2027-04-16 09:00 07:00Z',
    '2027-04-22 09:00 07:00Z',
  ]);
  const winter = followUpPlan('2027-03-29', federal, at('2027-03-01T00:00:00Z'), none, at('2027-03-01T00:00:00Z'));
  t.equal(winter.next.instant.toISOString(), '2027-03-15T08:00:00.000Z', 'before the change, 09:00 Brussels is 08:00 UTC');
});

t.test('a moved due date gives new keys: reminders follow it', async (t) => {
  const known = at('2026-12-21T10:00:00Z');
  const a = followUpPlan('2027-01-21', federal, known, none, known);
  const b = followUpPlan('2027-01-28', federal, at('2026-12-22T10:00:00Z'), none, at('2026-12-22T10:00:00Z'));
  t.not(a.next.key, b.next.key);
  t.equal(b.next.date, '2027-01-14');
});
