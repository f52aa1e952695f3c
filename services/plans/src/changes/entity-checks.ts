import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { existingEntityCodes } from '../repositories/organisations.js';
import { invalidReference } from '../rules/refusal.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Refuses entity codes the organisation does not have; 'ALL' stands for every entity. */
export async function checkEntitiesExist(db: Db, organisationCode: string, codes: string[], path: string): Promise<void> {
  const wanted = [...new Set(codes.filter((c) => c !== 'ALL'))];
  const known = await existingEntityCodes(db, organisationCode, wanted);
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length > 0) throw invalidReference(path, `unknown entity ${unknown.join(', ')} (see GET /organisations/${organisationCode}/entities)`);
}

/** An operational objective or a project has one owner: an entity of the organisation, not ALL. */
export async function checkOneEntity(db: Db, organisationCode: string, code: string, path: string): Promise<void> {
  if (code === 'ALL') throw invalidReference(path, 'name the one entity that owns it, not ALL');
  await checkEntitiesExist(db, organisationCode, [code], path);
}
