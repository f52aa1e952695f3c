import type { EntityChange, EntityInput } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { ancestorsOf, deleteEntity, entityUsage, insertEntity, lockEntity, updateEntity } from '../repositories/organisation-parts.js';
import { existingEntityCodes, listEntities, lockOrganisation, type Entity } from '../repositories/organisations.js';
import { invalidField, refusedWith } from '../rules/refusal.js';
import { organisationMissing } from './organisations.js';

type Trx = Transaction<Database>;
// Entities are audited under their organisation (subject `organisation`), so its audit tells its whole configuration's story.
const entityMissing = (org: string, code: string) => refusedWith('missing', 'entity.not_found', `Entity ${code} of ${org}`);

async function entityAfter(trx: Trx, org: string, code: string): Promise<Entity> {
  return (await listEntities(trx, org)).find((e) => e.code === code)!;
}

/** The parent exists, and is neither the entity itself nor one of its descendants. */
async function checkParent(trx: Trx, org: string, code: string, parentCode: string | null) {
  if (parentCode === null) return;
  if (parentCode === code) throw invalidField('entity.parent_cycle', 'body.parentCode', 'an entity cannot be its own parent');
  if (!(await existingEntityCodes(trx, org, [parentCode])).has(parentCode)) {
    throw invalidField('entity.unknown_parent', 'body.parentCode', `${org} has no entity ${parentCode} (see GET /organisations/${org}/entities)`);
  }
  if ((await ancestorsOf(trx, org, parentCode)).includes(code)) {
    throw invalidField('entity.parent_cycle', 'body.parentCode', `${parentCode} belongs to ${code} already; an entity cannot belong to its own part`);
  }
}

async function lockedOrganisation(trx: Trx, org: string) {
  if (!await lockOrganisation(trx, org)) throw organisationMissing(org);
}

export async function createEntity(db: Kysely<Database>, org: string, input: EntityInput, actor: string): Promise<Entity> {
  return db.transaction().execute(async (trx) => {
    await lockedOrganisation(trx, org);
    await checkParent(trx, org, input.code, input.parentCode);
    if (!await insertEntity(trx, org, input)) {
      throw refusedWith('conflict', 'entity.code_taken', `${org} has an entity ${input.code} already; choose another code or change that entity.`);
    }
    const created = await entityAfter(trx, org, input.code);
    await recordAudit(trx, { actor, action: 'entity.created', subjectType: 'organisation', subjectId: org, after: created });
    return created;
  });
}

export async function changeEntity(db: Kysely<Database>, org: string, code: string, change: EntityChange, actor: string): Promise<Entity> {
  return db.transaction().execute(async (trx) => {
    await lockedOrganisation(trx, org);
    if (!await lockEntity(trx, org, code)) throw entityMissing(org, code);
    const before = await entityAfter(trx, org, code);
    if (change.parentCode !== undefined) await checkParent(trx, org, code, change.parentCode);
    await updateEntity(trx, org, code, change);
    const after = await entityAfter(trx, org, code);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordAudit(trx, { actor, action: 'entity.changed', subjectType: 'organisation', subjectId: org, before, after });
    }
    return after;
  });
}

/** Removes an entity nothing names any more; one still named by roles, entities, scopes or plans is refused with what names it. */
export async function removeEntity(db: Kysely<Database>, org: string, code: string, actor: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockedOrganisation(trx, org);
    if (!await lockEntity(trx, org, code)) throw entityMissing(org, code);
    const before = await entityAfter(trx, org, code);
    const usedBy = await entityUsage(trx, org, code);
    if (usedBy.length > 0) {
      throw refusedWith('conflict', 'entity.in_use', `${code} is still named by ${usedBy.join(', ').replaceAll('_', ' ')}; change those first. Nothing was removed.`, { usedBy });
    }
    await deleteEntity(trx, org, code);
    await recordAudit(trx, { actor, action: 'entity.removed', subjectType: 'organisation', subjectId: org, before });
  });
}
