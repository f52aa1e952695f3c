import type { PersonClaims } from '@jalon/auth';
import type { Person } from '@jalon/contracts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { PlansReader } from '../plans-reader.js';

/** Whom a provider's identity is in Jalon, or why nobody. */
export type Recognition =
  | { kind: 'known'; person: Person }
  | { kind: 'unknown'; reason: 'unverified-email' | 'not-found' | 'linked-to-another-identity'; email: string | null };

/**
 * Finds the Jalon person behind an identity at the provider: by the provider's subject once it has
 * been linked, otherwise by a verified e-mail, which links the subject for next time. An unverified
 * e-mail never matches: anyone can type someone else's address into an account.
 */
export class PersonIdentities {
  constructor(private readonly db: Kysely<Database>, private readonly plans: PlansReader) {}

  async recognise(claims: PersonClaims): Promise<Recognition> {
    const linked = await this.db.updateTable('person_identities').set({ last_seen_at: sql`now()` })
      .where('issuer', '=', claims.issuer).where('subject', '=', claims.subject)
      .returning('person_id').executeTakeFirst();
    if (linked) {
      const person = await this.plans.person(linked.person_id);
      return person ? { kind: 'known', person } : { kind: 'unknown', reason: 'not-found', email: claims.email };
    }
    if (!claims.email) return { kind: 'unknown', reason: 'not-found', email: null };
    if (!claims.emailVerified) return { kind: 'unknown', reason: 'unverified-email', email: claims.email };
    const person = await this.plans.personByEmail(claims.email);
    if (!person) return { kind: 'unknown', reason: 'not-found', email: claims.email };
    return this.link(claims, person);
  }

  /** The person id behind an access token, for the API; undefined for anyone Jalon does not know. */
  async personIdFor(claims: PersonClaims): Promise<string | undefined> {
    const found = await this.recognise(claims);
    return found.kind === 'known' ? found.person.id : undefined;
  }

  private async link(claims: PersonClaims, person: Person): Promise<Recognition> {
    const inserted = await this.db.insertInto('person_identities')
      .values({ issuer: claims.issuer, subject: claims.subject, person_id: person.id, email_at_link: claims.email })
      .onConflict((c) => c.doNothing())
      .returning('person_id').executeTakeFirst();
    if (inserted) return { kind: 'known', person };
    // Two sign-ins of the same identity at once link it once; another identity already linked to
    // this person is not given their access (an address reassigned to someone new at the provider).
    const same = await this.db.selectFrom('person_identities').select('person_id')
      .where('issuer', '=', claims.issuer).where('subject', '=', claims.subject).executeTakeFirst();
    if (same?.person_id === person.id) return { kind: 'known', person };
    return { kind: 'unknown', reason: 'linked-to-another-identity', email: claims.email };
  }
}
