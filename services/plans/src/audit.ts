import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

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
