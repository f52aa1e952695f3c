import { personOf, type Caller } from '@jalon/auth';
import type { Person, Role } from '@jalon/contracts';
import { brusselsDateOf } from '@jalon/domain';
import { HttpError } from '@jalon/service-kit';
import type { PlansReader } from '../plans-reader.js';

/**
 * Who may do what, from the plans service: the roles a person holds today, deputies included. The
 * portal keeps no copy, so a role removed there is refused here at once.
 */
export class RoleCheck {
  private readonly plans: PlansReader;
  constructor(plans: PlansReader) {
    this.plans = plans;
  }

  /** The person acting, as authentication established it; 401 when it names nobody Jalon knows. */
  async actor(caller: Caller): Promise<Person> {
    const personId = personOf(caller);
    if (!personId) throw new HttpError(401, 'Sign in: call with your access token from the identity provider (Authorization: Bearer).', { code: 'auth.sign_in_required' });
    const person = await this.plans.person(personId);
    if (!person) throw new HttpError(401, `No person ${personId} is known to Jalon; ask the President's office to add you.`, { code: 'auth.unknown_person' });
    return person;
  }

  /** Whether the person holds one of the roles today, in their own right or as a deputy. */
  async holds(org: string, person: Person, roles: readonly Role[]): Promise<boolean> {
    return this.require(org, person, roles, '').then(() => true, (error: unknown) => {
      if (error instanceof HttpError && error.statusCode === 403) return false;
      throw error;
    });
  }

  /** 403 unless the person holds one of the roles today, in their own right or as a deputy. */
  async require(org: string, person: Person, roles: readonly Role[], what: string): Promise<Role> {
    const on = brusselsDateOf(new Date());
    for (const role of roles) {
      const holders = await this.plans.roleHolders(org, role, on);
      if (holders?.some((h) => h.personId === person.id)) return role;
    }
    throw new HttpError(403, `${person.name} may not ${what}: it needs the role ${roles.join(' or ')} in ${org} today.`, { code: 'auth.role_required' });
  }
}
