import t from 'tap';
import {
  budgetAdoptionBounds, budgetAdoptionProblem, type CalendarDate, deadlineProblem,
} from '../src/index.js';

t.test('a budget adoption more than one year away from the cycle\'s year is refused, saying which dates are accepted', async (t) => {
  const today = '2026-12-01' as CalendarDate;
  t.same(budgetAdoptionBounds(2027), { from: '2026-01-01', to: '2028-12-31' });
  t.equal(budgetAdoptionProblem('2026-12-21', 2027, today), undefined, 'December before the year: the usual case');
  t.equal(budgetAdoptionProblem('2026-01-01', 2027, today), undefined, 'the first day accepted');
  t.equal(budgetAdoptionProblem('2028-12-31', 2027, today), undefined, 'the last day accepted');
  t.match(budgetAdoptionProblem('1999-12-31', 2027, today), /between 2026-01-01 and 2028-12-31/, 'the regression\'s date');
  t.match(budgetAdoptionProblem('2025-12-31', 2027, today), /between 2026-01-01 and 2028-12-31/);
  t.match(budgetAdoptionProblem('2029-01-01', 2027, today), /between 2026-01-01 and 2028-12-31/);
});

t.test('an objective\'s deadline falls within its plan\'s years', async (t) => {
  t.equal(deadlineProblem('2027-06-30', 2027, 2027), undefined);
  t.match(deadlineProblem('2028-01-01', 2027, 2027), /between 2027-01-01 and 2027-12-31/);
  t.equal(deadlineProblem('2024-12-31', 2022, 2024), undefined);
  t.match(deadlineProblem('2021-12-31', 2022, 2024), /within the plan's years/);
});
