import { operationalObjectiveInputSchema } from '@jalon/contracts';
import { deadlineProblem } from '@jalon/domain';
import type { z } from 'zod';
import type { PageLanguage } from '../../ui/page-language.js';
import { draftingCopy, objectiveFields, type ObjectiveField } from './drafting-catalogue.js';

/** The objective's fields as a form posts them; kept as typed, to show the form again unchanged. */
export type ObjectiveFormValues = Partial<Record<ObjectiveField, string>>;
/** What is wrong with the form, field by field, in the reader's language. */
export type FieldErrors = Partial<Record<ObjectiveField, string>>;

/** The fields a drafter writes; the owner is the page's entity, the code is given by the page. */
const formSchema = operationalObjectiveInputSchema.pick({
  strategicObjectiveNumber: true, statement: true, indicator: true, target: true, means: true, deadline: true,
});
export type ObjectiveFields = z.infer<typeof formSchema>;

export const valuesOf = (body: Record<string, string>): ObjectiveFormValues =>
  Object.fromEntries(objectiveFields.map((f) => [f, body[f] ?? ''])) as ObjectiveFormValues;

/**
 * Checks a posted objective with the plans API's own schema (the same limits) and the deadline
 * within the plan's year (the domain's rule the API applies), so that the page can say each fault
 * beside its field before anything is sent.
 */
export function parseObjectiveForm(values: ObjectiveFormValues, year: number, language: PageLanguage):
  { ok: true; fields: ObjectiveFields } | { ok: false; errors: FieldErrors } {
  const t = draftingCopy[language].drafting;
  const number = values.strategicObjectiveNumber?.trim() ? Number(values.strategicObjectiveNumber) : undefined;
  const parsed = formSchema.safeParse({ ...values, strategicObjectiveNumber: number });
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ObjectiveField;
      if (errors[field]) continue;
      errors[field] = issue.code === 'too_big' && typeof issue.maximum === 'number' ? t.tooLong(issue.maximum) : t.required;
    }
  }
  const deadline = values.deadline?.trim() ?? '';
  if (!errors.deadline && deadline && deadlineProblem(deadline, year, year)) errors.deadline = t.deadlineOutside(year);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}
