import { PersonTokenVerifier, type ServiceTokenSigner, type TrustedServiceKeys } from '@jalon/auth';
import { PlansClient } from '@jalon/plans-client';
import { loggerOptions, pingDatabase, type HealthCheck } from '@jalon/service-kit';
import { clientDataConverter, EncryptionCodec, type PayloadKeyring } from '@jalon/temporal-connection';
import { Client, type Connection } from '@temporalio/client';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { IdentityProvider } from './auth/identity-provider.js';
import { plansDirectory } from './auth/people-directory.js';
import { PersonIdentities } from './auth/person-identities.js';
import type { ProviderSettings } from './config.js';
import { CycleGateway } from './cycles/cycle-gateway.js';
import { CycleSchedules } from './cycles/cycle-schedules.js';
import { StrategicGateway } from './cycles/strategic-gateway.js';
import { StrategicLifecycleStarter } from './cycles/strategic-start.js';
import { StrategicDraftEditor } from './web/strategic/draft-editor.js';
import { RoleCheck } from './cycles/roles.js';
import type { Database } from './database.js';
import { LinkDecisions } from './decisions/decide.js';
import { LinkHolderCheck } from './decisions/link-holder.js';
import { RoundGateway } from './decisions/round-gateway.js';
import { buildInternalApp } from './internal-app.js';
import { HttpNotifications } from './notifications.js';
import { buildPagesApp } from './pages-app.js';
import { OrganisationAdmin } from './web/organisation/organisation-admin.js';
import { HttpPlansReader } from './plans-reader.js';
import { CALLBACK_PATH } from './web/provider-sign-in-routes.js';
import { ObjectiveWriter } from './web/drafting/objective-writer.js';
import { Publications } from './web/publication/publications.js';

export interface PortalAppOptions {
  temporal: Connection;
  namespace: string;
  /** the payload keys: the portal's client encrypts what it sends to workflows and decrypts what it reads */
  payloadKeyring: PayloadKeyring;
  /** the codec endpoint for the Temporal UI: who may use it, and the UI's origin (CORS) */
  codec?: { operatorOrganisation?: string | undefined; uiOrigin?: string | undefined };
  db: Kysely<Database>;
  /** the address in e-mails, e.g. https://jalon.ibz.be; links are built from it, never from Host */
  publicBaseUrl: string;
  csrfSecret: string;
  /** decision page requests per minute and client address */
  decisionRateLimit?: number;
  /** how long a page waits for the round workflow before saying it is unavailable */
  temporalTimeoutMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** the plans service, for roles and plan data */
  plansUrl: string;
  /** the task queue the worker polls, where cycles are started */
  taskQueue: string;
  /** the notifications service, for sign-in e-mails */
  notificationsUrl: string;
  /** sign-in requests per minute and client address */
  signInRateLimit?: number;
  /** sign-in e-mails an hour to one person */
  signInEmailsPerHour?: number;
  /** the e-mailed one-time sign-in (default on) */
  emailSignIn?: boolean;
  /** cycles launched hold their drafting tasks in the cycle workflow (DRAFTING_IN_CYCLE; default on; false: a child round per entity) */
  draftingInCycle?: boolean;
  /** the address the accessibility statement gives for feedback (ACCESSIBILITY_CONTACT) */
  accessibilityContact?: string | undefined;
  /** the organisation's identity provider: people sign in there, and their access tokens open the API */
  provider?: ProviderSettings | undefined;
  /** whose access tokens the API accepts, when not the sign-in provider's (a provider for the API alone) */
  accessTokens?: { issuer: string; audience: string } | undefined;
  /** the public keys of the services that may call the internal API; none: no service is accepted */
  trustedServiceKeys?: TrustedServiceKeys;
  /** the portal's own identity: its calls to the plans and notifications services carry tokens it signs */
  signer: ServiceTokenSigner;
  /** the reverse proxies' addresses, so that rate limits count each reader, not the proxy */
  trustProxy?: string[];
}

/** A personal link or a provider's code in a log line would let whoever reads the logs act in someone's name. */
const withoutToken = (url: string) => url
  .replace(/(decisions|sign-in)(\/|%2F)[A-Za-z0-9_-]{20,}/gi, '$1$2[token]')
  .replace(/([?&](?:code|state|session_state)=)[^&]*/g, '$1[redacted]');

/** The shared logger options, with request URLs that never carry a token. */
export const portalLoggerOptions = () => ({
  ...loggerOptions('portal'),
  serializers: {
    req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, url: withoutToken(request.url), remoteAddress: request.ip }),
  },
});

/** What both listeners are built from, once: the same gateways, readers and checks behind each. */
function portalParts(options: PortalAppOptions) {
  const { temporal, db } = options;
  const client = new Client({ connection: temporal, namespace: options.namespace, dataConverter: clientDataConverter(options.payloadKeyring) });
  const timeoutMs = options.temporalTimeoutMs ?? 15_000;
  const plansClient = new PlansClient(options.plansUrl, { timeoutMs: 10_000, authorization: (actingFor) => options.signer.sign('plans', actingFor) });
  const plans = new HttpPlansReader(plansClient);
  const roles = new RoleCheck(plans);
  const holders = new LinkHolderCheck(plans);
  const provider = options.provider;
  const tokens = options.accessTokens ?? provider;
  const health: HealthCheck[] = [
    { name: 'postgres', check: () => pingDatabase(db) },
    { name: 'temporal', check: async () => { await temporal.healthService.check({}); } },
  ];
  return {
    db, plans, roles, health,
    organisationAdmin: new OrganisationAdmin(plansClient),
    codec: new EncryptionCodec(options.payloadKeyring),
    logger: options.logger ?? portalLoggerOptions(),
    directory: plansDirectory(plans, roles),
    identities: new PersonIdentities(plans),
    cycles: new CycleGateway(client, plansClient, options.taskQueue, timeoutMs, options.draftingInCycle ?? true),
    strategic: new StrategicGateway(client, plans, timeoutMs),
    objectives: new ObjectiveWriter(plansClient),
    // Publishing renders the version's PDF the first time (seconds, more on a busy machine): a longer wait than reads.
    publications: new Publications(new PlansClient(options.plansUrl, { timeoutMs: 120_000, authorization: (actingFor) => options.signer.sign('plans', actingFor) })),
    strategicStart: new StrategicLifecycleStarter(client, plans, options.taskQueue, timeoutMs),
    strategicDraft: new StrategicDraftEditor(client, plansClient, timeoutMs),
    schedules: new CycleSchedules(client, options.taskQueue),
    holders,
    decisions: new LinkDecisions({ db, round: new RoundGateway(client, timeoutMs), holders, csrfSecret: options.csrfSecret, publicBaseUrl: options.publicBaseUrl }),
    notifications: new HttpNotifications(options.notificationsUrl, options.signer),
    provider: provider ? new IdentityProvider(provider, `${options.publicBaseUrl}${CALLBACK_PATH}`) : undefined,
    personTokens: tokens ? new PersonTokenVerifier({ issuer: tokens.issuer, audience: tokens.audience }) : undefined,
  };
}
export type PortalParts = ReturnType<typeof portalParts>;

/**
 * The portal as two Fastify instances from the same parts: `pages` for people's browsers (PORT, the
 * only one a reverse proxy exposes) and `internal` for the JSON API of the services, the worker and
 * the command line (INTERNAL_PORT). A route of one is unknown to the other.
 */
export async function buildPortal(options: PortalAppOptions) {
  const parts = portalParts(options);
  const internal = await buildInternalApp(options, parts);
  const pages = await buildPagesApp(options, parts);
  return { pages, internal };
}
export type Portal = Awaited<ReturnType<typeof buildPortal>>;
