import type { IssueLinkRequest, Role } from '@jalon/contracts';
import type { ApprovalRoundInput } from './messages.js';

/**
 * The roles that entitle a member to decide in a step, as the workflows choose the members: the
 * committee's members, the State Secretary's cell, the President's office for consolidation, and
 * for a drafting task the entity's drafters (or the President's office when it has none).
 */
function rolesForStep(step: string): Role[] {
  if (step === 'committee') return ['committee_member'];
  if (step === 'state_secretary_review') return ['state_secretary_cell'];
  if (step === 'consolidation') return ['president_office'];
  if (step.startsWith('drafting:')) return ['drafter', 'president_office'];
  return [];
}

/**
 * What the portal checks on the day a link is opened and a decision made: the person still holds
 * one of the step's roles in the organisation (a role removed or a delegation ended supersedes the
 * link). Nothing for a round started without its organisation, or a step with no known role.
 */
export function linkHolder(input: ApprovalRoundInput): Pick<IssueLinkRequest, 'holder'> {
  const roles = rolesForStep(input.step);
  return input.organisationCode && roles.length > 0 ? { holder: { organisationCode: input.organisationCode, roles } } : {};
}
