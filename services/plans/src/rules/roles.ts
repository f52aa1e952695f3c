import type { Role, RoleAssignment } from '@jalon/contracts';
import { invalidReference, refusedWith } from './refusal.js';

/** A minister's or state secretary's cell belongs to an authority of that kind. */
export const cellAuthorityKind: Partial<Record<Role, 'minister' | 'state_secretary'>> = {
  minister_cell: 'minister',
  state_secretary_cell: 'state_secretary',
};

export const sameAssignment = (a: RoleAssignment, b: { role: string; entity_code: string | null; authority_code: string | null }) =>
  a.role === b.role && a.entityCode === b.entity_code && a.authorityCode === b.authority_code;

export const describeAssignment = (a: RoleAssignment) => [a.role, a.entityCode, a.authorityCode].filter(Boolean).join(' ');

/** A role points at what it needs: a drafter at one entity, a cell at an authority. */
export function checkAssignmentTargets(organisationCode: string, a: RoleAssignment, path: string): void {
  if (a.role === 'drafter' && !a.entityCode) {
    throw invalidReference(`${path}.entityCode`, `a drafter writes for an entity; name it (see GET /organisations/${organisationCode}/entities)`);
  }
  if (a.entityCode === 'ALL') throw invalidReference(`${path}.entityCode`, 'name one entity, not ALL');
}

/** The authority a role names exists, and is of the kind the role's cell serves. */
export function checkAssignmentAuthority(organisationCode: string, a: RoleAssignment, path: string, kind: string | undefined): void {
  const expected = cellAuthorityKind[a.role];
  if (expected && !a.authorityCode) {
    throw invalidReference(`${path}.authorityCode`, `a ${a.role.replaceAll('_', ' ')} belongs to the cell of an authority; name it (see GET /organisations/${organisationCode}/authorities)`);
  }
  if (!a.authorityCode) return;
  if (!kind) throw invalidReference(`${path}.authorityCode`, `unknown authority ${a.authorityCode} (see GET /organisations/${organisationCode}/authorities)`);
  if (expected && kind !== expected) {
    throw invalidReference(`${path}.authorityCode`, `${a.authorityCode} is a ${kind.replaceAll('_', ' ')}, not a ${expected.replaceAll('_', ' ')}; choose the matching role or authority`);
  }
}

/** An e-mail identifies one person. */
export const emailTaken = (email: string, holder?: { id: string; name: string }) => refusedWith('conflict', 'person.email_taken',
  `The e-mail ${email} is already registered${holder ? ` for ${holder.name} (${holder.id})` : ''}; an e-mail identifies one person. Use that person (GET /people/by-email/${encodeURIComponent(email)}) or give another e-mail.`);
