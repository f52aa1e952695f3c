import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { IdentityProvider } from '../auth/identity-provider.js';
import type { PersonIdentities } from '../auth/person-identities.js';
import type { CycleGateway } from '../cycles/cycle-gateway.js';
import type { StrategicGateway } from '../cycles/strategic-gateway.js';
import type { StrategicLifecycleStarter } from '../cycles/strategic-start.js';
import type { RoleCheck } from '../cycles/roles.js';
import type { Database } from '../database.js';
import type { LinkDecisions } from '../decisions/decide.js';
import type { Notifications } from '../notifications.js';
import type { PlansReader } from '../plans-reader.js';
import type { PageRules } from '../auth/page-rules.js';
import type { StrategicDraftEditor } from './strategic/draft-editor.js';
import type { OrganisationAdmin } from './organisation/organisation-admin.js';
import type { Viewer } from './viewer.js';
import type { ObjectiveWriter } from './drafting/objective-writer.js';
import type { Publications } from './publication/publications.js';

/** What every page route needs, built once by the web plugin. */
export interface WebContext {
  db: Kysely<Database>;
  plans: PlansReader;
  roles: RoleCheck;
  cycles: CycleGateway;
  /** the strategic plans' lifecycles: what awaits the Minister's signature, and the signature */
  strategic: StrategicGateway;
  /** starts a draft strategic plan's lifecycle (the President's office) */
  strategicStart: StrategicLifecycleStarter;
  /** the President's office's edits of a draft strategic plan, and its resubmission */
  strategicDraft: StrategicDraftEditor;
  decisions: LinkDecisions;
  /** operational objectives and results written through the plans service in the signed-in person's name */
  objectives: ObjectiveWriter;
  notifications: Notifications;
  /** the organisation's public page of published plans, and publishing */
  publications: Publications;
  secret: string;
  publicBaseUrl: string;
  cookieOptions: { path: string; httpOnly: boolean; secure: boolean; sameSite: 'lax' | 'strict' };
  signInRateLimit: { max: number; timeWindow: number };
  /** sign-in e-mails an hour to one person */
  signInEmailsPerHour: number;
  /** whether people may sign in with an e-mailed link (people outside the provider) */
  emailSignIn: boolean;
  /** the address the accessibility statement gives for feedback; none: the organisation's President's office */
  accessibilityContact?: string | undefined;
  /** the organisation's identity provider; undefined: e-mailed sign-in only */
  provider: IdentityProvider | undefined;
  identities: PersonIdentities;
  /** the signed-in person of this request, read once per request */
  viewer: (request: FastifyRequest) => Promise<Viewer | undefined>;
  /** who may open each signed-in page */
  rules: PageRules;
  /** the organisation administrator's changes, made in the plans service on their behalf */
  organisationAdmin?: OrganisationAdmin | undefined;
  /** the organisation that runs the installation: its administrators create organisations */
  operatorOrganisation?: string | undefined;
}
