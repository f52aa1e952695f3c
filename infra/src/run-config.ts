import { z } from 'zod';
import { temporalEngineSchema } from './temporal-engine.js';
import { retentionDaysSchema } from './temporal-retention.js';
import { workerHeapMiBSchema } from './worker-memory.js';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** How many processes of one kind `npm start` runs: 1 to 16 (two cores run two well; 16 bounds a typo). */
const PROCESS_COUNT = 'must be a whole number of processes from 1 to 16';
export const processCountSchema = z.coerce.number({ error: PROCESS_COUNT }).int({ error: PROCESS_COUNT })
  .min(1, { error: PROCESS_COUNT }).max(16, { error: PROCESS_COUNT }).default(1);

/** What `npm start` reads from the environment; every variable is optional. */
export const runConfigSchema = z.object({
  TEMPORAL_ADDRESS: z.string().min(1).optional(),
  /** without TEMPORAL_ADDRESS: `dev` (the CLI's dev server, SQLite) or `server` (Temporal's server on PostgreSQL); `--engine` likewise */
  JALON_TEMPORAL_ENGINE: temporalEngineSchema,
  /** the namespace the services and the worker use; the local dev server creates it */
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  /** days Temporal keeps a closed workflow's history; Jalon sets it on the namespace at every start */
  TEMPORAL_RETENTION_DAYS: retentionDaysSchema,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().optional(),
  /** an existing identity provider (issuer URL) and Jalon's client there: then no Keycloak is started */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  JALON_TEMPORAL_PORT: port(7233),
  JALON_TEMPORAL_UI_PORT: port(8233),
  JALON_POSTGRES_PORT: port(5433),
  JALON_SMTP_PORT: port(1025),
  JALON_MAIL_WEB_PORT: port(1080),
  JALON_PORTAL_PORT: port(3000),
  /** the portal's internal JSON API (cycle API, decision links for the worker); never behind the proxy */
  JALON_PORTAL_INTERNAL_PORT: port(3004),
  JALON_PLANS_PORT: port(3001),
  JALON_NOTIFICATIONS_PORT: port(3002),
  JALON_WORKER_PORT: port(3003),
  /** worker processes polling the same task queue: more when workflow and activity tasks queue up (CPU-bound) */
  JALON_WORKERS: processCountSchema,
  /** each worker's V8 old space in MiB (worker-memory.ts): its RSS stays under about this plus 250 MiB */
  JALON_WORKER_HEAP_MIB: workerHeapMiBSchema,
  /** portal processes sharing the pages' and the internal API's ports (SO_REUSEPORT, Linux): more when requests queue up */
  JALON_PORTALS: processCountSchema,
  JALON_KEYCLOAK_PORT: port(8180),
  JALON_KEYCLOAK_MANAGEMENT_PORT: port(8190),
});
export type RunConfig = z.infer<typeof runConfigSchema>;
