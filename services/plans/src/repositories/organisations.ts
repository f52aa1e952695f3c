import {
  defaultCycleSettings, entitySchema, storedCycleSettingsSchema, type Organisation, type OrganisationChange, type OrganisationInput, type OrganisationSettings,
  type OrganisationText,
} from '@jalon/contracts';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database, OrganisationsTable } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A French–Dutch(–German) text from its columns; German only where it was given. */
export const textOf = (fr: string, nl: string, de: string | null): OrganisationText => (de === null ? { fr, nl } : { fr, nl, de });

/**
 * The settings as stored: e-mailed sign-in in its column, the cycle settings in a JSON document
 * where each one absent keeps its default. A stored value that no longer parses (a setting whose
 * shape changed) falls back to its default rather than locking the organisation out.
 */
function settingsOf(row: Selectable<OrganisationsTable>): OrganisationSettings {
  const stored = storedCycleSettingsSchema.safeParse(row.cycle_settings ?? {});
  return { emailSignIn: row.email_sign_in, ...defaultCycleSettings, ...(stored.success ? stored.data : {}) };
}

const organisationOf = (row: Selectable<OrganisationsTable>): Organisation => ({
  code: row.code,
  name: textOf(row.name_fr, row.name_nl, row.name_de),
  shortName: row.short_name,
  languages: row.languages as Organisation['languages'],
  settings: settingsOf(row),
});

export async function listOrganisations(db: Kysely<Database>) {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('code').execute();
  return rows.map(organisationOf);
}

export async function getOrganisation(db: Db, code: string) {
  const row = await db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? organisationOf(row) : undefined;
}

/** The organisation's row, locked until the transaction ends: two changes of it wait for each other. */
export async function lockOrganisation(trx: Transaction<Database>, code: string) {
  const row = await trx.selectFrom('organisations').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  return row ? organisationOf(row) : undefined;
}

/** The cycle settings worth storing: those that differ from their defaults, so a changed default reaches every organisation that never chose. */
function storedCycleSettings(settings: OrganisationSettings): string {
  const { emailSignIn: _, ...cycle } = settings;
  const differing = Object.entries(cycle).filter(([key, value]) =>
    JSON.stringify(value) !== JSON.stringify(defaultCycleSettings[key as keyof typeof defaultCycleSettings]));
  return JSON.stringify(Object.fromEntries(differing));
}

export async function updateOrganisationSettings(trx: Transaction<Database>, code: string, settings: OrganisationSettings) {
  await trx.updateTable('organisations').set({ email_sign_in: settings.emailSignIn, cycle_settings: storedCycleSettings(settings) }).where('code', '=', code).execute();
}

/** Inserts an organisation; false when its code is taken (nothing written). */
export async function insertOrganisation(trx: Transaction<Database>, input: OrganisationInput, settings: OrganisationSettings): Promise<boolean> {
  const inserted = await trx.insertInto('organisations').values({
    code: input.code, name_fr: input.name.fr, name_nl: input.name.nl, name_de: input.name.de ?? null, short_name: input.shortName,
    languages: input.languages, email_sign_in: settings.emailSignIn, cycle_settings: storedCycleSettings(settings),
  }).onConflict((oc) => oc.column('code').doNothing()).returning('code').execute();
  return inserted.length > 0;
}

export async function updateOrganisation(trx: Transaction<Database>, code: string, change: OrganisationChange) {
  await trx.updateTable('organisations').set({
    ...(change.name ? { name_fr: change.name.fr, name_nl: change.name.nl, name_de: change.name.de ?? null } : {}),
    ...(change.shortName !== undefined ? { short_name: change.shortName } : {}),
    ...(change.languages ? { languages: change.languages } : {}),
  }).where('code', '=', code).execute();
}

export async function listEntities(db: Db, organisationCode: string): Promise<Entity[]> {
  const rows = await db.selectFrom('entities').selectAll().where('organisation_code', '=', organisationCode).orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    abbreviation: r.abbreviation,
    kind: r.kind as Entity['kind'],
    name: textOf(r.name_fr, r.name_nl, r.name_de),
    parentCode: r.parent_code,
    independent: r.independent,
  }));
}
export type Entity = z.infer<typeof entitySchema>;

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
    title: textOf(r.title_fr, r.title_nl, r.title_de),
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
