import type { Role } from '@jalon/contracts';
import { brusselsDateOf } from '@jalon/domain';
import type { PlansReader } from '../plans-reader.js';

/** What a link says about who may decide with it. */
export interface LinkHolder { person_id: string; holder_organisation: string | null; holder_roles: Role[] | null }

/**
 * Whether the person of a link still holds one of the roles it was sent for, on a day (Brussels),
 * in their own right or as a deputy whose delegation covers that day: the plans service is asked,
 * never a copy, so a role removed or a delegation ended there stops the link at once. A link issued
 * without roles (before they were recorded) is not checked. Throws (503) when the plans service
 * does not answer: a decision is not made on a role nobody could check.
 */
export class LinkHolderCheck {
  private readonly plans: PlansReader;
  constructor(plans: PlansReader) {
    this.plans = plans;
  }

  async holds(link: LinkHolder, on: string = brusselsDateOf(new Date())): Promise<boolean> {
    if (!link.holder_organisation || !link.holder_roles) return true;
    for (const role of link.holder_roles) {
      const holders = await this.plans.roleHolders(link.holder_organisation, role, on);
      if (holders?.some((h) => h.personId === link.person_id)) return true;
    }
    return false;
  }
}
