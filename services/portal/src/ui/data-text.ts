import { html, type Html } from './html.js';
import type { PageLanguage } from './page-language.js';

/** A text the plan data holds in the official languages (titles, names, step names); German is optional there. */
export type DataText = { fr: string; nl: string; de?: string | undefined };

/**
 * A text of the plan data in the reader's language when the data has it, else in French (the
 * plan data holds French and Dutch), with the language it is actually in.
 */
export function dataText(text: DataText, language: PageLanguage): { text: string; lang: PageLanguage } {
  if (language === 'de') return text.de ? { text: text.de, lang: 'de' } : { text: text.fr, lang: 'fr' };
  return { text: text[language], lang: language };
}

/** The same, as markup: marked with its own `lang` when it is not in the page's language, so screen readers switch voice. */
export function dataTextHtml(text: DataText, language: PageLanguage): Html {
  const shown = dataText(text, language);
  return shown.lang === language ? html`${shown.text}` : html`<span lang="${shown.lang}">${shown.text}</span>`;
}

/** A text of a decision link's summary: a plain string is in no known language and is shown as it is. */
export const readerTextHtml = (text: string | DataText, language: PageLanguage): Html =>
  (typeof text === 'string' ? html`${text}` : dataTextHtml(text, language));
