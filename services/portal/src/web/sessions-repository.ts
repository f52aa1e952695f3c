import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';

export const SIGN_IN_LINK_MINUTES = 15;
export const SESSION_HOURS = 8;

/**
 * A sign-in link for the person, unless they already received `perHour` in the last hour: whoever
 * types their address, from however many machines, cannot flood their mailbox. Requests for the
 * same person wait for each other, so the count is exact.
 */
export async function createSignInLink(db: Kysely<Database>, personId: string, tokenHash: string, nextPath: string, perHour: number) {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`sign-in-links:${personId}`}))`.execute(trx);
    const recent = await trx.selectFrom('sign_in_links').select((eb) => eb.fn.countAll<string>().as('n'))
      .where('person_id', '=', personId).where('created_at', '>', sql<Date>`now() - interval '1 hour'`).executeTakeFirstOrThrow();
    if (Number(recent.n) >= perHour) return undefined;
    return trx.insertInto('sign_in_links')
      .values({ person_id: personId, token_hash: tokenHash, next_path: nextPath, expires_at: sql<Date>`now() + make_interval(mins => ${SIGN_IN_LINK_MINUTES})` })
      .returning(['id', 'expires_at', 'created_at']).executeTakeFirstOrThrow();
  });
}

/**
 * A session of SESSION_HOURS; a session opened through the provider keeps its ID token, sealed
 * (session-id-token.ts), for signing out there.
 */
export function openSession(db: Kysely<Database>, personId: string, tokenHash: string, sealedIdToken: string | null = null) {
  return db.insertInto('sessions')
    .values({ person_id: personId, token_hash: tokenHash, sealed_id_token: sealedIdToken, expires_at: sql<Date>`now() + make_interval(hours => ${SESSION_HOURS})` })
    .returning(['id', 'expires_at']).executeTakeFirstOrThrow();
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
    const session = await openSession(trx, link.person_id, sessionTokenHash);
    return { personId: link.person_id, nextPath: link.next_path, session };
  });
}

/** A live session: not revoked, not expired. */
export function findSession(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('sessions').select(['id', 'person_id', 'expires_at'])
    .where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

/** Ends the session; gives back the provider's ID token, sealed, when the session was opened there. */
export async function revokeSession(db: Kysely<Database>, id: string): Promise<string | null> {
  const revoked = await db.updateTable('sessions').set({ revoked_at: sql`now()` }).where('id', '=', id).where('revoked_at', 'is', null)
    .returning('sealed_id_token').executeTakeFirst();
  return revoked?.sealed_id_token ?? null;
}
