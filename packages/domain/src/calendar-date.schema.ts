import { z } from 'zod';
import { partsIfValid } from './calendar-date.js';

/**
 * The template-literal type makes the compiler refuse an arbitrary `string` (it must go through
 * `parseCalendarDate` or the schema), while still accepting literals such as `'2025-03-31'` in code and tests.
 */
export const calendarDateSchema = z
  .templateLiteral([z.number(), '-', z.number(), '-', z.number()])
  .refine((value) => partsIfValid(value) !== undefined, {
    message: 'Expected an existing calendar date written YYYY-MM-DD (for example 2025-02-28)',
  });

export type CalendarDate = z.infer<typeof calendarDateSchema>;
