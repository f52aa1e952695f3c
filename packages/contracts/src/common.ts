import { calendarDateSchema } from '@jalon/domain';
import { z } from 'zod';

/** The languages a person reads Jalon in (their own, not the sender's): e-mails exist in all four. */
export const languageSchema = z.enum(['fr', 'nl', 'de', 'en']);
export type Language = z.infer<typeof languageSchema>;

/**
 * A text the plan data holds in both official languages of the federal administration (titles,
 * names, step names); a reader in German or English is shown the French.
 */
export const localizedTextSchema = z.object({ fr: z.string(), nl: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export const uuidParam = z.uuid({ message: 'must be an identifier (UUID)' });
export { calendarDateSchema };

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

/** Every change names the revision it edits; a stale one is refused with 409. */
export const expectedRevisionSchema = z.number().int().min(1);

export const conflictBodySchema = z.object({
  statusCode: z.literal(409),
  error: z.string(),
  /** the refusal's stable code, e.g. `plan.stale_revision` */
  code: z.string().optional(),
  message: z.string(),
  currentRevision: z.number().int(),
});
