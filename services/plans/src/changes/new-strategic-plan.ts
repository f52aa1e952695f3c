import type { FirstAdministratorInput, NewStrategicPlanInput, Person, StrategicPlanSummary } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { lockOrganisation } from '../repositories/organisations.js';
import { listPeople } from '../repositories/people.js';
import { toSummary } from '../repositories/strategic-plans.js';
import { missing, refusedWith } from '../rules/refusal.js';
import { createPerson } from './people.js';

/**
 * A new, empty strategic plan in `draft`. The organisation's row is locked while the periods are
 * compared, so two plans started at the same moment for one legislature cannot both pass. A
 * superseded plan no longer covers its years: its successor may take them.
 */
export async function createStrategicPlan(db: Kysely<Database>, organisationCode: string, input: NewStrategicPlanInput, actor: string): Promise<StrategicPlanSummary> {
  return db.transaction().execute(async (trx) => {
    if (!await lockOrganisation(trx, organisationCode)) throw missing(`Organisation ${organisationCode}`);
    const plans = await trx.selectFrom('strategic_plans').select(['code', 'period_from', 'period_to', 'status'])
      .where('organisation_code', '=', organisationCode).execute();
    if (plans.some((p) => p.code.toLowerCase() === input.code.toLowerCase())) {
      throw refusedWith('conflict', 'strategic_plan.code_taken', `The organisation already has a strategic plan ${input.code}; choose another code.`);
    }
    const covering = plans.find((p) => p.status !== 'superseded' && p.period_from <= input.period.to && input.period.from <= p.period_to);
    if (covering) {
      throw refusedWith('conflict', 'strategic_plan.period_taken',
        `The strategic plan ${covering.code} (${covering.period_from}-${covering.period_to}) already covers part of ${input.period.from}-${input.period.to}; nothing was created.`);
    }
    const row = await trx.insertInto('strategic_plans').values({
      organisation_code: organisationCode, code: input.code, period_from: input.period.from, period_to: input.period.to,
      title_fr: input.title.fr, title_nl: input.title.nl, status: 'draft',
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, { actor, action: 'strategic_plan.created', subjectType: 'strategic_plan', subjectId: row.id, after: { organisationCode, ...input } });
    return toSummary(row);
  });
}

/**
 * The first administrator of an organisation: refused once someone holds `org_admin` there, since
 * from then on the organisation names its own administrators (an operator does not take over an
 * organisation that runs itself).
 */
export async function createFirstAdministrator(db: Kysely<Database>, organisationCode: string, input: FirstAdministratorInput, actor: string): Promise<Person> {
  const administrators = await listPeople(db, organisationCode, { role: 'org_admin', limit: 1, offset: 0 });
  if (Number(administrators.total) > 0) {
    throw refusedWith('conflict', 'organisation.has_administrator',
      `The organisation ${organisationCode} already has an administrator; its administrators name the others.`);
  }
  return createPerson(db, organisationCode, { ...input, roles: [{ role: 'org_admin', entityCode: null, authorityCode: null }] }, actor);
}
