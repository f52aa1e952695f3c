import {
  addDays, brusselsDateOf, brusselsWallClockOf, calendarMonthsAfter, escalationSchedule, FEDERAL_EXTRA_DAYS_OFF, FEDERAL_HOLIDAY_CALENDAR, holidayCalendarSchema,
  isoWeekday, oneCalendarMonthAfter, reminderSchedule, startOfBrusselsDay, type CalendarDate, type HolidayCalendar,
} from '@jalon/domain';
import { operationalCycleWorkflowId } from '@jalon/workflows';
import { keepHistory, workflowFootprint } from '@jalon/testkit';
import t from 'tap';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';

/*
 * The cycle's calendar on Temporal's time-skipping test server: months of workflow time in seconds.
 * Each test asserts what people see: the due date on the cycle, the alerts listed, the e-mails received.
 * The server's clock starts at the machine's time and only moves forward, so each cycle is of the year
 * after the clock's and every instant is taken from that year: the tests run the same on any day.
 */

type Alert = { kind: string; target: string; dueDate: string; sentAt: string; daysLate: number | null; daysBeforeDue: number | null };
const DAY = 86_400_000;
/** Reminders and escalations, the follow-up of the due date (other alerts, e.g. an entity without a drafter, are not). */
const followUp = (a: Alert) => a.kind === 'reminder' || a.kind === 'escalation';
const brusselsTime = (iso: string) => brusselsWallClockOf(new Date(iso)).time;

/** The days alerts go out for `due` under `calendar`: the reminders, then the first `escalations` (the President's office, the Minister's cell…). */
function expectedAlertDays(due: CalendarDate, calendar: HolidayCalendar, escalations: number): string[] {
  const schedule = escalationSchedule(due, calendar);
  const escalationDays = Array.from({ length: escalations }, (_, index) => `escalation:${schedule.at(index).date}`);
  return [...reminderSchedule(due, calendar).map((r) => `reminder:${r.date}`), ...escalationDays];
}

/** The adoption date that puts the due date on `due` (one calendar month earlier). */
function adoptionFor(due: CalendarDate): CalendarDate {
  const adopted = calendarMonthsAfter(due, -1);
  if (oneCalendarMonthAfter(adopted) !== due) throw new Error(`no adoption date gives ${due}`);
  return adopted;
}

t.test('a late plan escalates to the President\'s office, then the Minister\'s cell, then weekly, and stops once transmitted', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  const { env, clock } = w.skipping!;
  const year = await w.nextYear();
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201);
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);

  // The budget was adopted such that the plan is due in twelve days; early in January, on 1 February
  // instead: next year's budget is adopted this year at the earliest.
  const inTwelveDays = addDays(brusselsDateOf(await clock.now()), 12);
  const due = [inTwelveDays, `${year - 1}-02-01` as CalendarDate].sort().at(-1)!;
  const dueDate = oneCalendarMonthAfter(adoptionFor(due));
  const recorded = await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn: adoptionFor(due) });
  t.equal(recorded.statusCode, 200, recorded.body);
  t.equal(recorded.json().budget?.dueDate, dueDate);

  await clock.sleepPast(startOfBrusselsDay(addDays(due, 28)));
  const late = await w.waitFor(year, 'three weeks of escalations', (v) => v.alerts.filter((a: Alert) => a.target === 'minister_cell').length >= 3);
  const alerts = late.alerts as Alert[];
  const reminders = alerts.filter((a) => a.kind === 'reminder');
  const escalations = alerts.filter((a) => a.kind === 'escalation');
  t.ok(reminders.length >= 2, 'the holders were reminded before the due date');
  t.ok(reminders.every((a) => a.sentAt < `${dueDate}T23:59`), 'reminders come before the due date');
  t.equal(escalations[0]?.target, 'president_office', 'the first alert goes to the President\'s office');
  t.ok(escalations[0]!.sentAt > `${dueDate}T23:59`, 'after the due date');
  t.same(escalations.slice(1, 4).map((a) => a.target), ['minister_cell', 'minister_cell', 'minister_cell'], 'then the Minister\'s cell, weekly');
  const gaps = escalations.slice(1, 4).map((a) => Date.parse(a.sentAt)).map((ms, i, all) => (i === 0 ? 0 : Math.round((ms - all[i - 1]!) / DAY)));
  t.ok(gaps.slice(1).every((g) => g >= 6 && g <= 8), `a week apart (${gaps.join(', ')} days)`);
  t.ok(escalations.at(-1)!.daysLate! >= 14, 'each alert says how late the plan is');

  const aboutLateness = (m: { subject: string }) => /retard/i.test(m.subject);
  const toMinisterCell = escalations.filter((a) => a.target === 'minister_cell').length;
  const toPresident = await w.mailsOnceIn('corporate@ibz.example', aboutLateness, 1);
  const toMinister = await w.mailsOnceIn('cabinet.verlinden@ibz.example', aboutLateness, toMinisterCell);
  t.equal(toPresident.length, 1, 'the President\'s office gets one escalation e-mail');
  t.equal(toMinister.length, toMinisterCell, 'the Minister\'s cell one per weekly alert');
  t.match(toPresident[0]!.text, /DGSP|OE/, 'naming the entities that still owe their objectives');
  const listed = await w.api('GET', `${w.cycleUrl(year)}/alerts?kind=escalation`);
  t.same((listed.json() as Alert[]).map((a) => a.target), escalations.map((a) => a.target), 'the escalations can be listed');

  // The cycle holds the drafting tasks itself: it reminded the DGSP's drafter, whose reminder's link still marks the task done.
  const reminded = w.mailTo(w.people.dgsp.email).filter((m) => /^Rappel/.test(m.subject));
  t.ok(reminded.length >= 2, `the DGSP's drafter was reminded (${reminded.length} reminders)`);
  t.equal((await w.actOnEmail(reminded.at(-1)!, { 'outcome:drafting': 'approve' })).posted.statusCode, 200, 'and marks the task done from the last one');
  const done = await w.waitFor(year, 'DGSP done', (v) => v.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP')?.status === 'done');
  t.match(done.drafting.find((d: { entityCode: string }) => d.entityCode === 'DGSP'), { doneBy: w.people.dgsp.id });
  const cycle = w.skipping!.client.workflow.getHandle(operationalCycleWorkflowId(w.ORG, year));
  const footprint = await workflowFootprint(cycle);
  t.equal(footprint.childWorkflows, 0, 'a month of drafting, reminders and escalations without a child workflow');
  t.equal(footprint.activityTypes.sendDecisionRequest, undefined, 'every drafting e-mail and reminder queued in batches');
  t.comment(`the cycle after its drafting's reminders and escalations: ${footprint.events} events, ${footprint.workflowTasks} workflow tasks, ${footprint.activities} activities`);

  const transmitted = await w.driveToTransmission(year);
  const count = transmitted.alerts.length;
  const minister = w.mailTo('cabinet.verlinden@ibz.example').length;
  await env.sleep(30 * DAY);
  await new Promise((r) => setTimeout(r, 1_000));
  t.equal((await w.view(year)).alerts.length, count, 'no alert once the plan is transmitted');
  t.equal(w.mailTo('cabinet.verlinden@ibz.example').length, minister, 'and no more e-mail to the Minister\'s cell');
  // The drafting held in the cycle (with its reminders, escalations and a task done from a reminder's link), its plans
  // calls as local activities; operational-cycle-drafting-in-cycle keeps them as activity tasks, and
  // operational-cycle-late-escalations and approval-round-drafting-task-reminded keep the child rounds' path.
  await keepHistory(cycle, 'operational-cycle-drafting-in-cycle-local-calls');
});

t.test('no budget adopted until April: no due date and no alert before the adoption, then the right due date', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  const clock = w.skipping!.clock;
  const year = await w.nextYear();
  const due = `${year}-05-01` as CalendarDate;
  // This service also gives a bridge day off before 1 May: the day the last reminder would otherwise go
  // out (30 April in 2027, a Friday), so reminders must avoid it.
  const bridge = reminderSchedule(due, FEDERAL_HOLIDAY_CALENDAR).at(-1)!.date;
  const calendar = { extraDaysOff: [...FEDERAL_EXTRA_DAYS_OFF, { date: bridge, name: { fr: 'Pont', nl: 'Brugdag' } }] };
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year, options: { calendar } });
  t.equal(launched.statusCode, 201);
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);

  await clock.sleepPast(startOfBrusselsDay(`${year}-04-06` as CalendarDate));
  const waiting = await w.view(year);
  t.same([waiting.budget.awaitingBudgetAdoption, waiting.budget.dueDate, waiting.budget.daysLate], [true, null, 0], 'in April, still awaiting the budget: no due date, not late');
  t.same(waiting.alerts.filter(followUp), [], 'no reminder and no escalation without a due date');
  t.equal(w.notifications.catcher.messages.filter((m) => /retard|Rappel|Herinnering/i.test(m.subject)).length, 0, 'and no such e-mail');

  const adopted = await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn: `${year}-04-01` });
  t.same([adopted.json().budget.dueDate, adopted.json().budget.awaitingBudgetAdoption], [due, false], 'adopted 1 April → due 1 May');
  const serviceCalendar = holidayCalendarSchema.parse(calendar);
  await clock.sleepPast(escalationSchedule(due, serviceCalendar).at(0).instant);
  const after = await w.waitFor(year, 'the first escalation', (v) => v.alerts.some((a: Alert) => a.kind === 'escalation'));
  const sent = (after.alerts as Alert[]).filter(followUp).map((a) => `${a.kind}:${a.sentAt.slice(0, 10)}`);
  const expected = expectedAlertDays(due, serviceCalendar, 1);
  t.same(sent, expected, `14, 7 and 1 days before on the service's working days, then the President's office the first working day after (${expected.join(', ')})`);
  t.notOk(sent.includes(`reminder:${bridge}`), `no reminder on ${bridge}, the service's bridge day`);
});

t.test('a due date across the March daylight-saving change: every alert at 09:00 Brussels; a corrected adoption date moves them', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  const clock = w.skipping!.clock;
  const year = await w.nextYear();
  await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);

  // First recorded as 14 February, then corrected to 28 February: due 28 March, within days of the
  // last Sunday of March, when clocks change (in 2027 that very day, also Easter Sunday).
  t.equal((await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn: `${year}-02-14` })).json().budget.dueDate, `${year}-03-14`);
  const corrected = await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn: `${year}-02-28` });
  const due = `${year}-03-28` as CalendarDate;
  t.equal(corrected.json().budget.dueDate, due, 'the corrected date moves the due date');

  await clock.sleepPast(escalationSchedule(due, FEDERAL_HOLIDAY_CALENDAR).at(1).instant);
  const after = await w.waitFor(year, 'the Minister\'s cell alerted', (v) => v.alerts.some((a: Alert) => a.target === 'minister_cell'));
  const alerts = (after.alerts as Alert[]).filter(followUp);
  t.ok(alerts.every((a) => a.dueDate === due), 'every alert follows the corrected due date; none for 14 March');
  const expected = expectedAlertDays(due, FEDERAL_HOLIDAY_CALENDAR, 2);
  t.same(alerts.map((a) => `${a.kind}:${a.sentAt.slice(0, 10)}`), expected, `reminders before, on working days; the President's office, then the Minister's cell a week after the due date (${expected.join(', ')})`);
  t.same(alerts.map((a) => brusselsTime(a.sentAt)), alerts.map(() => '09:00'), 'all at 09:00 in Brussels, winter and summer time');
  // Clocks change at 01:00 UTC on the last Sunday of March.
  const lastSundayOfMarch = [31, 30, 29, 28, 27, 26, 25].map((day) => `${year}-03-${day}` as CalendarDate).find((d) => isoWeekday(d) === 7)!;
  const utcHours = alerts.map((a) => a.sentAt.slice(11, 13));
  t.same(utcHours, alerts.map((a) => (a.sentAt < `${lastSundayOfMarch}T01:00` ? '08' : '07')), `which is 08:00 UTC before ${lastSundayOfMarch} and 07:00 UTC after`);
  t.ok(utcHours.includes('08') && utcHours.includes('07'), 'with alerts on both sides of the change');
});

t.test('budgets adopted 31 January: due 29 February in 2024 and 28 February in 2025; a long-past due date alerts once per target', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  for (const [year, adoptedOn, dueDate] of [[2024, '2024-01-31', '2024-02-29'], [2025, '2025-01-31', '2025-02-28']] as const) {
    await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
    await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);
    const adopted = await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn });
    t.equal(adopted.json().budget.dueDate, dueDate, `adopted ${adoptedOn} → due ${dueDate}`);
    const late = await w.waitFor(year, 'the catch-up alerts', (v) => v.alerts.filter(followUp).length >= 2);
    t.same(late.alerts.filter(followUp).map((a: Alert) => a.target), ['president_office', 'minister_cell'], `${year}: one alert to each, not one per week since ${dueDate}`);
    t.ok(late.budget.daysLate > 600, 'and the cycle says how late it is');
  }
});
