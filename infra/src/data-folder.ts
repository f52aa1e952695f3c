import { mkdirSync, readFileSync, existsSync, writeFileSync, unlinkSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { PrerequisiteError } from './prerequisite-error.js';

/** Creates the data folder and proves it can be written, or says how to choose another. */
export function ensureWritableFolder(folder: string): void {
  const probe = path.join(folder, `.write-check-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new PrerequisiteError(
      `The data folder ${folder} cannot be written (${code})`,
      'Make it writable, or choose another folder with JALON_DATA_DIR=<folder>',
    );
  }
}

/**
 * A secret kept in the data folder, made on first use: the local PostgreSQL password must stay the
 * same across restarts, and must not be a constant that every Jalon checkout shares.
 */
export function persistentSecret(folder: string, name: string): string {
  const file = path.join(folder, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
