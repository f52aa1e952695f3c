import { createDatabase } from '@jalon/service-kit';
import { testDatabase } from '@jalon/testkit';
import { buildPlansApp } from '../src/app.js';
import { PLANS_SCHEMA } from '../src/config.js';
import type { Database } from '../src/database.js';
import { migratePlans } from '../src/migrate.js';
import { loadReferenceIntoDatabase } from '../src/reference/load-into-database.js';

interface Teardown { teardown: (fn: () => unknown) => void }

/**
 * The plans service on a fresh database of its own, migrated and with the reference plan loaded:
 * what `npm start` runs, reached through inject().
 */
export async function plansApp(t: Teardown, options: { loadReference?: boolean } = {}) {
  const url = await testDatabase(t);
  const db = createDatabase<Database>(url, PLANS_SCHEMA, 5);
  await migratePlans(db);
  const loaded = options.loadReference === false ? undefined : await loadReferenceIntoDatabase(db);
  const app = await buildPlansApp({ db, logger: false });
  t.teardown(async () => {
    await app.close();
    await db.destroy();
  });
  return { app, db, url, planId: loaded?.strategicPlanId ?? '', organisationCode: loaded?.organisationCode ?? 'spf-interieur' };
}

export const actor = { 'x-jalon-actor': 'test@ibz.example' };

/** A project of the State Secretary's cell, as the operational plan tests add it. */
export const sampleProject = {
  title: 'Guichet unique pour les demandes de protection internationale',
  ownerEntityCode: 'OE',
  requestedByParty: 'state_secretary_cell',
  reason: 'Note de politique générale 2025',
  requestedOn: '2025-02-10',
};

/** A SMART objective of the Immigration Office under strategic objective 20, as the operational plan tests add it. */
export const sampleObjective = (overrides: Record<string, unknown> = {}) => ({
  code: 'OO-20.1',
  strategicObjectiveNumber: 20,
  statement: 'Réduire le délai de traitement des demandes de visa long séjour',
  indicator: 'Délai médian de traitement en jours',
  target: '90 jours au plus',
  ownerEntityCode: 'OE',
  means: '4 ETP supplémentaires, nouvelle application de suivi',
  deadline: '2025-12-31',
  ...overrides,
});
