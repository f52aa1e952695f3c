import {
  addDays, budgetAdoptionBounds, budgetAdoptionProblem, type CalendarDate, followUpPlan, MAX_DAYS_LATE, operationalPlanDueDate,
} from '@jalon/domain';
import t from 'tap';
import { escalationParamsSchema } from '../src/notifications.js';

/*
 * The date limits of the domain and the notification contract agree: a budget adoption the API
 * accepts never makes the cycle compute an escalation e-mail the contract refuses (issue 14: a date
 * of 1999-12-31 gave ~9,800 days late and stalled the cycle's follow-up).
 */

t.test('a date the API accepts never makes an escalation the notification contract refuses', async (t) => {
  // A cycle of a long-gone year (the API launches cycles from 2000): its dates are plausible for its
  // year, but would make an e-mail say more than MAX_DAYS_LATE days late.
  t.match(budgetAdoptionProblem('2001-03-01', 2001, '2026-12-01' as CalendarDate), new RegExp(`more than ${MAX_DAYS_LATE} days ago`));
  const escalationDaysLate = (adoptedOn: string, today: CalendarDate) => {
    const due = operationalPlanDueDate(adoptedOn)!;
    const plan = followUpPlan(due, { publicHolidays: true, extraDaysOff: [] }, new Date(`${due}T00:00:00Z`), new Set(), new Date(`${today}T12:00:00Z`));
    return plan.due.filter((f) => f.kind === 'escalation').map((f) => f.daysLate!);
  };
  let checked = 0;
  for (const today of ['2026-12-01', '2030-06-15', '2040-01-02'] as CalendarDate[]) {
    for (let year = 2000; year <= 2100; year += 1) {
      const { from, to } = budgetAdoptionBounds(year);
      for (const adoptedOn of [from, addDays(from, 200), addDays(to, -200), to]) {
        if (budgetAdoptionProblem(adoptedOn, year, today)) continue;
        for (const daysLate of escalationDaysLate(adoptedOn, today)) {
          checked += 1;
          const params = { planTitle: 'Plan', stepName: 'Étape', holderName: 'DGSP', due: operationalPlanDueDate(adoptedOn)!, daysLate };
          if (!escalationParamsSchema.safeParse(params).success) t.fail(`${adoptedOn} for ${year} on ${today}: ${daysLate} days late is refused`);
        }
      }
    }
  }
  t.ok(checked > 50, `${checked} escalations of accepted dates, all within the contract`);
  t.notOk(escalationParamsSchema.safeParse({ planTitle: 'P', stepName: 'S', holderName: 'H', due: '2000-01-31', daysLate: MAX_DAYS_LATE + 1 }).success, 'one day more is refused');
});
