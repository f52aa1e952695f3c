/**
 * The run command (`npm start`): Temporal, PostgreSQL, the mail catcher, every service and the
 * worker, then one line `name: url` per address. Ctrl-C stops everything it started; the next start
 * reuses the data folder.
 */
import { temporalConnectionEnvSchema, temporalConnectionOptions } from '@jalon/temporal-connection';
import { spawn } from 'node:child_process';
import { serviceAuthEnvSchema, serviceAuthFrom, type ServiceName } from '@jalon/auth';
import path from 'node:path';
import { buildMailCatcherWeb } from '../mail-catcher-web.js';
import { MailCatcher } from '../mail-catcher.js';
import { addDemoPeople } from '../demo-people.js';
import { identityProvider, type IdentityProvider } from '../identity-provider.js';
import { auditHeadsDir, dataDir, repoRoot, runsTypeScript } from '../paths.js';
import { ensurePortFree, waitForHttp } from '../ports.js';
import { startPostgresProcess } from '../postgres-process.js';
import { describeFailure, PrerequisiteError } from '../prerequisite-error.js';
import { ensureWritableFolder, persistentSecret } from '../data-folder.js';
import { serviceKeysIn } from '../service-keys.js';
import { payloadKeysIn } from '../payload-keys.js';
import { DATABASE_SERVICES, ensureServiceRoles, type DatabaseService } from '../database-roles.js';
import { forgetProcesses, recordProcesses, stopLeftovers } from '../leftover-processes.js';
import { runConfigSchema, type RunConfig } from '../run-config.js';
import { processCountLines, serviceAddressLines, serviceProcesses, remainingOfKind } from '../service-processes.js';
import { Supervisor } from '../supervisor.js';
import { engineFromArguments, startTemporalEngine } from '../temporal-engine.js';
import { waitForNamespace } from '../temporal-server-engine.js';
import { ensureNamespaceRetention, retentionLine } from '../temporal-retention.js';

const log = (line: string) => process.stdout.write(`${line}\n`);
const cleanups: Array<() => Promise<unknown>> = [];
let stopping = false;

async function stopEverything(code: number): Promise<void> {
  // A second Ctrl-C (or pnpm passing the signal on) must not cut the shutdown short.
  if (stopping) return;
  stopping = true;
  log('jalon: stopping…');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  log('jalon: stopped');
  process.exit(code);
}

function readConfig(): RunConfig {
  // An empty variable (`TEMPORAL_ADDRESS= npm start`) means unset, as in most tools.
  const set = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''));
  const parsed = runConfigSchema.safeParse(set);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
  throw new PrerequisiteError(`The environment is not valid (${problems})`, 'Correct these variables; the README lists them');
}

/**
 * Every Temporal payload is encrypted: with the keys given, or the local run's key in the data
 * folder. The reference organisation runs this installation: its administrators may read payloads
 * through the codec endpoint, from the dev server's UI among others.
 */
function payloadEnvironment(data: string, uiUrl: string | null): Record<string, string> {
  return {
    ...(process.env.JALON_PAYLOAD_KEYS ? {} : payloadKeysIn(data)),
    JALON_OPERATOR_ORGANISATION: process.env.JALON_OPERATOR_ORGANISATION || 'spf-interieur',
    ...(uiUrl && !process.env.TEMPORAL_UI_ORIGIN ? { TEMPORAL_UI_ORIGIN: new URL(uiUrl).origin } : {}),
  };
}

/** Shows a user's connection URL without its password. */
const withoutPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/** The reference plan is loaded at every start; loading is idempotent, so a restart changes nothing. */
async function loadReferencePlan(databaseUrl: string): Promise<string> {
  let output = '';
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'services/plans/src/cli/load-reference.ts')], {
      cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); process.stdout.write(chunk); });
    child.once('exit', resolve);
  });
  const planId = output.match(/strategic plan ([0-9a-f-]{36})/)?.[1];
  if (code !== 0 || !planId) throw new PrerequisiteError('The reference plan could not be loaded', 'See the message above');
  return planId;
}

/** The administrator (pg.url) migrates, as DATABASE_OWNER_URL; each service with a schema runs as its own role. */
function databaseEnvOf(service: string, ownerUrl: string, roles: Record<DatabaseService, string>): Record<string, string> {
  return (DATABASE_SERVICES as readonly string[]).includes(service)
    ? { DATABASE_URL: roles[service as DatabaseService], DATABASE_OWNER_URL: ownerUrl }
    : {};
}

/**
 * What one service alone is given: the notifications service seals the e-mails it keeps (its key stays
 * in the data folder across restarts); the plans service signs its audit chain's head in a folder that
 * `npm run verify-audit` checks.
 */
function ownSecretsOf(service: string, data: string): Record<string, string> {
  if (service === 'notifications') return { OUTBOX_KEYS: process.env.OUTBOX_KEYS || `local:${persistentSecret(data, 'outbox-key')}` };
  if (service === 'plans') return { AUDIT_HEADS_DIR: process.env.AUDIT_HEADS_DIR || auditHeadsDir(data) };
  return {};
}

/** Every port this run will listen on is free, or the run stops naming the variable that moves it. */
async function ensurePortsFree(config: RunConfig): Promise<void> {
  const wanted: Array<[number, string, string]> = [
    [config.JALON_PLANS_PORT, 'the plans service', 'JALON_PLANS_PORT'],
    [config.JALON_NOTIFICATIONS_PORT, 'the notifications service', 'JALON_NOTIFICATIONS_PORT'],
    [config.JALON_PORTAL_PORT, 'the portal service', 'JALON_PORTAL_PORT'],
    [config.JALON_WORKER_PORT, 'the worker service', 'JALON_WORKER_PORT'],
    [config.JALON_PORTAL_INTERNAL_PORT, 'the portal\'s internal API', 'JALON_PORTAL_INTERNAL_PORT'],
  ];
  if (!config.TEMPORAL_ADDRESS) wanted.push([config.JALON_TEMPORAL_PORT, 'Temporal', 'JALON_TEMPORAL_PORT']);
  // The Web UI: the dev server's own, or the UI server started beside Temporal's own server.
  if (!config.TEMPORAL_ADDRESS) wanted.push([config.JALON_TEMPORAL_UI_PORT, 'the Temporal Web UI', 'JALON_TEMPORAL_UI_PORT']);
  if (!config.DATABASE_URL) wanted.push([config.JALON_POSTGRES_PORT, 'PostgreSQL', 'JALON_POSTGRES_PORT']);
  if (!config.SMTP_URL) wanted.push([config.JALON_SMTP_PORT, 'the mail catcher (SMTP)', 'JALON_SMTP_PORT'], [config.JALON_MAIL_WEB_PORT, 'the mail catcher (web)', 'JALON_MAIL_WEB_PORT']);
  for (const [port, what, variable] of wanted) await ensurePortFree(port, what, variable);
}

/** The local mail catcher (SMTP and its web view), when no SMTP_URL names a mail server. */
async function startMailCatcher(config: RunConfig, data: string): Promise<{ smtpUrl: string; webUrl: string | null }> {
  const catcher = new MailCatcher(path.join(data, 'caught-mail.jsonl'));
  await catcher.listen(config.JALON_SMTP_PORT);
  const web = buildMailCatcherWeb(catcher);
  await web.listen({ port: config.JALON_MAIL_WEB_PORT, host: '127.0.0.1' });
  cleanups.push(async () => { await web.close(); await catcher.close(); });
  return { smtpUrl: `smtp://127.0.0.1:${config.JALON_SMTP_PORT}`, webUrl: `http://127.0.0.1:${config.JALON_MAIL_WEB_PORT}` };
}

/**
 * The supervisor of the run: one of several processes of a kind (workers, portals) may die and the
 * others go on; the last of a kind, or any single process, stops everything.
 */
function supervisorFor(services: Awaited<ReturnType<typeof serviceProcesses>>, pidFile: string): Supervisor {
  const gone = new Set<string>();
  const supervisor = new Supervisor((name, code) => {
    gone.add(name);
    const { kind, left } = remainingOfKind(services, gone, name);
    if (kind && left > 0) {
      log(`jalon: ${name} stopped unexpectedly (exit code ${code}); ${left} ${kind} process(es) go on without it. Its messages are above.`);
      return;
    }
    log(`jalon: ${name} stopped unexpectedly (exit code ${code}); stopping everything. Its messages are above.`);
    void stopEverything(1);
  }, (pids) => recordProcesses(pidFile, pids));
  cleanups.push(async () => {
    await supervisor.stopAll();
    forgetProcesses(pidFile);
  });
  return supervisor;
}

async function main(): Promise<void> {
  const read = readConfig();
  // `npm start -- --engine server` wins over JALON_TEMPORAL_ENGINE.
  const { engine } = engineFromArguments(process.argv.slice(2), { JALON_TEMPORAL_ENGINE: read.JALON_TEMPORAL_ENGINE });
  const config: RunConfig = { ...read, JALON_TEMPORAL_ENGINE: engine };
  const data = dataDir();
  ensureWritableFolder(data);
  const pidFile = path.join(data, 'processes.json');
  await stopLeftovers(pidFile, path.join(data, 'postgres', 'postmaster.pid'), log);

  await ensurePortsFree(config);
  // stopTier: the portals and the workers call plans and notifications, which stop after them.
  const services = await serviceProcesses(config);
  const supervisor = supervisorFor(services, pidFile);

  const postgres = config.DATABASE_URL
    ? Promise.resolve({ url: config.DATABASE_URL, shown: withoutPassword(config.DATABASE_URL) })
    : startPostgresProcess(supervisor, {
        dataDir: path.join(data, 'postgres'),
        port: config.JALON_POSTGRES_PORT,
        password: persistentSecret(data, 'postgres-password'),
        // The local server's password is printed: it is needed to connect, and exists only here.
      }).then((pg) => ({ url: pg.url, shown: pg.url }));

  const temporal = config.TEMPORAL_ADDRESS
    ? Promise.resolve({ address: config.TEMPORAL_ADDRESS, uiUrl: null as string | null })
    : startTemporalEngine(supervisor, engine, {
        port: config.JALON_TEMPORAL_PORT,
        uiPort: config.JALON_TEMPORAL_UI_PORT,
        dbFile: path.join(data, 'temporal', 'temporal.sqlite'),
        // The server engine keeps its workflows in PostgreSQL (databases temporal, temporal_visibility).
        folder: path.join(data, 'temporal-server'),
        databaseUrl: async () => (await postgres).url,
        // Temporal's own role owns its two databases; its password stays in the data folder like the services'.
        temporalRolePassword: persistentSecret(data, 'database-password-temporal'),
        namespace: config.TEMPORAL_NAMESPACE,
        log,
      });

  const mail = config.SMTP_URL
    ? Promise.resolve({ smtpUrl: config.SMTP_URL, webUrl: null as string | null })
    : startMailCatcher(config, data);

  const withDemoPeople = process.env.JALON_DEMO_PEOPLE !== 'false';
  const portalUrl = `http://127.0.0.1:${config.JALON_PORTAL_PORT}`;
  const idp = identityProvider(supervisor, config, data, process.env.PUBLIC_BASE_URL || portalUrl, withDemoPeople, log);

  const [t, pg, m, id] = await Promise.all([temporal, postgres, mail, idp]);
  await setRetention(config, t.address);

  const roles = await ensureServiceRoles(pg.url, data);
  const common = {
    TEMPORAL_ADDRESS: t.address,
    TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
    SMTP_URL: m.smtpUrl,
    PLANS_URL: `http://127.0.0.1:${config.JALON_PLANS_PORT}`,
    NOTIFICATIONS_URL: `http://127.0.0.1:${config.JALON_NOTIFICATIONS_PORT}`,
    // The worker and the command line reach the portal's internal API, people its pages.
    PORTAL_URL: `http://127.0.0.1:${config.JALON_PORTAL_INTERNAL_PORT}`,
    INTERNAL_PORT: String(config.JALON_PORTAL_INTERNAL_PORT),
    ...(config.MAIL_FROM ? { MAIL_FROM: config.MAIL_FROM } : {}),
    // Links in e-mails point at the portal as started here; forms stay valid across restarts.
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || portalUrl,
    CSRF_SECRET: process.env.CSRF_SECRET || persistentSecret(data, 'csrf-secret'),
    OIDC_ISSUER: id.issuer,
    OIDC_CLIENT_ID: id.clientId,
    OIDC_CLIENT_SECRET: id.clientSecret,
    // Tells the services that demo people are added: with NODE_ENV=production they refuse to start.
    JALON_DEMO_PEOPLE: withDemoPeople ? 'true' : 'false',
    ...payloadEnvironment(data, t.uiUrl),
  };
  const serviceKeys = await serviceKeysIn(data);
  for (const service of services) {
    supervisor.start({
      name: service.name,
      command: process.execPath,
      args: [...service.nodeArgs, ...runsTypeScript, path.join(repoRoot, 'services', service.kind, 'src', 'server.ts')],
      cwd: repoRoot,
      stopTier: service.stopTier,
      env: {
        ...common, ...databaseEnvOf(service.kind, pg.url, roles), ...serviceKeys(service.kind as ServiceName), ...ownSecretsOf(service.kind, data),
        ...service.env, PORT: String(service.port),
      },
    });
  }
  // Each extra process (a worker bundles its workflow code as it starts) shares the same two cores.
  await Promise.all(services.map((s) => waitForHttp(s.healthUrl, 60_000 + 30_000 * (services.length - 4))));
  const referencePlanId = await loadReferencePlan(pg.url);
  if (withDemoPeople) await addDemoPeople(common.PLANS_URL, 'spf-interieur', serviceAuthFrom(serviceAuthEnvSchema.parse(serviceKeys('operator')), 'operator').signer);
  printAddresses([
    ['identity-provider', id.issuer],
    ['identity-provider-admin', id.adminUrl],
    ['temporal-ui', t.uiUrl],
    ['temporal-grpc', t.address],
    ['database', pg.shown],
    ['mail-catcher', m.webUrl],
    ['smtp', withoutPassword(m.smtpUrl)],
    // The plan's page (sign in first); the plans API itself answers authenticated calls only.
    ['reference-plan', `${portalUrl}/plans/strategic/${referencePlanId}`],
    // Sign in as corporate@ibz.example (the President's office) with the password printed below.
    ['sign-in', `${portalUrl}/sign-in`],
    // The reference organisation's published plans, open to anyone, with the SHA-256 of each file.
    ['publication', `${portalUrl}/publication/spf-interieur`],
    ['portal-api', `${common.PORTAL_URL}/docs`],
    ...serviceAddressLines(services),
  ], processCountLines(services), id);
}

/**
 * The namespace's retention, set at every start (TEMPORAL_RETENTION_DAYS): the decision record is in
 * PostgreSQL, so Temporal keeps histories only for a while. A cluster of one's own may refuse the
 * change (its operators own the namespace): Jalon says so and runs with the retention it has.
 */
async function setRetention(config: RunConfig, address: string): Promise<void> {
  try {
    // A cluster of one's own is reached as the worker reaches it (TLS, API key).
    const server = config.TEMPORAL_ADDRESS ? temporalConnectionOptions(temporalConnectionEnvSchema.parse({ ...process.env, TEMPORAL_ADDRESS: address })) : address;
    log(retentionLine(await ensureNamespaceRetention(server, config.TEMPORAL_NAMESPACE, config.TEMPORAL_RETENTION_DAYS)));
    // Temporal's own server registers the namespace here: the worker may poll once every service knows it.
    if (!config.TEMPORAL_ADDRESS && config.JALON_TEMPORAL_ENGINE === 'server') await waitForNamespace(address, config.TEMPORAL_NAMESPACE);
  } catch (error) {
    if (!config.TEMPORAL_ADDRESS) throw error;
    log(`jalon: the retention of namespace "${config.TEMPORAL_NAMESPACE}" could not be set to ${config.TEMPORAL_RETENTION_DAYS} days (${error instanceof Error ? error.message : String(error)}); ask the cluster's operators to set it`);
  }
}

/** One `name: url` line per address, then the demo people's passwords at the local provider. */
function printAddresses(lines: Array<[string, string | null]>, counts: string[], id: IdentityProvider): void {
  log('');
  for (const line of counts) log(line);
  for (const [name, url] of lines) if (url) log(`${name}: ${url}`);
  const passwords = Object.entries(id.passwords);
  if (passwords.length > 0) {
    log('');
    log('jalon: demo people at the identity provider (e-mail and password; kept in the data folder):');
    for (const [email, password] of passwords) log(`  ${email}  ${password}`);
  }
  log('');
  log('jalon: running; Ctrl-C stops every process started here.');
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopEverything(0));

main().catch(async (error: unknown) => {
  if (error instanceof PrerequisiteError) log(`jalon: ${error.message}`);
  else log(`jalon: could not start: ${describeFailure(error)}`);
  await stopEverything(1);
});
