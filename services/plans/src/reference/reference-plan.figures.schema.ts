import { z } from 'zod';

/**
 * The figures of a reference plan's chapter 7: staff (7.1, in full-time equivalents) and budget
 * (7.2, in thousands of euros). Kept apart from the other records so the figures evolve on their
 * own. Each row keeps the label the source gives it, and each number is exact: FTE are decimal
 * strings (a binary float cannot hold 20.33), euros are whole thousands.
 */

const text = z.string().trim().min(1);
const code = z.string().regex(/^[A-Z0-9_]+$/, 'entity codes are upper-case identifiers');
const year = z.number().int().min(1990).max(2100);

/** A non-negative decimal written without superfluous zeros ("1", "28.1", "1008.11"), as the source writes it. */
export const exactDecimalSchema = z.string().regex(/^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/, 'a decimal such as 1008.11, without superfluous zeros');

const staffValuesSchema = z.strictObject({
  year,
  mandateHolders: exactDecimalSchema,
  statutory: exactDecimalSchema,
  contractual: exactDecimalSchema,
  total: exactDecimalSchema,
});

export const staffSchema = z.strictObject({
  unit: z.literal('FTE'),
  years: z.array(year).min(1),
  legend: z.record(z.string(), text),
  mandateHoldersFootnote: text,
  rows: z.array(
    z.strictObject({
      label: text,
      /** Indicative link to an entity; null where the source does not make it explicit. */
      entityCode: code.nullable(),
      values: z.array(staffValuesSchema).min(1),
    }),
  ),
  total: z.strictObject({ label: text, values: z.array(staffValuesSchema).min(1) }),
  notes: z.array(text),
});

const kEur = z.number().int();
const budgetRowSchema = z.strictObject({
  label: text,
  kind: z.enum(['line', 'subtotal', 'total']),
  /** CE: commitment credits, CL: liquidation credits, in kEUR. */
  amounts: z.array(z.strictObject({ year, ce: kEur, cl: kEur })).min(1),
  envelope: z.number().int().positive().optional(),
  entityCode: code.optional(),
  note: text.optional(),
});

export const budgetSchema = z.strictObject({
  unit: z.literal('kEUR'),
  years: z.array(year).min(1),
  yearLabels: z.array(text),
  creditTypes: z.strictObject({ CE: text, CL: text }),
  envelopes: z.array(
    z.strictObject({
      number: z.number().int().positive(),
      authorityCode: z.string(),
      description: text,
    }),
  ),
  tables: z.array(
    z.strictObject({
      code: text,
      title: text,
      scopeNote: text.optional(),
      rows: z.array(budgetRowSchema).min(1),
    }),
  ),
  notes: z.array(text),
});
