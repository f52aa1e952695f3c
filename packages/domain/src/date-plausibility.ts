import { type CalendarDate, daysBetween, parseCalendarDate } from './calendar-date.js';
import { operationalPlanDueDate } from './operational-year.js';

/*
 * Which dates people may record, and the bound of what e-mails say about them. Both live here so
 * that they agree: a date the API accepts must never make the cycle compute an e-mail the
 * notification contract refuses (a budget adopted "1999-12-31" once made an escalation say ~9,800
 * days late, refused by the contract, and the cycle's follow-up stalled).
 */

/** The most days late an escalation e-mail may state (ten years): the notification contract's cap. */
export const MAX_DAYS_LATE = 3650;

/** How many calendar years before or after the cycle's year a budget adoption may be dated. */
export const BUDGET_ADOPTION_YEARS_AROUND = 1;

/** The first and last day a budget adoption of the cycle of `year` may be dated. */
export function budgetAdoptionBounds(year: number): { from: CalendarDate; to: CalendarDate } {
  return {
    from: `${year - BUDGET_ADOPTION_YEARS_AROUND}-01-01` as CalendarDate,
    to: `${year + BUDGET_ADOPTION_YEARS_AROUND}-12-31` as CalendarDate,
  };
}

/**
 * Why a budget adoption date cannot be right for the cycle of `year`, recorded on `today`; undefined
 * when it is plausible. Besides the years around the cycle's, the due date it gives must not already
 * be more than MAX_DAYS_LATE days past (a cycle of a long-gone year).
 */
export function budgetAdoptionProblem(adoptedOn: string, year: number, today: CalendarDate): string | undefined {
  const { from, to } = budgetAdoptionBounds(year);
  if (adoptedOn < from || adoptedOn > to) {
    return `must be between ${from} and ${to}: a budget is adopted at most ${BUDGET_ADOPTION_YEARS_AROUND} year from the cycle's year ${year}`;
  }
  const due = operationalPlanDueDate(parseCalendarDate(adoptedOn))!;
  if (daysBetween(due, today) > MAX_DAYS_LATE) {
    return `gives a due date (${due}) more than ${MAX_DAYS_LATE} days ago`;
  }
  return undefined;
}

/**
 * Why an objective's deadline cannot belong to a plan in force from `firstYear` to `lastYear`;
 * undefined when it falls within those years.
 */
export function deadlineProblem(deadline: string, firstYear: number, lastYear: number): string | undefined {
  const from = `${firstYear}-01-01`;
  const to = `${lastYear}-12-31`;
  if (deadline < from || deadline > to) return `must be between ${from} and ${to}, within the plan's years`;
  return undefined;
}
