import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { CycleGateway } from '../cycles/cycle-gateway.js';
import type { RoleCheck } from '../cycles/roles.js';
import type { Database } from '../database.js';
import type { LinkDecisions } from '../decisions/decide.js';
import type { Notifications } from '../notifications.js';
import type { PlansReader } from '../plans-reader.js';
import type { Viewer } from './viewer.js';

/** What every page route needs, built once by the web plugin. */
export interface WebContext {
  db: Kysely<Database>;
  plans: PlansReader;
  roles: RoleCheck;
  cycles: CycleGateway;
  decisions: LinkDecisions;
  notifications: Notifications;
  secret: string;
  publicBaseUrl: string;
  cookieOptions: { path: string; httpOnly: boolean; secure: boolean; sameSite: 'lax' | 'strict' };
  signInRateLimit: { max: number; timeWindow: number };
  /** the signed-in person of this request, read once per request */
  viewer: (request: FastifyRequest) => Promise<Viewer | undefined>;
}
