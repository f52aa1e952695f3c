import t from 'tap';
import { endOfInForcePeriod, inForcePeriod, operationalPlanDueDate } from '../src/index.js';

t.test('the plan is due one calendar month after the budget adoption, and has no due date before it', async (t) => {
  t.equal(operationalPlanDueDate('2026-12-21'), '2027-01-21');
  t.equal(operationalPlanDueDate('2027-01-31'), '2027-02-28', 'end-of-month clamp');
  t.equal(operationalPlanDueDate(null), null, 'provisional twelfths: no due date');
  t.throws(() => operationalPlanDueDate('2027-02-30'), RangeError, 'a date that does not exist is refused');
});

t.test('the plan is in force for its calendar year, until midnight of 1 January in Brussels', async (t) => {
  t.same(inForcePeriod(2027), { from: '2027-01-01', to: '2027-12-31' });
  t.equal(endOfInForcePeriod(2027).toISOString(), '2027-12-31T23:00:00.000Z', 'midnight in Brussels is 23:00 UTC in winter');
});
