import type { PeopleDirectory } from '@jalon/auth';
import { roleSchema } from '@jalon/contracts';
import type { RoleCheck } from '../cycles/roles.js';
import type { PlansReader } from '../plans-reader.js';

/**
 * The access rules' view of people, read from the plans service at each call: a role removed there
 * is refused here at once. `member` means the person belongs to the organisation.
 */
export function plansDirectory(plans: PlansReader, roles: RoleCheck): PeopleDirectory {
  return {
    async holds(personId, organisationCode, wanted) {
      const person = await plans.person(personId);
      if (!person) return false;
      if (wanted === 'member') return person.organisationCode === organisationCode;
      return roles.holds(organisationCode, person, wanted.map((role) => roleSchema.parse(role)));
    },
  };
}
