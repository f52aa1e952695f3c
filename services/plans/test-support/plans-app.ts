import { ServiceTokenVerifier, type PersonTokenVerifier, type ServiceName, type TrustedServiceKeys } from '@jalon/auth';
import { createDatabase } from '@jalon/service-kit';
import { testDatabase, testKeyring, testServiceRole } from '@jalon/testkit';
import { buildPlansApp, type PlansAuth } from '../src/app.js';
import { PLANS_SCHEMA } from '../src/config.js';
import type { Database } from '../src/database.js';
import { migratePlans } from '../src/migrate.js';
import { loadReferenceIntoDatabase } from '../src/reference/load-into-database.js';

interface Teardown { teardown: (fn: () => unknown) => void }
type Headers = { authorization: string };

/**
 * The organisation administrator every test database starts with (the first administrator of a real
 * organisation is added from the command line): the people tests register go through them. A fixed
 * id, so that `actor` below works in any test without a look-up.
 */
export const testAdministrator = {
  id: '0a0a0a0a-0000-4000-8000-00000000ad01', name: 'Zoë Administratrice (tests)', email: 'org-admin@jalon.test', language: 'fr' as const,
};

/** A fresh token of one of this test process's services, meant for the plans service. */
export async function serviceToken(service: ServiceName, actingFor?: string): Promise<string> {
  return (await testKeyring()).auth(service).signer.sign('plans', actingFor);
}

/** The headers of the callers the plans service takes, each with a fresh token. */
export const as = {
  service: async (service: ServiceName, actingFor?: string): Promise<Headers> => ({ authorization: `Bearer ${await serviceToken(service, actingFor)}` }),
  /** the worker: the workflows' own changes */
  worker: () => as.service('worker'),
  /** the portal on its own account, or acting for the person signed in there */
  portal: (actingFor?: string) => as.service('portal', actingFor),
  /** a person, as the portal calls for them (their own access tokens are checked against a provider, see person-tokens.test.ts) */
  person: (personId: string) => as.service('portal', personId),
};

/** A PlansClient's credential as the worker: `new PlansClient(url, { authorization: workerAuthorization })`. */
export const workerAuthorization = (actingFor?: string) => serviceToken('worker', actingFor);

/**
 * Headers kept valid for as long as the test process runs (a token lives minutes): read them when
 * a request is made, e.g. `headers: worker`.
 */
async function renewedHeaders(service: ServiceName, actingFor?: string): Promise<Headers> {
  let current = await as.service(service, actingFor);
  setInterval(() => {
    void as.service(service, actingFor).then((fresh) => { current = fresh; });
  }, 60_000).unref();
  return { get authorization() { return current.authorization; } };
}

/** The worker's headers: what the workflows may do (lifecycle state, content). */
export const worker = await renewedHeaders('worker');
/** The portal acting for the test administrator: registers people, gives roles and delegations. */
export const actor = await renewedHeaders('portal', testAdministrator.id);

/** What the plans service trusts in tests: the services of the test keyring. */
export async function testAuth(trusted?: TrustedServiceKeys): Promise<PlansAuth> {
  return { services: new ServiceTokenVerifier('plans', trusted ?? (await testKeyring()).trusted) };
}

export interface PlansAppTestOptions {
  loadReference?: boolean;
  /** the service keys it trusts, instead of the test keyring's */
  trusted?: TrustedServiceKeys;
  /** people's access tokens from an identity provider */
  people?: PersonTokenVerifier;
  /**
   * run the app as a login role in `jalon_plans`, as `npm start` does, rather than as the test
   * server's superuser that migrated; `db` is then that role's, `ownerDb` the superuser's
   */
  asServiceRole?: boolean;
  /** the organisation that runs the installation (JALON_OPERATOR_ORGANISATION); default the reference one, null: none */
  operatorOrganisation?: string | null;
  /** render each version's PDF as soon as it is frozen, as `npm start` does (costs seconds of CPU per version) */
  renderDocuments?: { pollMs: number };
}

/**
 * The plans service on a fresh database of its own, migrated, with the reference plan loaded and its
 * organisation's administrator: what `npm start` runs, reached through inject(), trusting the
 * services of the test keyring.
 */
export async function plansApp(t: Teardown, options: PlansAppTestOptions = {}) {
  const url = await testDatabase(t);
  const db = createDatabase<Database>(url, PLANS_SCHEMA, 5);
  await migratePlans(db);
  const loaded = options.loadReference === false ? undefined : await loadReferenceIntoDatabase(db);
  if (loaded) {
    await db.insertInto('people').values({ ...testAdministrator, organisation_code: loaded.organisationCode }).execute();
    await db.insertInto('person_roles').values({ person_id: testAdministrator.id, role: 'org_admin', entity_code: null, authority_code: null }).execute();
  }
  const serviceUrl = options.asServiceRole ? await testServiceRole(t, url, PLANS_SCHEMA) : url;
  const appDb = options.asServiceRole ? createDatabase<Database>(serviceUrl, PLANS_SCHEMA, 5) : db;
  const operatorOrganisation = options.operatorOrganisation === undefined ? 'spf-interieur' : options.operatorOrganisation;
  const app = await buildPlansApp({
    db: appDb, logger: false, auth: { ...await testAuth(options.trusted), ...(options.people ? { people: options.people } : {}) },
    ...(operatorOrganisation ? { operatorOrganisation } : {}),
    ...(options.renderDocuments ? { renderDocuments: options.renderDocuments } : {}),
  });
  t.teardown(async () => {
    await app.close();
    if (appDb !== db) await appDb.destroy();
    await db.destroy();
  });
  return { app, db: appDb, ownerDb: db, url, serviceUrl, planId: loaded?.strategicPlanId ?? '', organisationCode: loaded?.organisationCode ?? 'spf-interieur' };
}

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

/** A committee member's approval of version 1 of a strategic plan, as the round workflow records it. */
export const sampleDecision = (planId: string, overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: `strategic-plan/spf-interieur/${planId}/committee/v1:member-1:v1`,
  act: 'round_decision',
  planKind: 'strategic',
  planId,
  personId: 'member-1',
  role: 'committee_member',
  onBehalfOf: null,
  version: 1,
  sha256: 'a'.repeat(64),
  actedAt: '2025-02-03T09:30:00.000Z',
  channel: 'link',
  workflowId: `strategic-plan/spf-interieur/${planId}/committee/v1`,
  roundId: `strategic-plan/spf-interieur/${planId}/committee/v1`,
  step: 'committee',
  stepName: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
  items: [{ item: 'plan', outcome: 'approve', comment: null }],
  details: null,
  ...overrides,
});
