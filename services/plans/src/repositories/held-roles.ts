import type { Role } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** A role a person holds on a day: in their own right, or standing in for its holder. */
export interface HeldRole { role: Role; entityCode: string | null }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Identifiers from a token or a path are checked before they reach a uuid column. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Whether the person belongs to the organisation. */
export async function isMember(db: Kysely<Database>, personId: string, organisationCode: string): Promise<boolean> {
  if (!isUuid(personId)) return false;
  const row = await db.selectFrom('people').select('id').where('id', '=', personId).where('organisation_code', '=', organisationCode).executeTakeFirst();
  return row !== undefined;
}

/**
 * The roles a person holds in an organisation on a day, deputies included: what the access checks
 * ask. A role held in another organisation counts for nothing here.
 */
export async function rolesHeldOn(db: Kysely<Database>, personId: string, organisationCode: string, on: string): Promise<HeldRole[]> {
  if (!isUuid(personId)) return [];
  const [own, delegated] = await Promise.all([
    db.selectFrom('person_roles as r').innerJoin('people as p', 'p.id', 'r.person_id')
      .where('r.person_id', '=', personId).where('p.organisation_code', '=', organisationCode)
      .select(['r.role', 'r.entity_code']).execute(),
    db.selectFrom('role_delegations as d').innerJoin('person_roles as r', 'r.id', 'd.role_id').innerJoin('people as p', 'p.id', 'r.person_id')
      .innerJoin('people as deputy', 'deputy.id', 'd.deputy_id')
      .where('d.deputy_id', '=', personId).where('p.organisation_code', '=', organisationCode).where('deputy.organisation_code', '=', organisationCode)
      .where('d.starts_on', '<=', on).where('d.ends_on', '>=', on)
      .select(['r.role', 'r.entity_code']).execute(),
  ]);
  return [...own, ...delegated].map((r) => ({ role: r.role as Role, entityCode: r.entity_code }));
}
