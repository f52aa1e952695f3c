import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sql, type RawBuilder } from 'kysely';

/*
 * The audit log's hash chain. Each row's row_hash is the SHA-256 (hex) of the RFC 8785 (JSON
 * Canonicalization Scheme) form of its content and of the previous row's row_hash, so that changing,
 * inserting or removing any row but the last ones changes a hash further down. This is the one
 * definition of that form: the migration that chained the existing rows, recordAudit and
 * verify-audit all use it, and changing it would make every existing chain unverifiable.
 */

/** Version of the canonical form, hashed with the content so a future form cannot be mistaken for this one. */
const FORM = 1;

/** What a row's hash covers, as read back from PostgreSQL. */
export interface ChainedContent {
  id: number;
  /** the row's `at`, as canonicalTime gives it (microseconds, UTC) */
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  /** the previous row's row_hash; null for the first row */
  prevHash: string | null;
}

/**
 * `at` as text with PostgreSQL's full precision: a JavaScript Date keeps milliseconds only, so it
 * could not reproduce the stored microseconds.
 */
export const canonicalTime = (column: RawBuilder<unknown>) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A JSON value as it comes back from a jsonb column: what JSON.stringify keeps (no undefined
 * members, dates as strings). Hashing this, not the caller's object, makes the hash computed at
 * insertion equal to the one computed from the stored row.
 */
export function asStored(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value)) as unknown;
}

export function rowHash(content: ChainedContent): string {
  const form = canonicalize({
    form: FORM, id: content.id, at: content.at, actor: content.actor, action: content.action,
    subjectType: content.subjectType, subjectId: content.subjectId, before: content.before, after: content.after,
    prevHash: content.prevHash,
  });
  if (form === undefined) throw new Error('an audit row has no canonical form');
  return createHash('sha256').update(form, 'utf8').digest('hex');
}
