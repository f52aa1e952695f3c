import type { Person, PersonInput, Role, RoleAssignment, RoleHolder, RoleHoldersQuery } from '@jalon/contracts';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, PeopleTable } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;
type PersonRow = Selectable<PeopleTable>;

async function withRoles(db: Db, people: PersonRow[]): Promise<Person[]> {
  if (people.length === 0) return [];
  const roles = await db.selectFrom('person_roles').selectAll().where('person_id', 'in', people.map((p) => p.id))
    .orderBy('role').orderBy('entity_code').orderBy('authority_code').execute();
  const delegations = roles.length === 0 ? [] : await db.selectFrom('role_delegations').selectAll()
    .where('role_id', 'in', roles.map((r) => r.id)).orderBy('starts_on').orderBy('created_at').execute();
  return people.map((p) => ({
    id: p.id,
    organisationCode: p.organisation_code,
    name: p.name,
    email: p.email,
    language: p.language,
    roles: roles.filter((r) => r.person_id === p.id).map((r) => ({
      id: r.id,
      role: r.role as Role,
      entityCode: r.entity_code,
      authorityCode: r.authority_code,
      delegations: delegations.filter((d) => d.role_id === r.id)
        .map((d) => ({ id: d.id, deputyId: d.deputy_id, startsOn: d.starts_on, endsOn: d.ends_on })),
    })),
    revision: p.revision,
  }));
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

export async function getPersonByEmail(db: Kysely<Database>, email: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where(sql`lower(email)`, '=', email.trim().toLowerCase()).executeTakeFirst();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

export async function listPeople(db: Kysely<Database>, organisationCode: string, query: { role?: Role | undefined; limit: number; offset: number }) {
  let q = db.selectFrom('people').where('organisation_code', '=', organisationCode);
  if (query.role) {
    const role = query.role;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('person_roles').select('id').whereRef('person_id', '=', 'people.id').where('role', '=', role)));
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('name').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withRoles(db, rows), total: count.n, limit: query.limit, offset: query.offset };
}

/** Who holds an e-mail address, whatever its case. */
export function emailHolder(db: Db, email: string) {
  return db.selectFrom('people').select(['id', 'name']).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export function insertPerson(trx: Transaction<Database>, organisationCode: string, input: PersonInput) {
  return trx.insertInto('people').values({ organisation_code: organisationCode, name: input.name, email: input.email, language: input.language })
    .returningAll().executeTakeFirstOrThrow();
}

/** The person's row, locked until the transaction ends. */
export function lockPerson(trx: Transaction<Database>, personId: string) {
  return trx.selectFrom('people').selectAll().where('id', '=', personId).forUpdate().executeTakeFirst();
}

/** A change of the person's roles or delegations moves the person's revision on. */
export async function bumpPerson(trx: Transaction<Database>, personId: string): Promise<void> {
  await trx.updateTable('people').set({ revision: sql`revision + 1` }).where('id', '=', personId).execute();
}

export function rolesOf(db: Db, personId: string, role?: Role) {
  let q = db.selectFrom('person_roles').selectAll().where('person_id', '=', personId);
  if (role !== undefined) q = q.where('role', '=', role);
  return q.execute();
}

export function roleOf(db: Db, personId: string, roleId: string) {
  return db.selectFrom('person_roles').selectAll().where('id', '=', roleId).where('person_id', '=', personId).executeTakeFirst();
}

export async function insertRoles(trx: Transaction<Database>, personId: string, roles: RoleAssignment[]): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await trx.insertInto('person_roles')
    .values(roles.map((a) => ({ person_id: personId, role: a.role, entity_code: a.entityCode, authority_code: a.authorityCode })))
    .returning('id').execute();
  return rows.map((r) => r.id);
}

/** Deletes a role; its delegations go with it (cascade). */
export async function deleteRole(trx: Transaction<Database>, roleId: string): Promise<void> {
  await trx.deleteFrom('person_roles').where('id', '=', roleId).execute();
}

export function delegationsOf(db: Db, roleId: string) {
  return db.selectFrom('role_delegations').select(['id', 'deputy_id', 'starts_on', 'ends_on']).where('role_id', '=', roleId).execute();
}

export async function insertDelegation(trx: Transaction<Database>, roleId: string, input: { deputyId: string; startsOn: string; endsOn: string }): Promise<string> {
  const row = await trx.insertInto('role_delegations')
    .values({ role_id: roleId, deputy_id: input.deputyId, starts_on: input.startsOn, ends_on: input.endsOn }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the person belongs to the organisation. */
export async function personIn(db: Db, organisationCode: string, personId: string): Promise<boolean> {
  const row = await db.selectFrom('people').select('id').where('id', '=', personId).where('organisation_code', '=', organisationCode).executeTakeFirst();
  return row !== undefined;
}

/**
 * Whom to ask for a role on a day: those who hold it, and the deputies whose delegation covers that
 * day. The holder stays listed while delegated: the deputy stands in, the role is not taken away.
 */
export async function roleHolders(db: Kysely<Database>, organisationCode: string, query: RoleHoldersQuery): Promise<RoleHolder[]> {
  let roles = db.selectFrom('person_roles as r').innerJoin('people as p', 'p.id', 'r.person_id')
    .where('p.organisation_code', '=', organisationCode).where('r.role', '=', query.role);
  if (query.entityCode) roles = roles.where('r.entity_code', '=', query.entityCode);
  if (query.authorityCode) roles = roles.where('r.authority_code', '=', query.authorityCode);
  const [direct, delegated] = await Promise.all([
    roles.select(['p.id', 'p.name', 'p.email', 'p.language', 'r.role', 'r.entity_code', 'r.authority_code']).orderBy('p.name').orderBy('p.id').execute(),
    roles.innerJoin('role_delegations as d', 'd.role_id', 'r.id').innerJoin('people as deputy', 'deputy.id', 'd.deputy_id')
      .where('d.starts_on', '<=', query.on).where('d.ends_on', '>=', query.on)
      .select([
        'deputy.id', 'deputy.name', 'deputy.email', 'deputy.language', 'r.role', 'r.entity_code', 'r.authority_code',
        'p.id as holder_id', 'p.name as holder_name', 'd.id as delegation_id', 'd.starts_on', 'd.ends_on',
      ]).orderBy('deputy.name').orderBy('d.starts_on').execute(),
  ]);
  const holders: RoleHolder[] = direct.map((r) => ({
    personId: r.id, name: r.name, email: r.email, language: r.language, role: r.role as Role, entityCode: r.entity_code, authorityCode: r.authority_code, asDeputyOf: null,
  }));
  const seen = new Set(holders.map((h) => `${h.personId}|${h.entityCode}|${h.authorityCode}`));
  for (const d of delegated) {
    // Someone who holds the role in their own right, or already stands in for it, is asked once.
    const key = `${d.id}|${d.entity_code}|${d.authority_code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    holders.push({
      personId: d.id, name: d.name, email: d.email, language: d.language, role: d.role as Role, entityCode: d.entity_code, authorityCode: d.authority_code,
      asDeputyOf: { personId: d.holder_id, name: d.holder_name, delegationId: d.delegation_id, startsOn: d.starts_on, endsOn: d.ends_on },
    });
  }
  return holders;
}

/** One delegation of one of the person's roles, with the role it delegates. */
export function delegationOf(db: Db, personId: string, delegationId: string) {
  return db.selectFrom('role_delegations').innerJoin('person_roles', 'person_roles.id', 'role_delegations.role_id')
    .select(['role_delegations.id', 'role_delegations.role_id', 'role_delegations.deputy_id', 'role_delegations.starts_on', 'role_delegations.ends_on',
      'person_roles.role', 'person_roles.entity_code', 'person_roles.authority_code'])
    .where('person_roles.person_id', '=', personId).where('role_delegations.id', '=', delegationId).executeTakeFirst();
}

export async function deleteDelegation(trx: Transaction<Database>, delegationId: string): Promise<void> {
  await trx.deleteFrom('role_delegations').where('id', '=', delegationId).execute();
}
