import type { BudgetTable, StaffFigures } from '@jalon/contracts';
import type { Content, TableCell } from '@jalon/documents';
import type { DocumentLanguage, PlanDocumentCopy } from './plan-document-catalogue.js';
import { formatDecimal, layoutText } from './plan-text.js';

const header = (text: string, extra: Partial<{ colSpan: number; alignment: 'center' | 'right' }> = {}): TableCell => ({ text, style: 'tableHeader', ...extra });
const filler = (n: number): TableCell[] => Array.from({ length: n }, () => ({ text: '' }));
const rowStyle = (kind: 'line' | 'subtotal' | 'total') => (kind === 'line' ? {} : { bold: true, fillColor: kind === 'total' ? '#dfe6ee' : '#f1f4f8' });

/** 7.1: per row, for each year, mandate holders, statutory, contractual and total, as the plan's table. */
export function staffTable(staff: StaffFigures, language: DocumentLanguage, copy: PlanDocumentCopy): Content {
  const measures = ['M', 'S', 'C', copy.total];
  const body: TableCell[][] = [
    [header(''), ...staff.years.flatMap((y) => [header(y.label, { colSpan: 4, alignment: 'center' }), ...filler(3)])],
    [header(''), ...staff.years.flatMap(() => measures.map((m) => header(m, { alignment: 'right' })))],
    ...staff.rows.map((row) => [
      { text: layoutText(row.label), style: 'tableCell', ...rowStyle(row.kind) },
      ...staff.years.flatMap((y) => {
        const v = row.values.find((value) => value.year === y.year);
        return [v?.mandateHolders, v?.statutory, v?.contractual, v?.total].map((cell) => ({
          text: cell === undefined ? '' : formatDecimal(cell, language), style: 'tableCell', alignment: 'right' as const, ...rowStyle(row.kind),
        }));
      }),
    ]),
  ];
  return [
    { text: `${copy.staffUnit} ${copy.staffLegend}${staff.footnote ? ` (M — ${layoutText(staff.footnote)})` : ''}`, style: 'small', margin: [0, 0, 0, 4] },
    { table: { headerRows: 2, widths: ['*', ...staff.years.flatMap(() => [24, 40, 40, 44])], body }, layout: 'lightHorizontalLines' },
  ];
}

/** 7.2: one budget table, CE and CL per year, rows labelled and grouped by envelope as the plan does. */
export function budgetTable(table: BudgetTable, language: DocumentLanguage, copy: PlanDocumentCopy): Content {
  const body: TableCell[][] = [
    [header(''), ...table.years.flatMap((y) => [header(y.label, { colSpan: 2, alignment: 'center' }), ...filler(1)])],
    [header(''), ...table.years.flatMap(() => [header(copy.commitment, { alignment: 'right' }), header(copy.liquidation, { alignment: 'right' })])],
    ...table.rows.map((row) => [
      { text: layoutText(row.envelope === null ? row.label : `${row.label} (${copy.envelope(row.envelope)})`), style: 'tableCell', ...rowStyle(row.kind) },
      ...table.years.flatMap((y) => {
        const amount = row.amounts.find((a) => a.year === y.year);
        return [amount?.ce, amount?.cl].map((cell) => ({
          text: cell === undefined ? '' : formatDecimal(cell, language), style: 'tableCell', alignment: 'right' as const, ...rowStyle(row.kind),
        }));
      }),
    ]),
  ];
  const notes = table.rows.filter((r) => r.note).map((r) => `${r.label} — ${r.note}`);
  return [
    ...(table.title ? [{ text: layoutText(table.title), style: 'h3' }] : []),
    ...(table.scopeNote ? [{ text: layoutText(table.scopeNote), style: 'small', margin: [0, 0, 0, 4] as [number, number, number, number] }] : []),
    { table: { headerRows: 2, dontBreakRows: true, widths: ['*', ...table.years.flatMap(() => [56, 56])], body }, layout: 'lightHorizontalLines' },
    ...notes.map((n) => ({ text: layoutText(n), style: 'small' })),
    { text: '', margin: [0, 0, 0, 8] as [number, number, number, number] },
  ];
}
