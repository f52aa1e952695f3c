import type { Person } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { bumpPerson, deleteDelegation, delegationOf, getPerson, lockPerson } from '../repositories/people.js';
import { refuseSelfAdministration } from '../rules/editing.js';
import { missing, refusedWith } from '../rules/refusal.js';

/**
 * Ends a delegation: the deputy no longer holds the role (a leave cut short, a deputy named by
 * mistake). The audit keeps what it was; the administrator is neither the person nor the deputy.
 */
export async function removeDelegation(db: Kysely<Database>, personId: string, delegationId: string, actingPerson: string | null, actor: string): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    if (!await lockPerson(trx, personId)) throw missing(`Person ${personId}`);
    const delegation = await delegationOf(trx, personId, delegationId);
    if (!delegation) throw refusedWith('missing', 'delegation.not_found', `Delegation ${delegationId} of person ${personId}`);
    refuseSelfAdministration(actingPerson, [delegation.deputy_id]);
    await deleteDelegation(trx, delegationId);
    await bumpPerson(trx, personId);
    await recordAudit(trx, {
      actor, action: 'person.delegation_removed', subjectType: 'person', subjectId: personId,
      before: {
        delegationId, roleId: delegation.role_id, role: delegation.role, entityCode: delegation.entity_code, authorityCode: delegation.authority_code,
        deputyId: delegation.deputy_id, startsOn: delegation.starts_on, endsOn: delegation.ends_on,
      },
    });
    return (await getPerson(trx, personId))!;
  });
}
