import { BRUSSELS_TIME_ZONE } from '@jalon/domain';
import { html, type Html } from '../../ui/html.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** "26 novembre 2026 à 17:15": Brussels wall-clock time whatever the server's zone. */
export function formatDateTime(value: string, language: PageLanguage): string {
  return new Intl.DateTimeFormat(planViewerCopy[language].locale, { dateStyle: 'long', timeStyle: 'short', timeZone: BRUSSELS_TIME_ZONE })
    .format(new Date(value));
}

/** A calendar date is shown without a time; read at noon UTC so no time zone can shift its day. */
export function formatDate(value: string, language: PageLanguage): string {
  if (!calendarDate.test(value)) return formatDateTime(value, language);
  return new Intl.DateTimeFormat(planViewerCopy[language].locale, { dateStyle: 'long', timeZone: BRUSSELS_TIME_ZONE })
    .format(new Date(`${value}T12:00:00Z`));
}

/** The machine-readable value stays in `datetime`, so nothing is lost by the Belgian formatting. */
export const dateTimeTag = (value: string, language: PageLanguage): Html => html`<time datetime="${value}">${formatDateTime(value, language)}</time>`;
export const dateTag = (value: string, language: PageLanguage): Html => html`<time datetime="${value}">${formatDate(value, language)}</time>`;
