import { conflict } from './refusal.js';

/**
 * Every change names the revision it edits: made against an older one, it is refused, and the
 * client reloads and tries again.
 */
export function checkRevision(what: string, expected: number, current: number): void {
  if (expected === current) return;
  throw conflict(`${what} has changed since revision ${expected} (it is now at revision ${current}). Reload it, reapply your change and send it with expectedRevision ${current}.`, current, 'revision.stale');
}
