import { actorOf, personOf, type Caller, type PeopleDirectory } from '@jalon/auth';
import { brusselsDateOf } from '@jalon/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { isMember, rolesHeldOn } from '../repositories/held-roles.js';
import type { Author } from '../rules/editing.js';

/** Roles are held on a day of the Brussels calendar, as delegations are dated. */
const today = () => brusselsDateOf(new Date());

/** The access checks' view of the people in this service's own data, deputies included. */
export function plansDirectory(db: Kysely<Database>): PeopleDirectory {
  return {
    async holds(personId, organisationCode, roles) {
      if (roles === 'member') return isMember(db, personId, organisationCode);
      return (await rolesHeldOn(db, personId, organisationCode, today())).some((held) => roles.includes(held.role));
    },
  };
}

/**
 * Who makes a content change and what they may change: the workflows and the President's office
 * everything, a drafter the objectives of the entities they draft for today.
 */
export async function authorOf(db: Kysely<Database>, caller: Caller, organisationCode: string | undefined): Promise<Author> {
  const actor = actorOf(caller);
  const person = personOf(caller);
  if (caller.kind === 'service' && person === null) return { actor, scope: { all: true } };
  const held = person === null || organisationCode === undefined ? [] : await rolesHeldOn(db, person, organisationCode, today());
  if (held.some((h) => h.role === 'president_office')) return { actor, scope: { all: true } };
  const entities = new Set(held.filter((h) => h.role === 'drafter' && h.entityCode !== null).map((h) => h.entityCode!));
  return { actor, scope: { all: false, entities } };
}
