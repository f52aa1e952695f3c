import t from 'tap';
import type { PlanFigures } from '@jalon/contracts';
import { plansApp, worker } from '../../test-support/plans-app.js';
import { budgetRowsOfSource, decimalOf, integerOf, staffRowsOfSource } from './source-text.js';

/**
 * Every figure of tables 7.1 and 7.2 as the source text gives them, parsed here from the text
 * itself (not from the fixture), must come back from the API exactly: same rows in the same order,
 * same labels, same numbers to the last decimal.
 */

/** The PDF's double blanks count as one, the first of them: the fixture joins the same way. */
const label = (text: string) => text.replace(/([ \u00a0])[ \u00a0]+/g, '$1');

t.test('every staff figure of table 7.1 comes back from the API exactly', async (t) => {
  const { app, planId } = await plansApp(t);
  const res = await app.inject({ url: `/strategic-plans/${planId}/figures`, headers: worker });
  t.equal(res.statusCode, 200);
  const { staff } = res.json() as PlanFigures;
  if (!staff) throw new Error('no staff table');
  const source = staffRowsOfSource();
  t.equal(source.length, 28, 'the source has 27 rows and the total');
  t.equal(staff.rows.length, source.length, 'one row per row of the source');
  t.same(staff.years.map((y) => y.year), [2022, 2023, 2024]);
  t.equal(staff.unit, 'FTE');
  let figures = 0;
  source.forEach((row, i) => {
    const served = staff.rows[i];
    if (!served) return;
    if (row.label === '') t.equal(served.kind, 'total', 'the unlabelled last row is the total');
    else t.equal(served.label, label(row.label), `row ${i + 1}: its label`);
    const numbers = served.values.flatMap((v) => [v.mandateHolders, v.statutory, v.contractual, v.total]);
    t.same(numbers, row.numbers.map(decimalOf), `${row.label || 'total'}: ${row.numbers.join(' ')}`);
    figures += numbers.length;
  });
  t.equal(figures, 28 * 12, 'every staff figure checked');
  const calltaking = staff.rows.find((r) => r.label.startsWith('Calltaking') && r.label.endsWith('urgences'));
  t.same(calltaking?.values.map((v) => v.total), ['833.37', '867.37', '867.37'], 'the only row that changes over the years');
  const immigration = staff.rows.find((r) => r.label === 'Office des étrangers');
  t.equal(immigration?.values[0]?.total, '1220.06', 'thousands separators read, decimals kept exactly');
});

t.test('every budget figure of tables TAB 1 and TAB 2 (7.2) comes back from the API exactly', async (t) => {
  const { app, planId } = await plansApp(t);
  const { budget } = (await app.inject({ url: `/strategic-plans/${planId}/figures`, headers: worker })).json() as PlanFigures;
  const source = budgetRowsOfSource();
  t.same(budget.map((b) => b.code), ['TAB1', 'TAB2']);
  let figures = 0;
  for (const table of budget) {
    const rows = source[table.code as 'TAB1' | 'TAB2'];
    t.equal(table.unit, 'kEUR');
    t.equal(table.rows.length, rows.length, `${table.code}: one row per row of the source`);
    rows.forEach((row, i) => {
      const served = table.rows[i];
      if (!served) return;
      t.equal(served.label, label(row.label), `${table.code} row ${i + 1}: its label`);
      const numbers = served.amounts.flatMap((a) => [a.ce, a.cl]);
      t.same(numbers, row.numbers.map(integerOf), `${table.code} ${row.label}: ${row.numbers.join(' ')}`);
      if (row.note) t.equal(served.note, label(row.note), `${row.label}: the source's note`);
      figures += numbers.length;
    });
  }
  t.equal(figures, (18 + 30) * 6, 'every budget figure checked');
  const personnel = budget[0]?.rows[0];
  t.same(personnel?.amounts[0], { year: 2022, ce: 250896, cl: 250664 }, '"Personnel 250.896 250.664 …"');
});

t.test('the figures are read like the plan: an unknown plan is a 404, who else may read it is the access matrix\'s part', async (t) => {
  const { app } = await plansApp(t);
  const unknown = await app.inject({ url: '/strategic-plans/00000000-0000-4000-8000-000000000000/figures', headers: worker });
  t.equal(unknown.statusCode, 404);
});
