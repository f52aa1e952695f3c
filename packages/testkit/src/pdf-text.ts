import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The words of a PDF as a reader's copy-paste gives them (poppler's pdftotext, which the test command
 * installs), the file kept at `file` for a person to open.
 */
export async function pdfText(pdf: Buffer, file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, pdf);
  return (await promisify(execFile)('pdftotext', ['-layout', file, '-'])).stdout;
}
