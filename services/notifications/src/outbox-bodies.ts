import { sql, type Kysely } from 'kysely';
import { bodyBinding, type BodyContent, type BodyKeyring } from './body-keys.js';
import type { Database, OutboxRow } from './database.js';

/*
 * The life of an outbox body at rest: sealed when queued, opened only to be sent, purged once the
 * message has been sent (or given up) for OUTBOX_RETENTION_DAYS. The row itself stays: it is the
 * record of what was sent to whom, when, and what the mail server answered.
 */

export const DEFAULT_RETENTION_DAYS = 30;
const PURGE_EVERY_MS = 60 * 60_000;

/** The text, HTML and params of a row, from its sealed body (or, for a row queued before sealing, its columns). */
export function openBody(row: OutboxRow, keys: BodyKeyring): BodyContent {
  if (row.body_key_id !== null && row.sealed_body !== null) return keys.open(bodyBinding(row), { keyId: row.body_key_id, sealed: row.sealed_body });
  if (row.text_body === null || row.html_body === null) throw new Error(`the body of e-mail ${row.id} was purged; it cannot be sent`);
  return { text: row.text_body, html: row.html_body, params: row.params };
}

/**
 * Seals the bodies of rows queued before bodies were sealed and not sent yet (the migration wiped
 * the others'), so that none stays in clear once a service with keys has started. Returns how many.
 */
export async function sealClearBodies(db: Kysely<Database>, keys: BodyKeyring): Promise<number> {
  const rows = await db.selectFrom('outbox').selectAll().where('sealed_body', 'is', null).where('text_body', 'is not', null).execute();
  for (const row of rows) {
    const { keyId, sealed } = keys.seal(bodyBinding(row), openBody(row, keys));
    await db.updateTable('outbox').set({ body_key_id: keyId, sealed_body: sealed, text_body: null, html_body: null, params: null })
      .where('id', '=', row.id).where('sealed_body', 'is', null).execute();
  }
  return rows.length;
}

/** Purges the bodies of messages sent or given up more than `retentionDays` before `now`. Returns how many. */
export async function purgeExpiredBodies(db: Kysely<Database>, now: Date, retentionDays: number): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  const purged = await db.updateTable('outbox')
    .set({ sealed_body: null, body_key_id: null, text_body: null, html_body: null, params: null, body_purged_at: now })
    .where('status', 'in', ['sent', 'failed'])
    .where('body_purged_at', 'is', null)
    .where(sql<Date>`coalesce(sent_at, created_at)`, '<', before)
    .executeTakeFirst();
  return Number(purged.numUpdatedRows);
}

export interface PurgeLog { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void }

/**
 * Purges now and then every hour until stopped. The timer does not keep the process alive: a
 * service that is stopping need not wait for the next purge.
 */
export function startBodyPurge(db: Kysely<Database>, retentionDays: number, log: PurgeLog): { stop: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = purgeExpiredBodies(db, new Date(), retentionDays).then(
      (n) => { if (n > 0) log.info({ purged: n, retentionDays }, 'e-mail bodies past their retention purged'); },
      (error: unknown) => log.error({ err: error }, 'purging e-mail bodies failed; trying again in an hour'),
    );
  };
  run();
  const timer = setInterval(run, PURGE_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
