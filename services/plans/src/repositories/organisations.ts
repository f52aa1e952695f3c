import type { Kysely } from 'kysely';
import { notFound } from '@jalon/service-kit';
import type { Database } from '../database.js';
import { invalidReference } from '../errors.js';

export async function listOrganisations(db: Kysely<Database>) {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: { fr: r.name_fr, nl: r.name_nl }, shortName: r.short_name }));
}

export async function getOrganisation(db: Kysely<Database>, code: string) {
  const row = await db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound(`Organisation ${code}`);
  return { code: row.code, name: { fr: row.name_fr, nl: row.name_nl }, shortName: row.short_name };
}

export async function listEntities(db: Kysely<Database>, organisationCode: string) {
  const rows = await db.selectFrom('entities').selectAll().where('organisation_code', '=', organisationCode).orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    abbreviation: r.abbreviation,
    kind: r.kind as 'directorate_general',
    name: { fr: r.name_fr, nl: r.name_nl },
    parentCode: r.parent_code,
    independent: r.independent,
  }));
}

export async function listAuthorities(db: Kysely<Database>, organisationCode: string) {
  const rows = await db.selectFrom('authorities').selectAll().where('organisation_code', '=', organisationCode).orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    kind: r.kind,
    title: { fr: r.title_fr, nl: r.title_nl },
    holderName: r.holder_name,
    signs: r.signs,
    scope: { objectiveNumbers: r.scope_objective_numbers, entityCodes: r.scope_entity_codes, budgetEnvelopes: r.scope_budget_envelopes },
  }));
}
export type Authority = Awaited<ReturnType<typeof listAuthorities>>[number];

/**
 * Authorities that must review an objective, other than the one who signs: competence is data
 * (the authority's scope), never a list of numbers in code.
 */
export function reviewersOf(objectiveNumber: number, authorities: Authority[]): string[] {
  return authorities.filter((a) => a.scope.objectiveNumbers.includes(objectiveNumber)).map((a) => a.code);
}

/** Rejects entity codes the organisation does not have; 'ALL' stands for every entity. */
export async function assertEntitiesExist(db: Kysely<Database>, organisationCode: string, codes: string[], path: string): Promise<void> {
  const wanted = [...new Set(codes.filter((c) => c !== 'ALL'))];
  if (wanted.length === 0) return;
  const found = await db.selectFrom('entities').select('code').where('organisation_code', '=', organisationCode).where('code', 'in', wanted).execute();
  const known = new Set(found.map((f) => f.code));
  const unknown = wanted.filter((c) => !known.has(c));
  if (unknown.length > 0) throw invalidReference(path, `unknown entity ${unknown.join(', ')} (see GET /organisations/${organisationCode}/entities)`);
}
