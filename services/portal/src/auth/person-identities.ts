import type { PersonClaims } from '@jalon/auth';
import type { Person } from '@jalon/contracts';
import type { PlansReader } from '../plans-reader.js';

/** Whom a provider's identity is in Jalon, or why nobody. */
export type Recognition =
  | { kind: 'known'; person: Person }
  | { kind: 'unknown'; reason: 'unverified-email' | 'not-found' | 'linked-to-another-identity'; email: string | null };

/**
 * Finds the Jalon person behind an identity at the provider. The link lives with the people, in the
 * plans service: by the provider's subject once linked, otherwise by a verified e-mail, which links
 * the subject for next time. An unverified e-mail never matches: anyone can type someone else's
 * address into an account.
 */
export class PersonIdentities {
  private readonly plans: PlansReader;
  constructor(plans: PlansReader) {
    this.plans = plans;
  }

  async recognise(claims: PersonClaims): Promise<Recognition> {
    const resolved = await this.plans.resolveIdentity(claims);
    if (resolved.kind === 'known') return { kind: 'known', person: resolved.person };
    if (resolved.kind === 'conflict') return { kind: 'unknown', reason: 'linked-to-another-identity', email: claims.email };
    if (claims.email && !claims.emailVerified) return { kind: 'unknown', reason: 'unverified-email', email: claims.email };
    return { kind: 'unknown', reason: 'not-found', email: claims.email };
  }

  /** The person id behind an access token, for the API; undefined for anyone Jalon does not know. */
  async personIdFor(claims: PersonClaims): Promise<string | undefined> {
    const found = await this.recognise(claims);
    return found.kind === 'known' ? found.person.id : undefined;
  }
}
