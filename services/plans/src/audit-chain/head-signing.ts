import type { ServiceSigningKey } from '@jalon/auth';
import { sql, type Kysely } from 'kysely';
import { canonicalTime } from './row-hash.js';
import { appendSignedHead, lastSignedHead, signHead, type ChainHead, type SignedHead } from './signed-heads.js';

/** The last row of the audit log as stored; undefined while the log is empty. */
export async function currentHead(db: Kysely<any>): Promise<ChainHead | undefined> {
  const { rows: [row] } = await sql<{ id: number; at: string; row_hash: string }>`
    select id, ${canonicalTime(sql.ref('at'))} as at, row_hash from audit_log order by id desc limit 1`.execute(db);
  return row ? { id: row.id, rowHash: row.row_hash, at: row.at } : undefined;
}

/**
 * Signs the current head into the heads folder, unless the last line there already is that head
 * (a quiet log does not grow the file). Returns what it appended, if anything.
 */
export async function signCurrentHead(db: Kysely<any>, dir: string, key: ServiceSigningKey): Promise<SignedHead | undefined> {
  const head = await currentHead(db);
  if (!head) return undefined;
  const last = lastSignedHead(dir);
  if (last && last.id === head.id && last.rowHash === head.rowHash) return undefined;
  const signed = signHead(key, head);
  appendSignedHead(dir, signed);
  return signed;
}

export interface HeadSigning { stop: () => Promise<void> }

/**
 * The plans service signs its chain head at start (awaited: a folder it cannot write is found at
 * once) and then every `everyMs` (a day at most). The timer does not keep the process alive, and
 * stop() waits for a signature under way, so it never runs on a closed pool.
 */
export async function startHeadSigning(db: Kysely<any>, options: {
  dir: string; key: ServiceSigningKey; everyMs: number; onError: (error: unknown) => void;
}): Promise<HeadSigning> {
  await signCurrentHead(db, options.dir, options.key);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = signCurrentHead(db, options.dir, options.key).catch(options.onError);
  }, options.everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
