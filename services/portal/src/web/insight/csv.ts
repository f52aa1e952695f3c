import type { ExportSheet } from './export-table.js';

/**
 * CSV for Belgian spreadsheets: `;` between fields, because fr-BE, nl-BE and de-BE write decimals
 * with a comma, so Excel set to a Belgian locale expects `;` as its list separator (and LibreOffice
 * detects it); UTF-8 with a byte order mark, without which Excel reads "é" as "Ã©"; CRLF line ends
 * (RFC 4180).
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @ first) is kept a text by a leading
 * apostrophe (OWASP's advice against CSV injection); a plain number such as "-5" or "+3,5" stays as it is.
 */
function defused(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?[\d\s.,]+%?$/.test(value)) return `'${value}`;
  return value;
}

function field(value: string | number): string {
  // A number with a decimal comma, as the Belgian locales the `;` separator is for read it.
  const text = typeof value === 'number' ? String(value).replace('.', ',') : defused(value);
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(sheet: ExportSheet): string {
  return BOM + [sheet.header, ...sheet.rows].map((row) => row.map(field).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
