import type { DecisionLinkRow } from '../database.js';
import type { Outcome } from '../decide.js';
import { recordedPage } from './decision-page.js';
import { copy, formatInstant } from './i18n.js';
import { bilingualPage, messagePage } from './layout.js';

export interface PageResponse { status: number; page: string }

/** The page and status for each outcome, in the link owner's language. */
export function outcomePage(link: DecisionLinkRow, outcome: Outcome): PageResponse {
  const language = link.language;
  const t = copy[language];
  switch (outcome.kind) {
    case 'recorded': return { status: 200, page: recordedPage(link, outcome.decision) };
    case 'used': return { status: 410, page: messagePage(language, t.used(formatInstant(outcome.at, language))) };
    case 'expired': return { status: 410, page: messagePage(language, t.expired(formatInstant(outcome.at, language))) };
    case 'superseded': return { status: 410, page: messagePage(language, t.superseded) };
    case 'closed': return { status: 409, page: messagePage(language, t.closed) };
    case 'refused': return { status: 409, page: messagePage(language, t.refused) };
    case 'unavailable': return { status: 503, page: messagePage(language, t.unavailable) };
  }
}

/** Every unknown token gets this same page: it does not tell a forged token from a truncated one. */
export const unknownLinkPage = (): PageResponse => ({ status: 404, page: bilingualPage((c) => c.unknown) });

export const forbiddenPage = (link: DecisionLinkRow): PageResponse => ({ status: 403, page: messagePage(link.language, copy[link.language].forbidden) });
