import { randomBytes } from 'node:crypto';
import type { IssueLinkRequest } from '@jalon/contracts';
import { createDatabase } from '@jalon/service-kit';
import { testDatabase, testKeyring, testPayloadKeyring, uniqueSuffix, type TestWorker } from '@jalon/testkit';
import { testTemporal, type TestWorkerDependencies } from '@jalon/worker/test-support/test-worker';
import { approvalRound, roundsTaskQueue, roundState, type ApprovalRoundInput, type RoundMember } from '@jalon/workflows';
import type { ServiceName } from '@jalon/auth';
import type { Client, Connection } from '@temporalio/client';
import type { FastifyServerOptions, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildPortal } from '../src/app.js';
import { PORTAL_SCHEMA, type ProviderSettings } from '../src/config.js';
import type { Database } from '../src/database.js';
import { migratePortal } from '../src/migrate.js';

interface Teardown { teardown: (fn: () => unknown) => void }

export const PUBLIC_BASE_URL = 'https://jalon.ibz.example';

/** The session cookie: `__Host-jalon_session` behind https (the default here), `jalon_session` over http. */
export const SESSION_COOKIE_NAME = /^(__Host-)?jalon_session$/;

export interface PortalAppTestOptions {
  rateLimit?: number;
  temporalTimeoutMs?: number;
  /** false: no worker polls the task queue, so the round never answers */
  worker?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** the plans service the cycle routes read roles and plan data from */
  plansUrl?: string;
  /** the notifications service that sends sign-in e-mails */
  notificationsUrl?: string;
  /** the portal's public address, when a browser must reach it (default: an https address nothing serves) */
  publicBaseUrl?: string;
  signInRateLimit?: number;
  signInEmailsPerHour?: number;
  emailSignIn?: boolean;
  /** cycles launched hold their drafting tasks in the cycle workflow (DRAFTING_IN_CYCLE) */
  draftingInCycle?: boolean;
  /** the identity provider people sign in with */
  provider?: ProviderSettings;
  /** whose access tokens the cycle API accepts, when not the provider's */
  accessTokens?: { issuer: string; audience: string };
  /** the codec endpoint's operators and the Temporal UI's origin */
  codec?: { operatorOrganisation?: string; uiOrigin?: string };
  /** another Temporal server (the time-skipping one) instead of the shared dev server */
  temporal?: { client: Client; taskQueue: string; namespace: string; startWorker: (dependencies?: TestWorkerDependencies) => Promise<TestWorker> };
}

/** The internal listener's paths; every other path is a page. */
const INTERNAL_PATHS = /^\/(links|organisations|docs)(\/|$|\?)/;

/**
 * The portal on a fresh database of its own and the test Temporal server, with a worker running the
 * round workflow: what `npm start` runs, reached through inject() on its two listeners, `pages` and
 * `internal`. The internal API trusts the run's service keys (`serviceToken` signs as one of them).
 */
export async function portalApp(t: Teardown, options: PortalAppTestOptions = {}) {
  const url = await testDatabase(t);
  const db = createDatabase<Database>(url, PORTAL_SCHEMA, 10);
  await migratePortal(db);
  const temporal = options.temporal ?? await testTemporal(t);
  if (options.worker !== false) await temporal.startWorker();
  // The run's keyring: the worker of the test (test-worker) signs with the same key the portal trusts.
  const keyring = await testKeyring();
  const { pages, internal } = await buildPortal({
    temporal: temporal.client.connection as Connection,
    namespace: temporal.namespace,
    payloadKeyring: testPayloadKeyring(),
    ...(options.codec ? { codec: options.codec } : {}),
    db,
    publicBaseUrl: options.publicBaseUrl ?? PUBLIC_BASE_URL,
    notificationsUrl: options.notificationsUrl ?? 'http://127.0.0.1:9',
    signInRateLimit: options.signInRateLimit ?? 10_000,
    ...(options.signInEmailsPerHour ? { signInEmailsPerHour: options.signInEmailsPerHour } : {}),
    ...(options.emailSignIn !== undefined ? { emailSignIn: options.emailSignIn } : {}),
    provider: options.provider,
    accessTokens: options.accessTokens,
    trustedServiceKeys: keyring.trusted,
    signer: keyring.auth('portal').signer,
    // Nothing listens on port 9: tests that do not give a plans service see it unavailable.
    plansUrl: options.plansUrl ?? 'http://127.0.0.1:9',
    taskQueue: temporal.taskQueue,
    csrfSecret: randomBytes(32).toString('base64url'),
    decisionRateLimit: options.rateLimit ?? 10_000,
    temporalTimeoutMs: options.temporalTimeoutMs ?? 15_000,
    ...(options.draftingInCycle === false ? { draftingInCycle: false } : {}),
    logger: options.logger ?? false,
  });
  t.teardown(async () => {
    await Promise.all([pages.close(), internal.close()]);
    await db.destroy();
  });

  /** `Authorization` of a call from one of the trusted services (default: the worker). */
  const serviceToken = async (service: Extract<ServiceName, 'worker' | 'notifications'> = 'worker') =>
    ({ authorization: `Bearer ${await keyring.auth(service).signer.sign('portal')}` });

  /**
   * The portal as tests written before the two listeners saw it: inject() reaches the listener that
   * serves the path, listen() starts the internal one (the address the worker calls).
   */
  const app = {
    inject: (request: InjectOptions): Promise<LightMyRequestResponse> =>
      (INTERNAL_PATHS.test(request.url === undefined ? '/' : String(request.url)) ? internal : pages).inject(request),
    listen: (where: { port: number; host: string }) => internal.listen(where),
  };

  /** Starts an approval round on this test's task queue; its workflow id is its round id. */
  async function startRound(overrides: Partial<ApprovalRoundInput> = {}) {
    const suffix = uniqueSuffix();
    const input: ApprovalRoundInput = {
      roundId: `round-${suffix}`,
      step: 'committee',
      // A plan of its own: links of another version of the same plan and step would supersede these.
      planId: `plan-${suffix}`,
      planVersion: 3,
      planSha256: 'ab'.repeat(32),
      rule: { kind: 'all' },
      members: [member('dgsp'), member('oe', 'nl'), member('dgiac')],
      items: ['plan'],
      ...overrides,
    };
    const handle = await temporal.client.workflow.start(approvalRound, { taskQueue: roundsTaskQueue(temporal.taskQueue), workflowId: input.roundId, args: [input] });
    return { input, handle, state: () => handle.query(roundState) };
  }

  /** POST /links for a member of the round, as the round's activity does. */
  async function issue(input: ApprovalRoundInput, person: RoundMember, overrides: Partial<IssueLinkRequest> = {}, headers: Record<string, string> = {}) {
    const body = linkRequest(input, person, overrides);
    const response = await internal.inject({ method: 'POST', url: '/links', payload: body, headers: { ...(await serviceToken()), ...headers } });
    if (response.statusCode !== 201) throw new Error(`POST /links answered ${response.statusCode}: ${response.body}`);
    const issued = response.json() as { url: string; linkId: string; expiresAt: string };
    return { ...issued, path: new URL(issued.url).pathname, token: issued.url.split('/').pop() ?? '' };
  }

  const linkRow = (linkId: string) => db.selectFrom('decision_links').selectAll().where('id', '=', linkId).executeTakeFirstOrThrow();

  return { pages, internal, app, db, temporal, startRound, issue, linkRow, serviceToken };
}

export const member = (id: string, language: RoundMember['language'] = 'fr'): RoundMember =>
  ({ personId: id, name: id.toUpperCase(), email: `${id}@ibz.example`, language });

export function linkRequest(input: ApprovalRoundInput, person: RoundMember, overrides: Partial<IssueLinkRequest> = {}): IssueLinkRequest {
  return {
    roundId: input.roundId,
    workflowId: input.roundId,
    step: input.step,
    person: { id: person.personId, name: person.name, language: person.language },
    planId: input.planId,
    planVersion: input.planVersion,
    planSha256: input.planSha256,
    items: input.items.map((key) => ({
      key,
      title: key === 'plan'
        ? { fr: 'Le plan stratégique dans son ensemble', nl: 'Het strategisch plan in zijn geheel' }
        : { fr: `Objectif stratégique ${key}`, nl: `Strategische doelstelling ${key}` },
    })),
    summary: {
      planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
      stepTitle: { fr: 'Validation par le comité de direction', nl: 'Validering door het directiecomité' },
      objectives: [
        { code: '20', title: { fr: 'Garantir un accès au territoire maîtrisé', nl: 'Een beheerste toegang tot het grondgebied waarborgen' } },
        { code: '21', title: { fr: 'Assurer un séjour conforme', nl: 'Een conform verblijf verzekeren' } },
      ],
      changesSinceLastReview: { sinceVersion: 2, changes: [{ fr: 'Objectif 21 : délais précisés', nl: 'Doelstelling 21: termijnen verduidelijkt' }] },
      due: '2026-12-15',
    },
    expiresAt: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
    ...overrides,
  };
}

/** The anti-forgery value of the form on a page. */
export function csrfOf(page: string): string {
  const value = page.match(/name="csrf" value="([^"]+)"/)?.[1];
  if (!value) throw new Error('the page has no decision form');
  return value;
}

export const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
