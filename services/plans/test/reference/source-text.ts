import { readFileSync } from 'node:fs';

/**
 * The reference plan's source text (the PDF's text layer, as published), read here independently
 * of the fixture, so that a test can hold the fixture and the API to what the source says.
 */
export const sourceText: string = readFileSync(new URL('./plan-strategique-spf-interieur-2022-2024.txt', import.meta.url), 'utf8');

/** A number as the source writes it: thousands with ".", decimals with ",". */
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})*(?:,\d+)?`;
const blank = /^[\s\u00a0]*$/;
const edges = /^[ \u00a0\t]+|[ \u00a0\t]+$/g;

export interface SourceRow { label: string; numbers: string[]; note: string | null }

/** "1.008,11" → "1008.11": the decimal as text, exact. */
export const decimalOf = (source: string): string => source.replace(/\./g, '').replace(',', '.');
/** "250.896" → 250896 (thousands of euros are whole). */
export const integerOf = (source: string): number => Number(source.replace(/\./g, ''));

/**
 * The text between two headings of the source (each found at the start of a line, after
 * optional blanks), split into its non-blank lines.
 */
export function sectionLines(from: RegExp, to: RegExp): string[] {
  const lines = sourceText.split('\n');
  const start = lines.findIndex((l) => from.test(l));
  const end = lines.findIndex((l, i) => i > start && to.test(l));
  if (start < 0 || end < 0) throw new Error(`section ${from} … ${to} not found in the source`);
  return lines.slice(start + 1, end).filter((l) => !blank.test(l));
}

/**
 * A table's rows: a row ends with `count` numbers (separated by single spaces, possibly followed by a
 * note that does not start with a digit); the lines before it without numbers are its label, wrapped
 * by the PDF. A wrapped label is joined with a space unless the line already ends with a blank, so
 * the source's own characters (no-break spaces included) are kept.
 */
export function tableRows(lines: readonly string[], count: number): SourceRow[] {
  const row = new RegExp(String.raw`^(.*?)[ \u00a0]*(${NUMBER}(?: ${NUMBER}){${count - 1}})(?:[ \u00a0]+(\D.*))?$`);
  const rows: SourceRow[] = [];
  let label = '';
  for (const line of lines) {
    const match = row.exec(line.replace(/\r$/, ''));
    if (!match) {
      label = label === '' || /[ \u00a0]$/.test(label) ? label + line : `${label} ${line}`;
      continue;
    }
    const head = match[1] ?? '';
    const full = label === '' || head === '' || /[ \u00a0]$/.test(label) ? label + head : `${label} ${head}`;
    rows.push({ label: full.replace(edges, ''), numbers: (match[2] ?? '').split(' '), note: match[3]?.replace(edges, '') ?? null });
    label = '';
  }
  if (label.replace(edges, '') !== '') throw new Error(`a label without figures: ${label}`);
  return rows;
}

/** Table 7.1: every row (the last, unlabelled, is the total), 12 numbers each: M, S, C, total for three years. */
export function staffRowsOfSource(): SourceRow[] {
  const lines = sectionLines(/^7\.1\.\tPersonnel/, /^1 au sens des arrêtés royaux/);
  const header = lines.findIndex((l) => l.startsWith('Directions et services'));
  return tableRows(lines.slice(header + 1), 12);
}

/** Tables 7.2 TAB 1 and TAB 2: their rows, 6 numbers each (CE, CL for three years). */
export function budgetRowsOfSource(): Record<'TAB1' | 'TAB2', SourceRow[]> {
  const lines = sectionLines(/^ ?7\.2\.\tCadre/, /^2022\u00a0INI/);
  const tab2 = lines.findIndex((l) => /^TAB\u00a02/.test(l));
  // Headings of the tables, not rows: the table's name, "SPF Intérieur", the units line, "Base".
  const heading = /^(TAB\u00a0\d|SPF\u00a0Intérieur|en\u00a0KEUR .*|Base|\t)$/;
  const rowsOf = (part: string[]) => tableRows(part.filter((l) => !heading.test(l.replace(edges, '')) && !heading.test(l)), 6);
  return { TAB1: rowsOf(lines.slice(0, tab2)), TAB2: rowsOf(lines.slice(tab2)) };
}
