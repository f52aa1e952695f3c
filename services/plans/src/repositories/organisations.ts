import { organisationSettingsSchema, type Organisation, type OrganisationSettings } from '@jalon/contracts';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, OrganisationsTable } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

// The settings not stored yet (committee rule, review days, "(Tous)" objectives) take their defaults.
const organisationOf = (row: Selectable<OrganisationsTable>): Organisation => ({
  code: row.code, name: { fr: row.name_fr, nl: row.name_nl }, shortName: row.short_name,
  settings: organisationSettingsSchema.parse({ emailSignIn: row.email_sign_in }),
});

export async function listOrganisations(db: Kysely<Database>) {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('code').execute();
  return rows.map(organisationOf);
}

export async function getOrganisation(db: Db, code: string) {
  const row = await db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? organisationOf(row) : undefined;
}

/** The organisation's row, locked until the transaction ends: two changes of its settings wait for each other. */
export async function lockOrganisation(trx: Transaction<Database>, code: string) {
  const row = await trx.selectFrom('organisations').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  return row ? organisationOf(row) : undefined;
}

export async function updateOrganisationSettings(trx: Transaction<Database>, code: string, settings: OrganisationSettings) {
  await trx.updateTable('organisations').set({ email_sign_in: settings.emailSignIn }).where('code', '=', code).execute();
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

/** Which of these entity codes the organisation has. */
export async function existingEntityCodes(db: Db, organisationCode: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const found = await db.selectFrom('entities').select('code').where('organisation_code', '=', organisationCode).where('code', 'in', codes).execute();
  return new Set(found.map((f) => f.code));
}

export async function listAuthorities(db: Db, organisationCode: string) {
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

export async function authorityKind(db: Db, organisationCode: string, code: string) {
  const row = await db.selectFrom('authorities').select('kind').where('organisation_code', '=', organisationCode).where('code', '=', code).executeTakeFirst();
  return row?.kind;
}

/**
 * Authorities that must review an objective, other than the one who signs: competence is data
 * (the authority's scope), never a list of numbers in code.
 */
export function reviewersOf(objectiveNumber: number, authorities: Authority[]): string[] {
  return authorities.filter((a) => a.scope.objectiveNumbers.includes(objectiveNumber)).map((a) => a.code);
}
