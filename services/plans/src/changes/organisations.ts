import { defaultCycleSettings, type Organisation, type OrganisationChange, type OrganisationInput, type OrganisationSettings } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { getOrganisation, insertOrganisation, lockOrganisation, updateOrganisation } from '../repositories/organisations.js';
import { refusedWith } from '../rules/refusal.js';

export const organisationMissing = (code: string) => refusedWith('missing', 'organisation.not_found', `Organisation ${code}`);

/**
 * Creates an organisation, empty of entities, authorities and people: its administrator (registered
 * next, by the operator) builds the rest. A taken code is refused and nothing is written.
 */
export async function createOrganisation(db: Kysely<Database>, input: OrganisationInput, actor: string): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    // A new organisation starts without e-mailed sign-in and with the cycle's defaults.
    const settings: OrganisationSettings = { emailSignIn: false, ...defaultCycleSettings, ...input.settings };
    if (!await insertOrganisation(trx, input, settings)) {
      throw refusedWith('conflict', 'organisation.code_taken', `An organisation with the code ${input.code} exists already; choose another code, or change that one (PATCH /organisations/${input.code}).`);
    }
    const created = (await getOrganisation(trx, input.code))!;
    await recordAudit(trx, { actor, action: 'organisation.created', subjectType: 'organisation', subjectId: input.code, after: created });
    return created;
  });
}

/** Changes its names or languages; the audit log keeps both sides, and a change to nothing writes nothing. */
export async function changeOrganisation(db: Kysely<Database>, code: string, change: OrganisationChange, actor: string): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const before = await lockOrganisation(trx, code);
    if (!before) throw organisationMissing(code);
    await updateOrganisation(trx, code, change);
    const after = (await getOrganisation(trx, code))!;
    const { settings: _b, ...was } = before;
    const { settings: _a, ...is } = after;
    if (JSON.stringify(was) === JSON.stringify(is)) return after;
    await recordAudit(trx, { actor, action: 'organisation.changed', subjectType: 'organisation', subjectId: code, before: was, after: is });
    return after;
  });
}
