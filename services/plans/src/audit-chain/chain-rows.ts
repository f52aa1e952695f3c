import { sql, type Kysely } from 'kysely';
import { canonicalTime, type ChainedContent } from './row-hash.js';

export interface ChainRow extends ChainedContent { rowHash: string | null }

/** The audit rows after `afterId`, oldest first, with what their hash covers; a page at a time. */
export async function chainRowsAfter(db: Kysely<any>, afterId: number, limit: number): Promise<ChainRow[]> {
  const { rows } = await sql<{
    id: number; at: string; actor: string; action: string; subject_type: string; subject_id: string;
    before: unknown; after: unknown; prev_hash: string | null; row_hash: string | null;
  }>`
    select id, ${canonicalTime(sql.ref('at'))} as at, actor, action, subject_type, subject_id, before, after, prev_hash, row_hash
    from audit_log where id > ${afterId} order by id limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: r.actor, action: r.action, subjectType: r.subject_type, subjectId: r.subject_id,
    before: r.before, after: r.after, prevHash: r.prev_hash, rowHash: r.row_hash,
  }));
}

/** Every audit row, oldest first, read in pages so that a long log does not sit in memory at once. */
export async function* allChainRows(db: Kysely<any>, pageSize = 1000): AsyncGenerator<ChainRow> {
  // Not 0: a row slipped in with a negative id by hand must be checked too.
  let last = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const page = await chainRowsAfter(db, last, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    last = page[page.length - 1]!.id;
  }
}
