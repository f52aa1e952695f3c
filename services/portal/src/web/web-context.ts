import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { CycleGateway } from '../cycles/cycle-gateway.js';
import type { Person, RoleCheck } from '../cycles/roles.js';
import type { Database } from '../database.js';
import type { RoundGateway } from '../round.js';
import type { Viewer } from './viewer.js';

/** What every page route needs, built once by the web plugin. */
export interface WebContext {
  db: Kysely<Database>;
  roles: RoleCheck;
  cycles: CycleGateway;
  round: RoundGateway;
  plansUrl: string;
  secret: string;
  publicBaseUrl: string;
  cookieOptions: { path: string; httpOnly: boolean; secure: boolean; sameSite: 'lax' | 'strict' };
  signInRateLimit: { max: number; timeWindow: number };
  page: (reply: FastifyReply, status: number, body: string) => FastifyReply;
  /** the signed-in person of this request, read once per request */
  viewer: (request: FastifyRequest) => Promise<Viewer | undefined>;
  sendSignInEmail: (person: Person, url: string, link: { id: string; expires_at: Date; created_at: Date }) => Promise<void>;
}
