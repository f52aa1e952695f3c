import type { DelegationInput, Person, PersonInput, RoleAssignment } from '@jalon/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { authorityKind, getOrganisation } from '../repositories/organisations.js';
import {
  bumpPerson, delegationsOf, deleteRole, emailHolder, getPerson, insertDelegation, insertPerson, insertRoles, lockPerson, personIn, roleOf, rolesOf,
} from '../repositories/people.js';
import { invalidReference, missing, refusedWith } from '../rules/refusal.js';
import { checkAssignmentAuthority, checkAssignmentTargets, describeAssignment, emailTaken, sameAssignment } from '../rules/roles.js';
import { checkEntitiesExist } from './entity-checks.js';

type Db = Kysely<Database> | Transaction<Database>;

async function checkAssignment(db: Db, organisationCode: string, a: RoleAssignment, path: string) {
  checkAssignmentTargets(organisationCode, a, path);
  if (a.entityCode) await checkEntitiesExist(db, organisationCode, [a.entityCode], `${path}.entityCode`);
  checkAssignmentAuthority(organisationCode, a, path, a.authorityCode ? await authorityKind(db, organisationCode, a.authorityCode) : undefined);
}

async function lockedPerson(trx: Transaction<Database>, personId: string) {
  const person = await lockPerson(trx, personId);
  if (!person) throw missing(`Person ${personId}`);
  return person;
}

async function personAfterChange(trx: Transaction<Database>, personId: string): Promise<Person> {
  const person = await getPerson(trx, personId);
  if (!person) throw missing(`Person ${personId}`);
  return person;
}

const isUniqueViolation = (error: unknown, constraint: string) =>
  (error as { code?: unknown }).code === '23505' && (error as { constraint?: unknown }).constraint === constraint;

export async function createPerson(db: Kysely<Database>, organisationCode: string, input: PersonInput, actor: string): Promise<Person> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (!await getOrganisation(trx, organisationCode)) throw missing(`Organisation ${organisationCode}`);
      const holder = await emailHolder(trx, input.email);
      if (holder) throw emailTaken(input.email, holder);
      for (const [i, a] of input.roles.entries()) {
        await checkAssignment(trx, organisationCode, a, `body.roles.${i}`);
        const earlier = input.roles.findIndex((b) => b.role === a.role && b.entityCode === a.entityCode && b.authorityCode === a.authorityCode);
        if (earlier < i) throw invalidReference(`body.roles.${i}`, `the role ${describeAssignment(a)} is already listed at body.roles.${earlier}; list it once`);
      }
      const person = await insertPerson(trx, organisationCode, input);
      await insertRoles(trx, person.id, input.roles);
      await recordAudit(trx, { actor, action: 'person.created', subjectType: 'person', subjectId: person.id, after: { organisationCode, ...input } });
      return personAfterChange(trx, person.id);
    });
  } catch (error) {
    // Two registrations of one e-mail at the same moment: the index decides, the answer is the same.
    if (isUniqueViolation(error, 'people_email')) throw emailTaken(input.email);
    throw error;
  }
}

export async function addRole(db: Kysely<Database>, personId: string, assignment: RoleAssignment, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const person = await lockedPerson(trx, personId);
    await checkAssignment(trx, person.organisation_code, assignment, 'body');
    if ((await rolesOf(trx, personId)).some((r) => sameAssignment(assignment, r))) {
      throw refusedWith('conflict', 'role.already_held', `${person.name} already holds the role ${describeAssignment(assignment)}; nothing was changed.`);
    }
    const [roleId] = await insertRoles(trx, personId, [assignment]);
    await bumpPerson(trx, personId);
    await recordAudit(trx, { actor, action: 'person.role_added', subjectType: 'person', subjectId: personId, after: { roleId, ...assignment } });
    return personAfterChange(trx, personId);
  });
}

export async function removeRole(db: Kysely<Database>, personId: string, roleId: string, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    await lockedPerson(trx, personId);
    const role = await roleOf(trx, personId, roleId);
    if (!role) throw missing(`Role ${roleId} of person ${personId}`);
    // The delegations go with the role; the audit keeps them.
    const delegations = await delegationsOf(trx, roleId);
    await deleteRole(trx, roleId);
    await bumpPerson(trx, personId);
    await recordAudit(trx, {
      actor, action: 'person.role_removed', subjectType: 'person', subjectId: personId,
      before: { roleId, role: role.role, entityCode: role.entity_code, authorityCode: role.authority_code, delegations },
    });
    return personAfterChange(trx, personId);
  });
}

/** The deputy holds the person's role from startsOn to endsOn inclusive (an absence, a leave). */
export async function addDelegation(db: Kysely<Database>, personId: string, input: DelegationInput, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    const person = await lockedPerson(trx, personId);
    const matching = (await rolesOf(trx, personId, input.role)).filter((r) => (input.entityCode === undefined || r.entity_code === input.entityCode)
      && (input.authorityCode === undefined || r.authority_code === input.authorityCode));
    if (matching.length === 0) {
      throw invalidReference('body.role', `${person.name} does not hold the role ${describeAssignment({ role: input.role, entityCode: input.entityCode ?? null, authorityCode: input.authorityCode ?? null })}; only a role one holds can be delegated (see GET /people/${personId})`);
    }
    if (matching.length > 1) {
      const options = matching.map((r) => r.entity_code ?? r.authority_code).join(', ');
      throw invalidReference('body.role', `${person.name} holds ${input.role} more than once (${options}); say which with entityCode or authorityCode`);
    }
    const role = matching[0]!;
    if (input.deputyId === personId) throw invalidReference('body.deputyId', 'a person cannot be their own deputy; name someone else');
    if (!await personIn(trx, person.organisation_code, input.deputyId)) {
      throw invalidReference('body.deputyId', `no person ${input.deputyId} in ${person.organisation_code}; register the deputy first (POST /organisations/${person.organisation_code}/people)`);
    }
    const delegationId = await insertDelegation(trx, role.id, input);
    await bumpPerson(trx, personId);
    await recordAudit(trx, {
      actor, action: 'person.role_delegated', subjectType: 'person', subjectId: personId,
      after: { delegationId, roleId: role.id, role: role.role, entityCode: role.entity_code, authorityCode: role.authority_code, deputyId: input.deputyId, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return personAfterChange(trx, personId);
  });
}
