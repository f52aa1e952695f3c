import type { Kysely } from 'kysely';
import { allChainRows } from './chain-rows.js';
import { rowHash } from './row-hash.js';
import type { ChainHead, HeadLine } from './signed-heads.js';

export type ChainVerdict =
  | { intact: true; rows: number; head: ChainHead | undefined; signedHeads: number }
  /** `id`: the first row found broken, or missing (a signed head's row), or absent when a heads line itself is bad */
  | { intact: false; id?: number; problem: string };

/**
 * Walks the audit chain from its first row: each row must name the previous row's hash and hash to
 * its own row_hash. Then every signed head (readSignedHeads) must still be in the chain with the same
 * hash: a chain rewritten from scratch, truncated or cut at its end passes the walk, not this.
 */
export async function verifyChain(db: Kysely<any>, heads: HeadLine[]): Promise<ChainVerdict> {
  const badLine = heads.find((h) => !h.ok);
  if (badLine && !badLine.ok) return { intact: false, problem: `line ${badLine.line} of the signed heads ${badLine.problem}` };
  const signed = heads.flatMap((h) => (h.ok ? [h.signed] : []));
  const wanted = new Set(signed.map((s) => s.head.id));
  const seen = new Map<number, string>();
  let previous: { id: number; hash: string } | undefined;
  let head: ChainHead | undefined;
  let rows = 0;
  for await (const row of allChainRows(db)) {
    rows += 1;
    if (row.prevHash !== (previous?.hash ?? null)) {
      return {
        intact: false, id: row.id,
        problem: previous
          ? `its prev_hash is not the row_hash of the row before it (id ${previous.id}): a row between them was removed, or the row before it rewritten`
          : 'it is the first row but names a predecessor: the rows before it were removed',
      };
    }
    const hash = rowHash(row);
    if (row.rowHash !== hash) {
      return { intact: false, id: row.id, problem: 'its content (at, actor, action, subject, before or after) no longer matches its row_hash: it was changed after it was written' };
    }
    if (wanted.has(row.id)) seen.set(row.id, hash);
    previous = { id: row.id, hash };
    head = { id: row.id, rowHash: hash, at: row.at };
  }
  for (const s of [...signed].sort((a, b) => a.head.id - b.head.id)) {
    const found = seen.get(s.head.id);
    if (found === undefined) {
      const end = head ? `the log now ends at row ${head.id}` : 'the log is now empty';
      return { intact: false, id: s.head.id, problem: `it was signed as the head on ${s.signedAt} and is missing: ${end} (truncated, or its last rows deleted)` };
    }
    if (found !== s.head.rowHash) {
      return { intact: false, id: s.head.id, problem: `its hash differs from the head signed on ${s.signedAt}: the log was rewritten` };
    }
  }
  return { intact: true, rows, head, signedHeads: signed.length };
}
