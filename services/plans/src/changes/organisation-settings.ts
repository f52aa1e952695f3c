import type { Organisation, OrganisationSettings } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { lockOrganisation, updateOrganisationSettings } from '../repositories/organisations.js';
import { missing } from '../rules/refusal.js';

/** Changes the settings named, keeps the others; the audit log keeps both sides, and a change to nothing writes nothing. */
export async function changeOrganisationSettings(db: Kysely<Database>, code: string, change: Partial<OrganisationSettings>, actor: string): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const organisation = await lockOrganisation(trx, code);
    if (!organisation) throw missing(`Organisation ${code}`);
    const settings: OrganisationSettings = { ...organisation.settings, ...change };
    if (settings.emailSignIn === organisation.settings.emailSignIn) return organisation;
    await updateOrganisationSettings(trx, code, settings);
    await recordAudit(trx, { actor, action: 'organisation.settings_changed', subjectType: 'organisation', subjectId: code, before: organisation.settings, after: settings });
    return { ...organisation, settings };
  });
}
