import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';

export const SIGN_IN_LINK_MINUTES = 15;
export const SESSION_HOURS = 8;

export async function createSignInLink(db: Kysely<Database>, personId: string, tokenHash: string, nextPath: string) {
  return db.insertInto('sign_in_links')
    .values({ person_id: personId, token_hash: tokenHash, next_path: nextPath, expires_at: sql<Date>`now() + make_interval(mins => ${SIGN_IN_LINK_MINUTES})` })
    .returning(['id', 'expires_at', 'created_at']).executeTakeFirstOrThrow();
}

export function findSignInLink(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('sign_in_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Uses the link and opens the session in one transaction: of two clicks racing, one gets the
 * session and the other finds the link used.
 */
export async function useSignInLink(db: Kysely<Database>, tokenHash: string, sessionTokenHash: string) {
  return db.transaction().execute(async (trx) => {
    const link = await trx.updateTable('sign_in_links').set({ used_at: sql`now()` })
      .where('token_hash', '=', tokenHash).where('used_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
      .returning(['person_id', 'next_path']).executeTakeFirst();
    if (!link) return undefined;
    const session = await trx.insertInto('sessions')
      .values({ person_id: link.person_id, token_hash: sessionTokenHash, expires_at: sql<Date>`now() + make_interval(hours => ${SESSION_HOURS})` })
      .returning(['id', 'expires_at']).executeTakeFirstOrThrow();
    return { personId: link.person_id, nextPath: link.next_path, session };
  });
}

/** A live session: not revoked, not expired. */
export function findSession(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('sessions').selectAll()
    .where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

export async function revokeSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: sql`now()` }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}
