import type { Language } from '@jalon/contracts';
import { html, type Html } from './html.js';
import { languageNames, PAGE_LANGUAGES, type PageLanguage } from './page-language.js';

/** What the switch is called for screen readers, in the page's language (decision pages may be in English). */
const switchLabel: Record<Language, string> = { fr: 'Langue de la page', nl: 'Taal van de pagina', de: 'Sprache der Seite', en: 'Page language' };

/**
 * The language switch: every page language, each named in itself and marked with its own `lang`
 * (a screen reader says "Deutsch" with a German voice), the one shown marked aria-current. Plain
 * links, so it works without script; `href` keeps the reader on the same page.
 */
export function languageSwitch(current: Language, href: (language: PageLanguage) => string): Html {
  return html`<nav class="language-switch" aria-label="${switchLabel[current]}"><ul>
${PAGE_LANGUAGES.map((l) => html`<li><a href="${href(l)}" lang="${l}" hreflang="${l}"${l === current ? html` aria-current="true"` : ''}>${languageNames[l]}</a></li>`)}
</ul></nav>`;
}
