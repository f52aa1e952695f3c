import { sql, type Kysely, type Transaction } from 'kysely';
import { asStored, canonicalTime, rowHash } from '../audit-chain/row-hash.js';
import type { Database } from '../database.js';

export interface AuditRecord {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** The chain's lock: one appender at a time, so that each row links to the one before it. */
const CHAIN_LOCK = sql`pg_advisory_xact_lock(hashtext('jalon.plans.audit_log'))`;

/**
 * Appends to the audit log in the caller's transaction: the change and its record commit together.
 * The row is chained to the last one (audit-chain/row-hash.ts): the chain's lock is held until the
 * caller's transaction ends, so appenders queue; the last row is read after the lock is granted
 * (each statement sees the latest commits in READ COMMITTED, the isolation Jalon uses) and `at` is
 * the time of that moment, so ids and times grow together along the chain.
 */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, record: AuditRecord): Promise<void> {
  // Without a transaction the lock would be released before the insert.
  if (!db.isTransaction) return db.transaction().execute((trx) => recordAudit(trx, record));
  await sql`select ${CHAIN_LOCK}`.execute(db);
  const { rows: [next] } = await sql<{ id: number; at: string; prev_hash: string | null }>`
    select nextval(pg_get_serial_sequence('audit_log', 'id')) as id, ${canonicalTime(sql`clock_timestamp()`)} as at,
      (select row_hash from audit_log order by id desc limit 1) as prev_hash`.execute(db);
  if (!next) throw new Error('the audit log\'s next id could not be read');
  const before = asStored(record.before);
  const after = asStored(record.after);
  const hash = rowHash({
    id: next.id, at: next.at, actor: record.actor, action: record.action, subjectType: record.subjectType,
    subjectId: record.subjectId, before, after, prevHash: next.prev_hash,
  });
  await db.insertInto('audit_log').values({
    id: next.id,
    at: sql<Date>`${next.at}::timestamptz`,
    actor: record.actor,
    action: record.action,
    subject_type: record.subjectType,
    subject_id: record.subjectId,
    before: record.before === undefined ? null : JSON.stringify(record.before),
    after: record.after === undefined ? null : JSON.stringify(record.after),
    prev_hash: next.prev_hash,
    row_hash: hash,
  }).execute();
}

/** The audit log, newest first, optionally of one subject. */
export async function listAuditEntries(db: Kysely<Database>, query: { subjectType?: string | undefined; subjectId?: string | undefined; limit: number; offset: number }) {
  let q = db.selectFrom('audit_log');
  if (query.subjectType) q = q.where('subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('subject_id', '=', query.subjectId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id, at: new Date(r.at).toISOString(), actor: r.actor, action: r.action,
      subjectType: r.subject_type, subjectId: r.subject_id, before: r.before, after: r.after,
    })),
    total: count.n, limit: query.limit, offset: query.offset,
  };
}
