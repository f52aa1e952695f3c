import { languageSchema } from '@jalon/contracts';
import type { z } from 'zod';

/**
 * The languages of the signed-in pages and the plan viewer: the three national languages, those of
 * the people who run the cycle. Readers of a decision link get their own language, one of all four.
 */
export const pageLanguageSchema = languageSchema.extract(['fr', 'nl', 'de']);
export type PageLanguage = z.infer<typeof pageLanguageSchema>;
export const PAGE_LANGUAGES: readonly PageLanguage[] = pageLanguageSchema.options;

/** Each page language's name in itself, as the language switch offers it. */
export const languageNames: Record<PageLanguage, string> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch' };

/** A person's page language: their own when the pages speak it, French for everyone else (English readers). */
export const pageLanguageOf = (language: string | undefined | null): PageLanguage => {
  const known = pageLanguageSchema.safeParse(language);
  return known.success ? known.data : 'fr';
};

/** A page text in every page language: a missing language is a compile error. */
export type PageText = Record<PageLanguage, string>;

/** A text in every page language, taken from a catalogue: `pageText((l) => copy[l].what)`. */
export const pageText = (of: (language: PageLanguage) => string): PageText => ({ fr: of('fr'), nl: of('nl'), de: of('de') });
