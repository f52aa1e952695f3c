import { BRUSSELS_TIME_ZONE } from '@jalon/domain';
import type { Language, ReaderText } from '@jalon/contracts';

/* Readers are Belgian civil servants: Belgian conventions for French, Dutch and German, British for English. */
const locales: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[language], { ...options, timeZone: BRUSSELS_TIME_ZONE });
    formatters.set(key, f);
  }
  return f;
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** Noon UTC is the same calendar day in Brussels whatever the season, so the date never shifts. */
function instantOf(value: string): { date: Date; hasTime: boolean } {
  return calendarDate.test(value)
    ? { date: new Date(`${value}T12:00:00Z`), hasTime: false }
    : { date: new Date(value), hasTime: true };
}

/** "jeudi 26 novembre 2026 à 17:15" — in Brussels time; a calendar date is shown without a time. */
export function formatDeadline(value: string, language: Language): string {
  const { date, hasTime } = instantOf(value);
  return formatter(language, hasTime ? { dateStyle: 'full', timeStyle: 'short' } : { dateStyle: 'full' }).format(date);
}

/** "1er janvier 2023": a day without its weekday, for periods and the dates of past events. */
export function formatDate(value: string, language: Language): string {
  const parts = formatter(language, { dateStyle: 'long' }).formatToParts(instantOf(value).date);
  // French writes the first of the month as an ordinal; ICU does not.
  return parts.map((p) => (language === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** "26 nov. 2026": short enough for a subject line. */
export function formatShortDate(value: string, language: Language): string {
  return formatter(language, { dateStyle: 'medium' }).format(instantOf(value).date);
}

/**
 * The reader's version of a text. A German reader of a text without German gets the French (the
 * organisation's names and its plan exist in French and Dutch at least, and German-speaking Belgian
 * civil servants read French far more than English); an English reader without English, French too.
 */
export function pick(text: ReaderText, language: Language): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text.fr;
}

export function days(n: number, language: Language): string {
  const one = n === 1;
  switch (language) {
    case 'fr': return `${n} jour${one ? '' : 's'}`;
    case 'nl': return `${n} ${one ? 'dag' : 'dagen'}`;
    case 'de': return `${n} ${one ? 'Tag' : 'Tage'}`;
    case 'en': return `${n} ${one ? 'day' : 'days'}`;
  }
}

/** Quoted the way each language quotes a title. */
export function quote(text: string, language: Language): string {
  switch (language) {
    case 'fr': return `«\u00a0${text}\u00a0»`;
    case 'nl': return `‘${text}’`;
    case 'de': return `„${text}“`;
    case 'en': return `“${text}”`;
  }
}

/**
 * The plan, the step and the deadline as every step e-mail names them: plain for a subject line,
 * quoted and in the reader's date format for the body. The deadline is optional exactly when the
 * template's is, so a template that requires one gets a string back.
 */
export function stepWording<P extends { planTitle: ReaderText; stepName: ReaderText; due?: string }>(p: P, language: Language) {
  const plan = pick(p.planTitle, language);
  const step = pick(p.stepName, language);
  const due = (p.due === undefined ? undefined : formatDeadline(p.due, language)) as P['due'];
  return { plan, step, quoted: { plan: quote(plan, language), step: quote(step, language), due } };
}
