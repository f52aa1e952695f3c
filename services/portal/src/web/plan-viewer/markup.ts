import { escapeHtml, html, Html } from '../../ui/html.js';
import type { PageLanguage } from '../../ui/page-language.js';

/** How many characters of a SHA-256 people compare by eye; enough to tell versions apart. */
export const HASH_PREFIX_LENGTH = 12;

/**
 * The start of a hash is shown; the rest stays in the text, visually hidden, so screen readers
 * and copy-paste get the whole hash and the title shows it on hover.
 */
export function hashCode(sha256: string): Html {
  return html`<code class="hash" title="${sha256}">${sha256.slice(0, HASH_PREFIX_LENGTH)}<span class="visually-hidden">${sha256.slice(HASH_PREFIX_LENGTH)}</span></code>`;
}

/** A status always carries its meaning in words; the frame only helps the eye find it. */
export const badge = (text: string, kind = 'neutral'): Html => html`<strong class="badge badge-${kind}">${text}</strong>`;

/**
 * The `lang` attribute for a plan's own texts: they are written in one language (French in the
 * reference plan) and shown as they are, so a screen reader must switch voice on a Dutch page.
 */
export function textLang(textLanguage: PageLanguage | null, pageLanguage: PageLanguage): Html | '' {
  return textLanguage && textLanguage !== pageLanguage ? html` lang="${textLanguage}"` : '';
}

/** Paragraphs separated by a blank line, as the reference plan stores its texts. */
export function paragraphs(text: string): Html[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '').map((p) => html`<p>${breakable(p.trim())}</p>`);
}

/** A list in running text, where some items carry markup (an unknown field name as code). */
export function joinHtml(items: ReadonlyArray<Html | string>, separator: string): Html {
  return html`${items.map((item, index) => html`${index === 0 ? '' : separator}${item}`)}`;
}

/**
 * A plan text as the source writes it, no-break spaces included (the reference plan has them
 * between most words): a <wbr> after each lets the line wrap there anyway, and leaves the text
 * itself, what screen readers read and copies take, unchanged.
 */
export function breakable(text: string): Html {
  return new Html(escapeHtml(text).replace(/\u00a0/g, '\u00a0<wbr>'));
}
