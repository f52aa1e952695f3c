import { z } from 'zod';

/**
 * A decimal as text ("20.33", "1008.11"): exact, where a JSON number read into a float is not.
 * Written with a point and no thousands separator; pages format it in the reader's locale.
 */
export const exactDecimalTextSchema = z.string().regex(/^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/);

const figureYearSchema = z.object({
  year: z.number().int(),
  /** the column heading as the plan writes it, e.g. "2023 prop" */
  label: z.string(),
});

const rowCommon = {
  position: z.number().int(),
  /** the row's label as the plan writes it */
  label: z.string(),
  kind: z.enum(['line', 'subtotal', 'total']),
  /** indicative link to an entity of the organisation, when the plan makes it */
  entityCode: z.string().nullable(),
};

/** 7.1: full-time equivalents per entity or service and year. */
export const staffFiguresSchema = z.object({
  unit: z.literal('FTE'),
  years: z.array(figureYearSchema),
  /** what the mandate holders' column counts, as the plan's footnote says it */
  footnote: z.string().nullable(),
  rows: z.array(z.object({
    ...rowCommon,
    values: z.array(z.object({
      year: z.number().int(),
      mandateHolders: exactDecimalTextSchema,
      statutory: exactDecimalTextSchema,
      contractual: exactDecimalTextSchema,
      total: exactDecimalTextSchema,
    })),
  })),
});
export type StaffFigures = z.infer<typeof staffFiguresSchema>;

/** 7.2: one budget table, commitment (CE) and liquidation (CL) credits in thousands of euros. */
export const budgetTableSchema = z.object({
  code: z.string(),
  title: z.string().nullable(),
  /** the budget articles the table covers, as the plan lists them */
  scopeNote: z.string().nullable(),
  unit: z.literal('kEUR'),
  years: z.array(figureYearSchema),
  rows: z.array(z.object({
    ...rowCommon,
    envelope: z.number().int().nullable(),
    note: z.string().nullable(),
    amounts: z.array(z.object({ year: z.number().int(), ce: z.number().int(), cl: z.number().int() })),
  })),
});
export type BudgetTable = z.infer<typeof budgetTableSchema>;

/** A strategic plan's figures: null / empty when the plan has none. */
export const planFiguresSchema = z.object({
  staff: staffFiguresSchema.nullable(),
  budget: z.array(budgetTableSchema),
});
export type PlanFigures = z.infer<typeof planFiguresSchema>;
