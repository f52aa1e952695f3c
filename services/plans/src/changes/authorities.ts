import type { AuthorityChange, AuthorityInput } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import {
  authorityRoleCount, deleteAuthority, insertAuthority, lockAuthority, otherSigner, updateAuthority,
} from '../repositories/organisation-parts.js';
import { existingEntityCodes, listAuthorities, lockOrganisation, type Authority } from '../repositories/organisations.js';
import { invalidField, refusedWith } from '../rules/refusal.js';
import { cellAuthorityKind } from '../rules/roles.js';
import { organisationMissing } from './organisations.js';

type Trx = Transaction<Database>;
// Authorities are audited under their organisation, as entities are.
const authorityMissing = (org: string, code: string) => refusedWith('missing', 'authority.not_found', `Authority ${code} of ${org}`);

async function authorityAfter(trx: Trx, org: string, code: string): Promise<Authority> {
  return (await listAuthorities(trx, org)).find((a) => a.code === code)!;
}

async function lockedOrganisation(trx: Trx, org: string) {
  if (!await lockOrganisation(trx, org)) throw organisationMissing(org);
}

/** Every entity of the scope exists; the first unknown one is named with its place in the list. */
async function checkScope(trx: Trx, org: string, scope: AuthorityInput['scope'] | undefined) {
  if (!scope) return;
  const known = await existingEntityCodes(trx, org, scope.entityCodes);
  const at = scope.entityCodes.findIndex((c) => !known.has(c));
  if (at >= 0) {
    throw invalidField('authority.unknown_entity', `body.scope.entityCodes.${at}`, `${org} has no entity ${scope.entityCodes[at]} (see GET /organisations/${org}/entities)`);
  }
}

/** One authority signs the plans (the strategic lifecycle runs from its signature); a second signer is refused. */
async function checkSigner(trx: Trx, org: string, code: string | null, signs: boolean | undefined) {
  if (!signs) return;
  const other = await otherSigner(trx, org, code);
  if (other) {
    throw refusedWith('conflict', 'authority.signer_taken', `${other} signs the plans of ${org} already; one authority signs. Change ${other} first (signs: false).`, { issues: [{ path: 'body.signs', message: `${other} signs already` }] });
  }
}

export async function createAuthority(db: Kysely<Database>, org: string, input: AuthorityInput, actor: string): Promise<Authority> {
  return db.transaction().execute(async (trx) => {
    await lockedOrganisation(trx, org);
    await checkScope(trx, org, input.scope);
    await checkSigner(trx, org, null, input.signs);
    if (!await insertAuthority(trx, org, input)) {
      throw refusedWith('conflict', 'authority.code_taken', `${org} has an authority ${input.code} already; choose another code or change that authority.`);
    }
    const created = await authorityAfter(trx, org, input.code);
    await recordAudit(trx, { actor, action: 'authority.created', subjectType: 'organisation', subjectId: org, after: created });
    return created;
  });
}

export async function changeAuthority(db: Kysely<Database>, org: string, code: string, change: AuthorityChange, actor: string): Promise<Authority> {
  return db.transaction().execute(async (trx) => {
    await lockedOrganisation(trx, org);
    if (!await lockAuthority(trx, org, code)) throw authorityMissing(org, code);
    const before = await authorityAfter(trx, org, code);
    await checkScope(trx, org, change.scope);
    await checkSigner(trx, org, code, change.signs);
    // A minister's cell belongs to a minister: the kind changes only once nobody holds a cell role for it.
    if (change.kind && change.kind !== before.kind && await authorityRoleCount(trx, org, code) > 0) {
      const role = Object.entries(cellAuthorityKind).find(([, kind]) => kind === before.kind)?.[0] ?? 'cell';
      throw refusedWith('conflict', 'authority.in_use', `People hold the role ${role} for ${code}; take those roles away before changing its kind.`);
    }
    await updateAuthority(trx, org, code, change);
    const after = await authorityAfter(trx, org, code);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordAudit(trx, { actor, action: 'authority.changed', subjectType: 'organisation', subjectId: org, before, after });
    }
    return after;
  });
}

/** Removes an authority whose cell nobody belongs to any more. */
export async function removeAuthority(db: Kysely<Database>, org: string, code: string, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockedOrganisation(trx, org);
    if (!await lockAuthority(trx, org, code)) throw authorityMissing(org, code);
    const before = await authorityAfter(trx, org, code);
    const holders = await authorityRoleCount(trx, org, code);
    if (holders > 0) {
      throw refusedWith('conflict', 'authority.in_use', `${holders} role(s) still belong to the cell of ${code}; take them away first. Nothing was removed.`);
    }
    await deleteAuthority(trx, org, code);
    await recordAudit(trx, { actor, action: 'authority.removed', subjectType: 'organisation', subjectId: org, before });
  });
}
