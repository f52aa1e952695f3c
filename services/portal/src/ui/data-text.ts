import type { Language } from '@jalon/contracts';
import { html, type Html } from './html.js';

/** A text of the plan data in the official languages (titles, names, step names); German and English are optional there. */
export type DataText = { fr: string; nl: string; de?: string | undefined; en?: string | undefined };

/**
 * A text of the plan data in the reader's language when the data has it, else in French (the
 * plan data holds French and Dutch), with the language it is actually in.
 */
export function dataText<L extends Language>(text: DataText, language: L): { text: string; lang: L | 'fr' } {
  const own = text[language];
  return own ? { text: own, lang: language } : { text: text.fr, lang: 'fr' };
}

/** The same, as markup: marked with its own `lang` when it is not in the page's language, so screen readers switch voice. */
export function dataTextHtml(text: DataText, language: Language): Html {
  const shown = dataText(text, language);
  return shown.lang === language ? html`${shown.text}` : html`<span lang="${shown.lang}">${shown.text}</span>`;
}

/** A text of a decision link's summary: a plain string is in no known language and is shown as it is. */
export const readerTextHtml = (text: string | DataText, language: Language): Html =>
  (typeof text === 'string' ? html`${text}` : dataTextHtml(text, language));
