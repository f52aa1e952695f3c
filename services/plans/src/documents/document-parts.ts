import type { Content } from '@jalon/documents';
import type { PlanDocumentCopy } from './plan-document-catalogue.js';
import { formatCalendarDate, layoutText } from './plan-text.js';

export interface VersionFacts {
  number: number;
  /** the canonical JSON's SHA-256 */
  sha256: string;
  /** the Brussels calendar day the version was frozen */
  frozenOn: string;
}

/**
 * Entity codes as people read them: `full` is the entity's name with its abbreviation beside it
 * (owners of an objective), `short` its abbreviation where it has one, as the plan tags ambitions.
 * 'ALL', every entity, is named in both.
 */
export interface EntityNames { full: ReadonlyMap<string, string>; short: ReadonlyMap<string, string> }
export const ownersText = (codes: readonly string[], names: ReadonlyMap<string, string>) => codes.map((c) => names.get(c) ?? c).join(', ');

/** The first page: who, what, which version, and the hash anyone can check a copy against. */
export function titlePage(copy: PlanDocumentCopy, organisationName: string, kindTitle: string, title: string, version: VersionFacts): Content {
  return [
    { text: organisationName, fontSize: 14, color: '#1d3557', margin: [0, 120, 0, 24] },
    { text: kindTitle.toUpperCase(), fontSize: 11, bold: true, color: '#457b9d', characterSpacing: 1 },
    { text: layoutText(title), fontSize: 26, bold: true, color: '#1d3557', margin: [0, 8, 0, 40] },
    { text: copy.versionLine(version.number, formatCalendarDate(version.frozenOn, copy)), fontSize: 12, margin: [0, 0, 0, 200] },
    { text: copy.contentHash, style: 'small', bold: true },
    { text: version.sha256, font: 'Roboto', fontSize: 8, margin: [0, 2, 0, 4] },
    { text: copy.hashExplanation, style: 'small', pageBreak: 'after' },
  ];
}

/** A chapter's heading, on a new page unless told otherwise; `landscape` turns that page and those after it. */
export const heading1 = (text: string, pageBreak = true, orientation?: 'landscape' | 'portrait'): Content =>
  ({ text, style: 'h1', ...(pageBreak ? { pageBreak: 'before' as const } : {}), ...(orientation ? { pageOrientation: orientation } : {}) });
export const heading2 = (text: string): Content => ({ text, style: 'h2' });
export const heading3 = (text: string): Content => ({ text, style: 'h3' });
