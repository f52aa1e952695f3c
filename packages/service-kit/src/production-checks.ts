import { sql, type Kysely } from 'kysely';
import { ConfigurationError } from './env.js';

/*
 * What production refuses to run with (NODE_ENV=production), for every service in one place: each
 * service declares what it uses (a public address, SMTP, a database, which keys), and the checks
 * below name every unsafe setting in one line, so the operator fixes them in one go.
 */

export type ProductionService = 'plans' | 'notifications' | 'portal' | 'worker';

/** The keys Temporal payloads are encrypted with: the services that talk to Temporal need them. */
export const PAYLOAD_KEYS_VARIABLE = 'JALON_PAYLOAD_KEYS';
const payloadKeys = [PAYLOAD_KEYS_VARIABLE];

interface Requirements {
  /** secrets and keys that must be set: without them the service would run unauthenticated or with a throw-away key */
  keys: readonly string[];
  /** PUBLIC_BASE_URL is read: links in e-mails are built from it, and must be https */
  publicBaseUrl: boolean;
  /** SMTP_URL is read */
  smtp: boolean;
}

export const productionRequirements: Record<ProductionService, Requirements> = {
  plans: { keys: ['JALON_SERVICE_KEY', 'JALON_TRUSTED_KEYS'], publicBaseUrl: false, smtp: false },
  notifications: { keys: ['JALON_SERVICE_KEY', 'JALON_TRUSTED_KEYS', 'OUTBOX_KEYS'], publicBaseUrl: true, smtp: true },
  // The worker calls /links with its key: without trusted keys the portal accepts no service.
  portal: { keys: ['JALON_SERVICE_KEY', 'JALON_TRUSTED_KEYS', 'CSRF_SECRET', ...payloadKeys], publicBaseUrl: true, smtp: false },
  worker: { keys: ['JALON_SERVICE_KEY', 'JALON_TRUSTED_KEYS', ...payloadKeys], publicBaseUrl: false, smtp: false },
};

const isLocalHost = (host: string) => /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(host);
const set = (env: NodeJS.ProcessEnv, name: string) => (env[name] ?? '') !== '';

/** The unsafe settings of a service's environment; empty when there is none. Values are never shown. */
export function settingProblems(service: ProductionService, env: NodeJS.ProcessEnv): string[] {
  const needs = productionRequirements[service];
  const problems: string[] = [];
  const missing = needs.keys.filter((name) => !set(env, name));
  if (missing.length > 0) problems.push(`${missing.join(', ')} not set (keys and secrets are required)`);
  if (needs.publicBaseUrl && !(env.PUBLIC_BASE_URL ?? '').startsWith('https://')) {
    problems.push('PUBLIC_BASE_URL is not an https address (links would travel and be used in clear)');
  }
  if (needs.smtp) {
    const smtp = URL.canParse(env.SMTP_URL ?? '') ? new URL(env.SMTP_URL!) : undefined;
    const tls = smtp?.protocol === 'smtps:' || smtp?.searchParams.get('starttls') === 'required';
    if (smtp && !tls && !isLocalHost(smtp.hostname)) {
      problems.push(`SMTP_URL sends to ${smtp.hostname} without TLS (use smtps://, or smtp://…?starttls=required)`);
    }
  }
  if (env.JALON_DEMO_PEOPLE === 'true') problems.push('JALON_DEMO_PEOPLE=true (the demo people would be added)');
  return problems;
}

/**
 * The unsafe facts of the service's database: a superuser role can switch off every trigger (the
 * audit log's included) and read every schema; `demoPeople` tells whether the data holds them.
 */
export async function databaseProblems(db: Kysely<any>, demoPeople?: (db: Kysely<any>) => Promise<boolean>): Promise<string[]> {
  const problems: string[] = [];
  const { rows } = await sql<{ rolsuper: boolean; role: string }>`select rolsuper, rolname as role from pg_roles where rolname = current_user`.execute(db);
  if (rows[0]?.rolsuper) problems.push(`the database role ${rows[0].role} is a superuser (run the service as its own role)`);
  if (demoPeople && await demoPeople(db)) problems.push('the data holds demo people (addresses at a .example domain)');
  return problems;
}

/**
 * With NODE_ENV=production, stops the start naming every unsafe setting in one line (runMain prints
 * it and exits non-zero); elsewhere does nothing.
 */
export async function refuseUnsafeProduction(
  service: ProductionService,
  options: { env?: NodeJS.ProcessEnv; db?: Kysely<any>; demoPeople?: (db: Kysely<any>) => Promise<boolean> } = {},
): Promise<void> {
  const env = options.env ?? process.env;
  if (env.NODE_ENV !== 'production') return;
  const problems = [...settingProblems(service, env), ...(options.db ? await databaseProblems(options.db, options.demoPeople) : [])];
  if (problems.length > 0) throw new ConfigurationError(`refusing to start in production: ${problems.join('; ')}.`);
}
