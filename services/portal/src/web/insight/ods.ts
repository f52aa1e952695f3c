import * as XLSX from '@e965/xlsx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { ExportSheet } from './export-table.js';

export const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** Every entry's time in the package: fixed, so the same export gives the same bytes. */
const PACKAGE_TIME = new Date(2000, 0, 1);

/**
 * An OpenDocument spreadsheet (ODF 1.2), one sheet per table. SheetJS writes the spreadsheet's XML;
 * its package puts `mimetype` third and compressed, which ODF forbids (part 3, §3.3: first entry,
 * stored), so fflate packs the same files again in the order ODF asks.
 */
export function toOds(sheets: readonly ExportSheet[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const cells = XLSX.utils.aoa_to_sheet([sheet.header, ...sheet.rows]);
    cells['!cols'] = sheet.header.map((_, i) => ({ wch: Math.min(60, Math.max(10, ...[sheet.header, ...sheet.rows].map((r) => String(r[i] ?? '').length))) }));
    // Sheet names are limited to 31 characters and some punctuation by spreadsheets.
    XLSX.utils.book_append_sheet(book, cells, sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  }
  const parts = unzipSync(XLSX.write(book, { type: 'buffer', bookType: 'ods' }) as Uint8Array);
  const mimetype = parts['mimetype'];
  if (!mimetype) throw new Error('the spreadsheet writer gave no mimetype entry');
  const repacked: Zippable = { mimetype: [mimetype, { level: 0, mtime: PACKAGE_TIME }] };
  for (const name of Object.keys(parts).filter((n) => n !== 'mimetype').sort()) repacked[name] = [parts[name]!, { level: 6, mtime: PACKAGE_TIME }];
  return zipSync(repacked);
}
