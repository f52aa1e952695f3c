import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh folder under the system's temporary folder, removed when the test ends, passed or failed:
 * a test run must not leave its data (PostgreSQL files, keys, heads) behind for the next person.
 */
export function temporaryFolder(t: { teardown: (fn: () => void) => void }, prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `jalon-${prefix}-`));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
