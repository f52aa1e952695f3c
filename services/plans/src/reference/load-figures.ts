import type { Insertable, Kysely } from 'kysely';
import type { Database, FigureRowsTable, FigureValuesTable } from '../database.js';
import type { ReferencePlan } from './reference-plan.schema.js';

/** The staff table's code beside the budget's own (TAB1, TAB2): the source gives it none. */
export const STAFF_TABLE_CODE = 'STAFF';

type Row = Insertable<FigureRowsTable>;
type Value = Insertable<FigureValuesTable>;

/**
 * Chapter 7's figures into the plan's figure tables. Idempotent like the rest of the loader: every
 * row is keyed by table and position, left alone when present. Returns the rows written per table.
 */
export async function loadFigures(trx: Kysely<Database>, planId: string, plan: ReferencePlan): Promise<Record<string, number>> {
  const { staff, budget } = plan;
  const tables = [
    { plan_id: planId, code: STAFF_TABLE_CODE, kind: 'staff' as const, position: 0, title: null, unit: staff.unit, scope_note: null, footnote: staff.mandateHoldersFootnote },
    ...budget.tables.map((t, i) => ({
      plan_id: planId, code: t.code, kind: 'budget' as const, position: i + 1, title: t.title, unit: budget.unit, scope_note: t.scopeNote ?? null, footnote: null,
    })),
  ];
  const years = [
    ...staff.years.map((year) => ({ plan_id: planId, table_code: STAFF_TABLE_CODE, year, label: String(year) })),
    ...budget.tables.flatMap((t) => budget.years.map((year, i) => ({ plan_id: planId, table_code: t.code, year, label: budget.yearLabels[i] ?? String(year) }))),
  ];
  const rows: Row[] = [];
  const values: Value[] = [];
  const staffRows = [...staff.rows.map((r) => ({ ...r, kind: 'line' as const })), { ...staff.total, entityCode: null, kind: 'total' as const }];
  staffRows.forEach((r, i) => {
    const position = i + 1;
    rows.push({ plan_id: planId, table_code: STAFF_TABLE_CODE, position, label: r.label, kind: r.kind, entity_code: r.entityCode, envelope: null, note: null });
    for (const v of r.values) {
      const at = { plan_id: planId, table_code: STAFF_TABLE_CODE, row_position: position, year: v.year };
      values.push({ ...at, measure: 'mandate_holders', value: v.mandateHolders }, { ...at, measure: 'statutory', value: v.statutory },
        { ...at, measure: 'contractual', value: v.contractual }, { ...at, measure: 'total', value: v.total });
    }
  });
  for (const t of budget.tables) {
    t.rows.forEach((r, i) => {
      const position = i + 1;
      rows.push({ plan_id: planId, table_code: t.code, position, label: r.label, kind: r.kind, entity_code: r.entityCode ?? null, envelope: r.envelope ?? null, note: r.note ?? null });
      for (const a of r.amounts) {
        const at = { plan_id: planId, table_code: t.code, row_position: position, year: a.year };
        values.push({ ...at, measure: 'ce', value: String(a.ce) }, { ...at, measure: 'cl', value: String(a.cl) });
      }
    });
  }
  const count = async (q: Promise<Array<unknown>>) => (await q).length;
  return {
    figureTables: await count(trx.insertInto('figure_tables').values(tables).onConflict((oc) => oc.doNothing()).returning('code').execute()),
    figureYears: await count(trx.insertInto('figure_years').values(years).onConflict((oc) => oc.doNothing()).returning('year').execute()),
    figureRows: await count(trx.insertInto('figure_rows').values(rows).onConflict((oc) => oc.doNothing()).returning('position').execute()),
    figureValues: await count(trx.insertInto('figure_values').values(values).onConflict((oc) => oc.doNothing()).returning('year').execute()),
  };
}
