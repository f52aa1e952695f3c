import type { AuthorityChange, AuthorityInput, EntityChange, EntityInput } from '@jalon/contracts';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database.js';

type Trx = Transaction<Database>;

/** Entities and authorities of an organisation, as its administrator changes them. */

export async function insertEntity(trx: Trx, organisationCode: string, input: EntityInput): Promise<boolean> {
  const inserted = await trx.insertInto('entities').values({
    organisation_code: organisationCode, code: input.code, abbreviation: input.abbreviation, kind: input.kind,
    name_fr: input.name.fr, name_nl: input.name.nl, name_de: input.name.de ?? null, name_nl_verified: true,
    parent_code: input.parentCode, independent: input.independent,
  }).onConflict((oc) => oc.columns(['organisation_code', 'code']).doNothing()).returning('code').execute();
  return inserted.length > 0;
}

export async function lockEntity(trx: Trx, organisationCode: string, code: string) {
  return trx.selectFrom('entities').selectAll().where('organisation_code', '=', organisationCode).where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function updateEntity(trx: Trx, organisationCode: string, code: string, change: EntityChange) {
  await trx.updateTable('entities').set({
    ...(change.abbreviation !== undefined ? { abbreviation: change.abbreviation } : {}),
    ...(change.kind ? { kind: change.kind } : {}),
    ...(change.name ? { name_fr: change.name.fr, name_nl: change.name.nl, name_de: change.name.de ?? null, name_nl_verified: true } : {}),
    ...(change.parentCode !== undefined ? { parent_code: change.parentCode } : {}),
    ...(change.independent !== undefined ? { independent: change.independent } : {}),
  }).where('organisation_code', '=', organisationCode).where('code', '=', code).execute();
}

export async function deleteEntity(trx: Trx, organisationCode: string, code: string) {
  await trx.deleteFrom('entities').where('organisation_code', '=', organisationCode).where('code', '=', code).execute();
}

/** The parent chain above an entity, nearest first (stops at a cycle the data should never hold). */
export async function ancestorsOf(trx: Trx, organisationCode: string, code: string): Promise<string[]> {
  const rows = await trx.selectFrom('entities').select(['code', 'parent_code']).where('organisation_code', '=', organisationCode).execute();
  const parents = new Map(rows.map((r) => [r.code, r.parent_code]));
  const chain: string[] = [];
  for (let at = parents.get(code) ?? null; at !== null && !chain.includes(at); at = parents.get(at) ?? null) chain.push(at);
  return chain;
}

/**
 * What still names an entity: people's roles, child entities, authorities' scopes, plan content.
 * An entity named anywhere stays (removing it would leave plans and roles pointing nowhere).
 */
export async function entityUsage(trx: Trx, organisationCode: string, code: string): Promise<string[]> {
  const { rows } = await sql<{ what: string; n: string }>`
    select 'roles' as what, count(*) as n from person_roles r join people p on p.id = r.person_id where p.organisation_code = ${organisationCode} and r.entity_code = ${code}
    union all select 'entities', count(*) from entities where organisation_code = ${organisationCode} and parent_code = ${code}
    union all select 'authorities', count(*) from authorities where organisation_code = ${organisationCode} and ${code} = any(scope_entity_codes)
    union all select 'strategic_objectives', count(*) from strategic_objectives o join strategic_plans s on s.id = o.plan_id where s.organisation_code = ${organisationCode} and ${code} = any(o.owner_entity_codes)
    union all select 'ambitions', count(*) from ambitions a join strategic_objectives o on o.id = a.objective_id join strategic_plans s on s.id = o.plan_id where s.organisation_code = ${organisationCode} and ${code} = any(a.owner_entity_codes)
    union all select 'operational_objectives', count(*) from operational_objectives o join operational_plans p on p.id = o.operational_plan_id where p.organisation_code = ${organisationCode} and o.owner_entity_code = ${code}
    union all select 'projects', count(*) from projects j join operational_plans p on p.id = j.operational_plan_id where p.organisation_code = ${organisationCode} and j.owner_entity_code = ${code}
  `.execute(trx);
  return rows.filter((r) => Number(r.n) > 0).map((r) => r.what);
}

const scopeColumns = (scope: AuthorityInput['scope']) => ({
  scope_objective_numbers: scope.objectiveNumbers, scope_entity_codes: scope.entityCodes, scope_budget_envelopes: scope.budgetEnvelopes,
});

export async function insertAuthority(trx: Trx, organisationCode: string, input: AuthorityInput): Promise<boolean> {
  const inserted = await trx.insertInto('authorities').values({
    organisation_code: organisationCode, code: input.code, kind: input.kind, title_fr: input.title.fr, title_nl: input.title.nl, title_de: input.title.de ?? null,
    holder_name: input.holderName, signs: input.signs, ...scopeColumns(input.scope),
  }).onConflict((oc) => oc.columns(['organisation_code', 'code']).doNothing()).returning('code').execute();
  return inserted.length > 0;
}

export async function lockAuthority(trx: Trx, organisationCode: string, code: string) {
  return trx.selectFrom('authorities').selectAll().where('organisation_code', '=', organisationCode).where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function updateAuthority(trx: Trx, organisationCode: string, code: string, change: AuthorityChange) {
  await trx.updateTable('authorities').set({
    ...(change.kind ? { kind: change.kind } : {}),
    ...(change.title ? { title_fr: change.title.fr, title_nl: change.title.nl, title_de: change.title.de ?? null } : {}),
    ...(change.holderName !== undefined ? { holder_name: change.holderName } : {}),
    ...(change.signs !== undefined ? { signs: change.signs } : {}),
    ...(change.scope ? scopeColumns(change.scope) : {}),
  }).where('organisation_code', '=', organisationCode).where('code', '=', code).execute();
}

export async function deleteAuthority(trx: Trx, organisationCode: string, code: string) {
  await trx.deleteFrom('authorities').where('organisation_code', '=', organisationCode).where('code', '=', code).execute();
}

/** The other authority of the organisation that signs its plans, if any: there is one signer. */
export async function otherSigner(trx: Trx, organisationCode: string, except: string | null) {
  let query = trx.selectFrom('authorities').select('code').where('organisation_code', '=', organisationCode).where('signs', '=', true);
  if (except !== null) query = query.where('code', '!=', except);
  return (await query.executeTakeFirst())?.code;
}

/** People whose cell role belongs to the authority. */
export async function authorityRoleCount(trx: Trx, organisationCode: string, code: string): Promise<number> {
  const row = await trx.selectFrom('person_roles').innerJoin('people', 'people.id', 'person_roles.person_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('people.organisation_code', '=', organisationCode).where('person_roles.authority_code', '=', code).executeTakeFirstOrThrow();
  return Number(row.n);
}
