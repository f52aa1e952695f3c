import { defaultCycleSettings, type OrganisationSettings } from '@jalon/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { insertOrganisation } from '../repositories/organisations.js';
import { emailHolder, insertPerson, insertRoles } from '../repositories/people.js';
import type { OrganisationRecords } from './organisation.references.js';

/** A file that is well-formed but cannot be loaded into this database (an e-mail another organisation holds). */
export class OrganisationLoadError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
    this.name = 'OrganisationLoadError';
  }
}

const count = async (q: Promise<Array<unknown>>) => (await q).length;

/** The people of the file not registered yet; one whose e-mail another organisation holds stops the load. */
async function loadPeople(trx: Transaction<Database>, org: string, records: OrganisationRecords, actor: string): Promise<number> {
  let inserted = 0;
  for (const [i, input] of (records.people ?? []).entries()) {
    const holder = await emailHolder(trx, input.email);
    if (holder) {
      const where = await trx.selectFrom('people').select('organisation_code').where('id', '=', holder.id).executeTakeFirstOrThrow();
      if (where.organisation_code !== org) throw new OrganisationLoadError(`people[${i}].email`, `${input.email} belongs to a person of ${where.organisation_code}; an e-mail identifies one person`);
      continue;
    }
    const person = await insertPerson(trx, org, input);
    await insertRoles(trx, person.id, input.roles);
    await recordAudit(trx, { actor, action: 'person.created', subjectType: 'person', subjectId: person.id, after: { organisationCode: org, ...input } });
    inserted += 1;
  }
  return inserted;
}

/**
 * Loads an organisation's records. Idempotent: each row is keyed by its code (people by e-mail),
 * inserted when missing and left alone when present, so a second load writes nothing and the
 * changes its administrator made since are kept. Settings and languages apply when the
 * organisation is created; `created` gives what a new organisation starts with before the file's
 * own settings.
 */
export async function loadOrganisationRecords(
  trx: Transaction<Database>, records: OrganisationRecords, actor: string, created: Partial<OrganisationSettings> = {},
): Promise<Record<string, number>> {
  const org = records.organisation.code;
  const settings: OrganisationSettings = { emailSignIn: false, ...defaultCycleSettings, ...created, ...records.organisation.settings };
  const inserted: Record<string, number> = {};
  inserted.organisations = await insertOrganisation(trx, {
    code: org, name: records.organisation.name, shortName: records.organisation.shortName, languages: records.organisation.languages ?? ['fr', 'nl'],
  }, settings) ? 1 : 0;

  inserted.entities = await count(trx.insertInto('entities').values(records.entities.map((e) => ({
    organisation_code: org, code: e.code, abbreviation: e.abbreviation, kind: e.kind, name_fr: e.name.fr, name_nl: e.name.nl, name_de: e.name.de ?? null,
    name_nl_verified: e.nlVerified, parent_code: e.parentCode, aliases: e.aliases ?? [], independent: e.independent ?? false,
  }))).onConflict((oc) => oc.doNothing()).returning('code').execute());

  inserted.authorities = await count(trx.insertInto('authorities').values(records.authorities.map((a) => ({
    organisation_code: org, code: a.code, kind: a.kind, title_fr: a.title.fr, title_nl: a.title.nl, title_de: a.title.de ?? null, holder_name: a.holderName, signs: a.signs,
    scope_objective_numbers: a.scope.objectiveNumbers, scope_entity_codes: a.scope.entityCodes, scope_budget_envelopes: a.scope.budgetEnvelopes,
  }))).onConflict((oc) => oc.doNothing()).returning('code').execute());

  inserted.people = await loadPeople(trx, org, records, actor);
  return inserted;
}
