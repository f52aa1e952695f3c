import type { Organisation, OrganisationSettings, OrganisationSettingsChange } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { lockOrganisation, updateOrganisationSettings } from '../repositories/organisations.js';
import { refusedWith } from '../rules/refusal.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the settings a change really changes, each with both sides, for the audit log. */
function changedSettings(before: OrganisationSettings, after: OrganisationSettings) {
  const keys = (Object.keys(after) as Array<keyof OrganisationSettings>).filter((k) => !same(before[k], after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])), keys };
}

/** Changes the settings named, keeps the others; the audit log keeps both sides, and a change to nothing writes nothing. */
export async function changeOrganisationSettings(db: Kysely<Database>, code: string, change: OrganisationSettingsChange, actor: string): Promise<Organisation> {
  return db.transaction().execute(async (trx) => {
    const organisation = await lockOrganisation(trx, code);
    if (!organisation) throw refusedWith('missing', 'organisation.not_found', `Organisation ${code}`);
    const settings: OrganisationSettings = { ...organisation.settings, ...change };
    const { before, after, keys } = changedSettings(organisation.settings, settings);
    if (keys.length === 0) return organisation;
    await updateOrganisationSettings(trx, code, settings);
    await recordAudit(trx, { actor, action: 'organisation.settings_changed', subjectType: 'organisation', subjectId: code, before, after });
    return { ...organisation, settings };
  });
}
