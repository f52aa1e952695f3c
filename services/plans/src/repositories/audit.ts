import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

export interface AuditRecord {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log in the caller's transaction: the change and its record commit together. */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, record: AuditRecord): Promise<void> {
  await db.insertInto('audit_log').values({
    actor: record.actor,
    action: record.action,
    subject_type: record.subjectType,
    subject_id: record.subjectId,
    before: record.before === undefined ? null : JSON.stringify(record.before),
    after: record.after === undefined ? null : JSON.stringify(record.after),
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
