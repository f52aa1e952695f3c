import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The person linked to a provider identity. */
export function personByIdentity(db: Db, issuer: string, subject: string) {
  return db.selectFrom('people').select(['id', 'identity_issuer', 'identity_subject'])
    .where('identity_issuer', '=', issuer).where('identity_subject', '=', subject).executeTakeFirst();
}

/** The person holding an e-mail address (whatever its case), locked until the transaction ends. */
export function lockPersonByEmail(trx: Transaction<Database>, email: string) {
  return trx.selectFrom('people').select(['id', 'identity_issuer', 'identity_subject'])
    .where(sql`lower(email)`, '=', email.trim().toLowerCase()).forUpdate().executeTakeFirst();
}

export async function linkIdentity(trx: Transaction<Database>, personId: string, issuer: string, subject: string): Promise<void> {
  await trx.updateTable('people').set({ identity_issuer: issuer, identity_subject: subject, revision: sql`revision + 1` }).where('id', '=', personId).execute();
}
