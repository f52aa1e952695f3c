import type { BudgetTable, PlanFigures, StaffFigures } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database, FigureMeasure } from '../database.js';

type Measures = Partial<Record<FigureMeasure, string>>;

/**
 * A strategic plan's chapter-7 figures, in the order the plan gives them. Staff values stay the
 * exact decimals PostgreSQL keeps; budget amounts are whole thousands of euros.
 */
export async function getPlanFigures(db: Kysely<Database>, planId: string): Promise<PlanFigures> {
  const [tables, years, rows, values] = await Promise.all([
    db.selectFrom('figure_tables').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db.selectFrom('figure_years').selectAll().where('plan_id', '=', planId).orderBy('year').execute(),
    db.selectFrom('figure_rows').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db.selectFrom('figure_values').selectAll().where('plan_id', '=', planId).orderBy('year').execute(),
  ]);
  // table → row position → year → measure → value
  const cells = new Map<string, Map<number, Map<number, Measures>>>();
  for (const v of values) {
    const byRow = cells.get(v.table_code) ?? new Map<number, Map<number, Measures>>();
    const byYear = byRow.get(v.row_position) ?? new Map<number, Measures>();
    byYear.set(v.year, { ...byYear.get(v.year), [v.measure]: v.value });
    byRow.set(v.row_position, byYear);
    cells.set(v.table_code, byRow);
  }
  const yearsOf = (code: string) => years.filter((y) => y.table_code === code).map((y) => ({ year: y.year, label: y.label }));
  const rowsOf = (code: string) => rows.filter((r) => r.table_code === code).map((r) => ({
    common: { position: r.position, label: r.label, kind: r.kind, entityCode: r.entity_code },
    row: r,
    cells: [...(cells.get(code)?.get(r.position) ?? new Map<number, Measures>())].map(([year, m]) => ({ year, m })),
  }));
  const decimal = (value: string | undefined) => value ?? '0';
  const whole = (value: string | undefined) => Number(value ?? 0);

  const staffTable = tables.find((t) => t.kind === 'staff');
  const staff: StaffFigures | null = staffTable ? {
    unit: 'FTE',
    years: yearsOf(staffTable.code),
    footnote: staffTable.footnote,
    rows: rowsOf(staffTable.code).map(({ common, cells: c }) => ({
      ...common,
      values: c.map(({ year, m }) => ({
        year, mandateHolders: decimal(m.mandate_holders), statutory: decimal(m.statutory), contractual: decimal(m.contractual), total: decimal(m.total),
      })),
    })),
  } : null;
  const budget: BudgetTable[] = tables.filter((t) => t.kind === 'budget').map((t) => ({
    code: t.code,
    title: t.title,
    scopeNote: t.scope_note,
    unit: 'kEUR',
    years: yearsOf(t.code),
    rows: rowsOf(t.code).map(({ common, row, cells: c }) => ({
      ...common, envelope: row.envelope, note: row.note, amounts: c.map(({ year, m }) => ({ year, ce: whole(m.ce), cl: whole(m.cl) })),
    })),
  }));
  return { staff, budget };
}
