import { addDays, brusselsDateOf, MAX_DAYS_LATE, oneCalendarMonthAfter } from '@jalon/domain';
import { operationalCycleWorkflowId, recordBudgetAdoption } from '@jalon/workflows';
import { keepHistory } from '@jalon/testkit';
import t from 'tap';
import { cycleWorld } from '@jalon/portal/test-support/cycle-world';
import { signInByEmail } from '@jalon/portal/test-support/email-sign-in';
import { csrfOf, formHeaders } from '@jalon/portal/test-support/portal-app';

type Alert = { kind: string; target: string; dueDate: string; daysLate: number | null; problem?: string };

/*
 * The regression of issue 14: a budget adoption recorded as 1999-12-31 made the escalation say ~9,800
 * days late, which the notification contract refuses (at most MAX_DAYS_LATE); the activity was retried
 * every minute forever and the cycle's reminders and escalations stopped for good, even once the date
 * was corrected. Now the refusal is final, the cycle keeps an alert for the President's office and goes
 * on, and the corrected date brings the escalation it owes.
 */
t.test('an adoption date of 1999-12-31 leaves a "not sent" alert; corrected, the expected escalation arrives', async (t) => {
  const w = await cycleWorld(t, { timeSkipping: true });
  // The date the President's office corrects it to: 45 days ago, a budget for the year after.
  const adoptedOn = addDays(brusselsDateOf(await w.skipping!.clock.now()), -45);
  const year = Number(adoptedOn.slice(0, 4)) + 1;
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year })).statusCode, 201);
  await w.waitFor(year, 'drafting', (v) => v.drafting.length > 0);

  // The API refuses such a date now, naming the field…
  const refusedByApi = await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn: '1999-12-31' });
  t.equal(refusedByApi.statusCode, 400, `the API refuses 1999-12-31 for the cycle ${year}`);
  t.same(refusedByApi.json().issues.map((i: { path: string }) => i.path), ['body.adoptedOn'], 'naming the field');
  t.match(refusedByApi.json().message, `${year - 1}-01-01 and ${year + 1}-12-31`, 'and the dates it accepts');
  // …and so does the dashboard's form, in the person's language.
  const cookie = await signInByEmail(w, w.people.president.email);
  const dashboard = await w.portal.pages.inject({ url: '/dashboard', headers: { cookie } });
  const form = await w.portal.pages.inject({
    method: 'POST', url: `/dashboard/cycles/${year}/budget-adoption`, headers: { ...formHeaders, cookie },
    payload: new URLSearchParams({ csrf: csrfOf(dashboard.body), adoptedOn: '1999-12-31' }).toString(),
  });
  t.equal(form.statusCode, 400, 'the dashboard refuses it too');
  t.match(form.body, /Date du vote de la Chambre: Corrigez le champ indiqué/, 'saying which field to correct, in French');
  t.equal((await w.view(year)).budget.adoptedOn, null, 'nothing was recorded');
  // A cycle may have received it before the API refused such dates, as the Update the API sends.
  const cycle = w.skipping!.client.workflow.getHandle(operationalCycleWorkflowId(w.ORG, year));
  const wrong = await cycle.executeUpdate(recordBudgetAdoption, { args: [{ personId: w.people.president.id, adoptedOn: '1999-12-31' }] });
  t.equal(wrong.budget.dueDate, '2000-01-31');

  const refused = await w.waitFor(year, 'the refused escalations kept as alerts', (v) => v.alerts.filter((a: Alert) => a.kind === 'not_sent').length >= 2);
  const notSent = (refused.alerts as Alert[]).filter((a) => a.kind === 'not_sent');
  t.ok(notSent.every((a) => a.target === 'president_office' && a.dueDate === '2000-01-31'), 'kept for the President\'s office, with the wrong due date');
  t.ok(notSent.every((a) => a.daysLate! > MAX_DAYS_LATE), `each would have said more than ${MAX_DAYS_LATE} days late (${notSent[0]!.daysLate})`);
  t.match(notSent[0]!.problem, /daysLate/, 'naming the field the contract refused');
  t.equal(w.mailTo(w.people.president.email).filter((m) => /retard/i.test(m.subject)).length, 0, 'no escalation e-mail went out with the wrong figure');
  t.equal((await cycle.describe()).status.name, 'RUNNING', 'the cycle goes on');

  // The President's office corrects the date through the API: due two weeks ago.
  const dueDate = oneCalendarMonthAfter(adoptedOn);
  const corrected = await w.api('PUT', `${w.cycleUrl(year)}/budget-adoption`, w.people.president, { adoptedOn });
  t.equal(corrected.statusCode, 200, 'the corrected date is accepted');
  const escalated = await w.waitFor(year, 'the escalation of the corrected due date', (v) => v.alerts.some((a: Alert) => a.kind === 'escalation'));
  const escalation = (escalated.alerts as Alert[]).find((a) => a.kind === 'escalation')!;
  t.same([escalation.target, escalation.dueDate], ['president_office', dueDate], 'the President\'s office is alerted for the corrected due date');
  t.ok(escalation.daysLate! >= 1 && escalation.daysLate! < 60, `saying how late it really is (${escalation.daysLate} days)`);
  const mails = await w.notifications.catcher.waitFor((m) => m.to.includes(w.people.president.email) && /retard/i.test(m.subject), { timeoutMs: 30_000 });
  t.equal(mails.length, 1, 'and the escalation e-mail arrives');
  await keepHistory(cycle, 'operational-cycle-refused-escalation');
});
