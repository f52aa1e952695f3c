import { languageSchema } from '@jalon/contracts';
import type { z } from 'zod';

/**
 * The languages of the signed-in pages and the plan viewer: French and Dutch, those of the people
 * who run the cycle. Readers of a decision link get their own language, one of all four.
 */
export const pageLanguageSchema = languageSchema.extract(['fr', 'nl']);
export type PageLanguage = z.infer<typeof pageLanguageSchema>;

/** A person's page language: Dutch for Dutch readers, French for everyone else. */
export const pageLanguageOf = (language: string | undefined | null): PageLanguage => (language === 'nl' ? 'nl' : 'fr');
