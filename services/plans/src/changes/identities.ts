import type { PersonClaims } from '@jalon/auth';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { linkIdentity, lockPersonByEmail, personByIdentity } from '../repositories/identities.js';
import { conflict, missing } from '../rules/refusal.js';

const isUniqueViolation = (error: unknown) =>
  (error as { code?: unknown }).code === '23505' && (error as { constraint?: unknown }).constraint === 'people_identity';

/**
 * The Jalon person behind an identity of the organisation's provider: the one linked to its
 * subject; otherwise, the first time, the one registered with its e-mail if the provider verified
 * it, which links them (audited). A changed e-mail at the provider still finds the person by
 * subject; an e-mail never moves a person already linked to another identity.
 */
export async function resolveIdentity(db: Kysely<Database>, claims: PersonClaims, actor: string): Promise<string> {
  const linked = await personByIdentity(db, claims.issuer, claims.subject);
  if (linked) return linked.id;
  const unknown = missing(`A person signing in as ${claims.subject} at ${claims.issuer}`);
  if (!claims.emailVerified || claims.email === null) throw unknown;
  const email = claims.email;
  try {
    return await db.transaction().execute(async (trx) => {
      const person = await lockPersonByEmail(trx, email);
      if (!person) throw unknown;
      // The same first sign-in twice at once (a script's parallel calls with one fresh token): the
      // other linked it while this one waited for the row's lock.
      if (person.identity_issuer === claims.issuer && person.identity_subject === claims.subject) return person.id;
      if (person.identity_subject !== null) {
        throw conflict(`The person registered with ${email} signs in with another identity of ${person.identity_issuer}; an e-mail alone does not change it. Ask an organisation administrator.`);
      }
      await linkIdentity(trx, person.id, claims.issuer, claims.subject);
      await recordAudit(trx, { actor, action: 'person.identity_linked', subjectType: 'person', subjectId: person.id, after: { issuer: claims.issuer, subject: claims.subject, email } });
      return person.id;
    });
  } catch (error) {
    // The same first sign-in twice at once: the index let one link through; that one answers.
    if (!isUniqueViolation(error)) throw error;
    const winner = await personByIdentity(db, claims.issuer, claims.subject);
    if (!winner) throw error;
    return winner.id;
  }
}
