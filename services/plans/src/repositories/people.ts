import type { DelegationInput, Person, PersonInput, Role, RoleAssignment, RoleHolder, RoleHoldersQuery } from '@jalon/contracts';
import { HttpError, notFound } from '@jalon/service-kit';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { recordAudit } from '../audit.js';
import type { Database, PeopleTable } from '../database.js';
import { invalidReference } from '../errors.js';
import { assertEntitiesExist } from './organisations.js';

type Db = Kysely<Database> | Transaction<Database>;
type PersonRow = Selectable<PeopleTable>;

const cellAuthorityKind: Partial<Record<Role, 'minister' | 'state_secretary'>> = {
  minister_cell: 'minister',
  state_secretary_cell: 'state_secretary',
};

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

export async function getPerson(db: Db, id: string): Promise<Person> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Person ${id}`);
  return (await withRoles(db, [row]))[0]!;
}

export async function getPersonByEmail(db: Kysely<Database>, email: string): Promise<Person> {
  const row = await db.selectFrom('people').selectAll().where(sql`lower(email)`, '=', email.trim().toLowerCase()).executeTakeFirst();
  if (!row) throw new HttpError(404, `No one is registered with the e-mail ${email}; check the address, or register the person first.`);
  return (await withRoles(db, [row]))[0]!;
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

/** A role must point at what it needs: a drafter at an entity, a cell at an authority of the matching kind. */
async function assertAssignment(db: Db, organisationCode: string, a: RoleAssignment, path: string) {
  if (a.role === 'drafter' && !a.entityCode) {
    throw invalidReference(`${path}.entityCode`, `a drafter writes for an entity; name it (see GET /organisations/${organisationCode}/entities)`);
  }
  if (a.entityCode) {
    if (a.entityCode === 'ALL') throw invalidReference(`${path}.entityCode`, 'name one entity, not ALL');
    await assertEntitiesExist(db, organisationCode, [a.entityCode], `${path}.entityCode`);
  }
  const kind = cellAuthorityKind[a.role];
  if (kind && !a.authorityCode) {
    throw invalidReference(`${path}.authorityCode`, `a ${a.role.replaceAll('_', ' ')} belongs to the cell of an authority; name it (see GET /organisations/${organisationCode}/authorities)`);
  }
  if (a.authorityCode) {
    const authority = await db.selectFrom('authorities').select('kind').where('organisation_code', '=', organisationCode).where('code', '=', a.authorityCode).executeTakeFirst();
    if (!authority) throw invalidReference(`${path}.authorityCode`, `unknown authority ${a.authorityCode} (see GET /organisations/${organisationCode}/authorities)`);
    if (kind && authority.kind !== kind) {
      throw invalidReference(`${path}.authorityCode`, `${a.authorityCode} is a ${authority.kind.replaceAll('_', ' ')}, not a ${kind.replaceAll('_', ' ')}; choose the matching role or authority`);
    }
  }
}

const sameAssignment = (a: RoleAssignment, b: { role: string; entity_code: string | null; authority_code: string | null }) =>
  a.role === b.role && a.entityCode === b.entity_code && a.authorityCode === b.authority_code;

const describe = (a: RoleAssignment) => [a.role, a.entityCode, a.authorityCode].filter(Boolean).join(' ');

const emailTaken = (email: string, holder?: { id: string; name: string }) => new HttpError(409,
  `The e-mail ${email} is already registered${holder ? ` for ${holder.name} (${holder.id})` : ''}; an e-mail identifies one person. Use that person (GET /people/by-email/${encodeURIComponent(email)}) or give another e-mail.`);

const isUniqueViolation = (error: unknown, constraint: string) =>
  (error as { code?: unknown }).code === '23505' && (error as { constraint?: unknown }).constraint === constraint;

export async function createPerson(db: Kysely<Database>, organisationCode: string, input: PersonInput, actor: string): Promise<Person> {
  try {
    return await db.transaction().execute(async (trx) => {
      const org = await trx.selectFrom('organisations').select('code').where('code', '=', organisationCode).executeTakeFirst();
      if (!org) throw notFound(`Organisation ${organisationCode}`);
      const holder = await trx.selectFrom('people').select(['id', 'name']).where(sql`lower(email)`, '=', input.email.toLowerCase()).executeTakeFirst();
      if (holder) throw emailTaken(input.email, holder);
      for (const [i, a] of input.roles.entries()) {
        await assertAssignment(trx, organisationCode, a, `body.roles.${i}`);
        const earlier = input.roles.findIndex((b) => b.role === a.role && b.entityCode === a.entityCode && b.authorityCode === a.authorityCode);
        if (earlier < i) throw invalidReference(`body.roles.${i}`, `the role ${describe(a)} is already listed at body.roles.${earlier}; list it once`);
      }
      const person = await trx.insertInto('people').values({ organisation_code: organisationCode, name: input.name, email: input.email, language: input.language })
        .returningAll().executeTakeFirstOrThrow();
      if (input.roles.length > 0) {
        await trx.insertInto('person_roles').values(input.roles.map((a) => ({ person_id: person.id, role: a.role, entity_code: a.entityCode, authority_code: a.authorityCode }))).execute();
      }
      await recordAudit(trx, { actor, action: 'person.created', subjectType: 'person', subjectId: person.id, after: { organisationCode, ...input } });
      return getPerson(trx, person.id);
    });
  } catch (error) {
    // Two registrations of one e-mail at the same moment: the index decides, the answer is the same.
    if (isUniqueViolation(error, 'people_email')) throw emailTaken(input.email);
    throw error;
  }
}

async function lockPerson(trx: Transaction<Database>, personId: string) {
  const person = await trx.selectFrom('people').selectAll().where('id', '=', personId).forUpdate().executeTakeFirst();
  if (!person) throw notFound(`Person ${personId}`);
  return person;
}

const bumpPerson = (trx: Transaction<Database>, personId: string) =>
  trx.updateTable('people').set({ revision: sql`revision + 1` }).where('id', '=', personId).execute();

export async function addRole(db: Kysely<Database>, personId: string, assignment: RoleAssignment, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const person = await lockPerson(trx, personId);
    await assertAssignment(trx, person.organisation_code, assignment, 'body');
    const held = await trx.selectFrom('person_roles').selectAll().where('person_id', '=', personId).execute();
    if (held.some((r) => sameAssignment(assignment, r))) {
      throw new HttpError(409, `${person.name} already holds the role ${describe(assignment)}; nothing was changed.`);
    }
    const role = await trx.insertInto('person_roles')
      .values({ person_id: personId, role: assignment.role, entity_code: assignment.entityCode, authority_code: assignment.authorityCode })
      .returning('id').executeTakeFirstOrThrow();
    await bumpPerson(trx, personId);
    await recordAudit(trx, { actor, action: 'person.role_added', subjectType: 'person', subjectId: personId, after: { roleId: role.id, ...assignment } });
    return getPerson(trx, personId);
  });
}

export async function removeRole(db: Kysely<Database>, personId: string, roleId: string, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    await lockPerson(trx, personId);
    const role = await trx.selectFrom('person_roles').selectAll().where('id', '=', roleId).where('person_id', '=', personId).executeTakeFirst();
    if (!role) throw notFound(`Role ${roleId} of person ${personId}`);
    // The delegations go with the role (cascade); the audit keeps them.
    const delegations = await trx.selectFrom('role_delegations').select(['id', 'deputy_id', 'starts_on', 'ends_on']).where('role_id', '=', roleId).execute();
    await trx.deleteFrom('person_roles').where('id', '=', roleId).execute();
    await bumpPerson(trx, personId);
    await recordAudit(trx, {
      actor, action: 'person.role_removed', subjectType: 'person', subjectId: personId,
      before: { roleId, role: role.role, entityCode: role.entity_code, authorityCode: role.authority_code, delegations },
    });
    return getPerson(trx, personId);
  });
}

/** The deputy holds the person's role from startsOn to endsOn inclusive (an absence, a leave). */
export async function addDelegation(db: Kysely<Database>, personId: string, input: DelegationInput, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const person = await lockPerson(trx, personId);
    const held = await trx.selectFrom('person_roles').selectAll().where('person_id', '=', personId).where('role', '=', input.role).execute();
    const matching = held.filter((r) => (input.entityCode === undefined || r.entity_code === input.entityCode)
      && (input.authorityCode === undefined || r.authority_code === input.authorityCode));
    if (matching.length === 0) {
      throw invalidReference('body.role', `${person.name} does not hold the role ${describe({ role: input.role, entityCode: input.entityCode ?? null, authorityCode: input.authorityCode ?? null })}; only a role one holds can be delegated (see GET /people/${personId})`);
    }
    if (matching.length > 1) {
      const options = matching.map((r) => r.entity_code ?? r.authority_code).join(', ');
      throw invalidReference('body.role', `${person.name} holds ${input.role} more than once (${options}); say which with entityCode or authorityCode`);
    }
    const role = matching[0]!;
    if (input.deputyId === personId) throw invalidReference('body.deputyId', 'a person cannot be their own deputy; name someone else');
    const deputy = await trx.selectFrom('people').select('id').where('id', '=', input.deputyId).where('organisation_code', '=', person.organisation_code).executeTakeFirst();
    if (!deputy) throw invalidReference('body.deputyId', `no person ${input.deputyId} in ${person.organisation_code}; register the deputy first (POST /organisations/${person.organisation_code}/people)`);
    const delegation = await trx.insertInto('role_delegations')
      .values({ role_id: role.id, deputy_id: input.deputyId, starts_on: input.startsOn, ends_on: input.endsOn }).returning('id').executeTakeFirstOrThrow();
    await bumpPerson(trx, personId);
    await recordAudit(trx, {
      actor, action: 'person.role_delegated', subjectType: 'person', subjectId: personId,
      after: { delegationId: delegation.id, roleId: role.id, role: role.role, entityCode: role.entity_code, authorityCode: role.authority_code, deputyId: input.deputyId, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return getPerson(trx, personId);
  });
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
