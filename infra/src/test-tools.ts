import { existsSync } from 'node:fs';
import { ensureDebianTools, type DebianTool } from './debian-packages.js';

/** Debian's Chromium for the browser tests; JALON_CHROMIUM names another. */
const chromium: DebianTool = { package: 'chromium', programs: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], purpose: 'the browser tests' };
/** poppler's pdftotext and pdfinfo, which read back the PDFs people download. */
const poppler: DebianTool = { package: 'poppler-utils', programs: ['/usr/bin/pdftotext'], purpose: 'reading the PDFs back' };

/**
 * What the browser and document tests need from Debian: Chromium (its path, '' when there is none)
 * and poppler's tools, installed with apt when missing and we may (root).
 */
export async function ensureTestTools(log: (line: string) => void): Promise<string> {
  const named = process.env.JALON_CHROMIUM;
  const programs = await ensureDebianTools(named ? [poppler] : [chromium, poppler], log);
  if (named) return existsSync(named) ? named : '';
  return programs.get(chromium.package) ?? '';
}
