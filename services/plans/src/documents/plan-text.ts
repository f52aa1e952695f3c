import type { Content } from '@jalon/documents';
import type { PlanDocumentCopy } from './plan-document-catalogue.js';

const NBSP = '\u00a0';

/**
 * The plan's text with its own characters (U+2010 hyphens, no-break spaces), except where the source
 * bound a whole sentence with no-break spaces (its PDF extraction did): a run of bound words longer
 * than a line cannot be laid out, so its no-break spaces become ordinary ones. Short runs ("29 octobre",
 * "« mot »") keep theirs.
 */
export function layoutText(text: string): string {
  return text.replace(/[^ \n]{20,}/g, (run) => (run.includes(NBSP) ? run.replaceAll(NBSP, ' ') : run));
}

/** A chapter's text as paragraphs: the plans service keeps them separated by a blank line. */
export function paragraphs(text: string): Content[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0)
    .map((p) => ({ text: layoutText(p), margin: [0, 0, 0, 6] as [number, number, number, number], alignment: 'justify' as const }));
}

/**
 * An exact decimal written as the document's language writes it: decimal comma, thousands grouped
 * by a no-break space (French) or a point (Dutch, German). By hand rather than Intl, whose output
 * depends on the ICU data of the Node.js that renders, and the same version must give the same bytes.
 */
export function formatDecimal(value: string | number, language: 'fr' | 'nl' | 'de'): string {
  const [whole = '', fraction] = String(value).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? NBSP : '.');
  return `${negative ? '−' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** "2 décembre 2026" from a calendar date, by hand for the same reason. */
export function formatCalendarDate(date: string, copy: PlanDocumentCopy): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}${NBSP}${copy.months[(month ?? 1) - 1]}${NBSP}${year}`;
}
