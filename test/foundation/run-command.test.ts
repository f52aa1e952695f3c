import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ServiceTokenSigner, serviceSigningKeySchema } from '@jalon/auth';
import { repoRoot, runsTypeScript } from '@jalon/infra';
import { clientDataConverter, payloadKeyring, payloadKeysSchema } from '@jalon/temporal-connection';
import { completeProbe, probeStatus, probeWorkflow } from '@jalon/workflows';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import t from 'tap';
import { freeRunPorts, runDataFolder, startJalon, stopJalon } from '../support/run-command.js';

/** Processes whose command line mentions the data folder or a port of this run. */
function processesOf(markers: string[]): string[] {
  const out: string[] = [];
  for (const pid of readdirNumeric('/proc')) {
    let cmd = '';
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '); } catch { continue; }
    if (markers.some((m) => cmd.includes(m))) out.push(`${pid} ${cmd}`);
  }
  return out;
}
function readdirNumeric(dir: string): number[] {
  return readdirSync(dir).filter((d) => /^\d+$/.test(d)).map(Number);
}

t.test('the run command starts everything, every address answers, Ctrl-C leaves nothing, a restart keeps the data', async (t) => {
  t.setTimeout(600_000);
  const env: NodeJS.ProcessEnv = { JALON_DATA_DIR: runDataFolder(t, 'run'), ...await freeRunPorts() };

  const first = await startJalon(env);
  t.teardown(() => { if (first.child.exitCode === null) first.child.kill('SIGKILL'); });
  for (const name of ['reference-plan', 'temporal-ui', 'temporal-grpc', 'database', 'mail-catcher', 'smtp', 'plans-health', 'plans-docs',
    'notifications-health', 'notifications-docs', 'portal-health', 'portal-api', 'worker-health', 'worker-docs', 'identity-provider', 'sign-in']) {
    t.ok(first.addresses.has(name), `prints ${name}`);
  }
  t.ok(first.output.includes('worker: 1 process') && first.output.includes('portal: 1 process'), 'and how many workers and portals run (one each by default)');
  for (const [name, url] of first.addresses) {
    if (!url.startsWith('http')) continue;
    const res = await fetch(url);
    t.equal(res.status, 200, `${name} ${url} answers 200`);
  }

  const discovery = await fetch(`${first.addresses.get('identity-provider')!}/.well-known/openid-configuration`);
  t.equal(discovery.status, 200, 'the identity provider publishes its OpenID configuration');
  t.ok(first.output.some((l) => /^\s+corporate@ibz\.example\s+\S{12,}$/.test(l)), 'and the demo people\'s passwords are printed');

  // The plans API answers authenticated callers only: here the worker, whose key the run made in the data folder.
  const workerKey = new ServiceTokenSigner(serviceSigningKeySchema.parse(JSON.parse(readFileSync(path.join(env.JALON_DATA_DIR!, 'service-keys', 'worker.jwk.json'), 'utf8'))));
  const planId = first.addresses.get('reference-plan')!.split('/').pop();
  const plansUrl = new URL(first.addresses.get('plans-health')!).origin;
  t.equal((await fetch(`${plansUrl}/strategic-plans/${planId}`)).status, 401, 'the plans API refuses a caller without credentials');
  const plan = await (await fetch(`${plansUrl}/strategic-plans/${planId}`, { headers: { authorization: `Bearer ${await workerKey.sign('plans')}` } })).json() as { objectives: unknown[]; code: string };
  t.equal(plan.objectives.length, 22, 'the reference plan is loaded with its 22 objectives');

  // A workflow started now must still be there after a restart (Temporal's SQLite file is kept).
  // Payloads are encrypted with the key the run made in the data folder; a client needs it too.
  const keyFile = JSON.parse(readFileSync(path.join(env.JALON_DATA_DIR!, 'payload-keys.json'), 'utf8')) as { currentKeyId: string; keys: Record<string, string> };
  const dataConverter = clientDataConverter(payloadKeyring(payloadKeysSchema.parse(keyFile.keys), keyFile.currentKeyId));
  const connection = await Connection.connect({ address: first.addresses.get('temporal-grpc')! });
  const client = new Client({ connection, dataConverter });
  const handle = await client.workflow.start(probeWorkflow, { taskQueue: 'jalon', workflowId: 'survives-restart' });
  t.equal(await handle.query(probeStatus), 'waiting');
  await connection.close();

  const stopping = Date.now();
  t.equal(await stopJalon(first), 0, 'Ctrl-C stops with exit code 0');
  // 5 s on a quiet machine (services first, together, then the servers together); the bound leaves
  // room for the other test file tap runs beside this one. Before the stop tiers it took 27–31 s.
  const stopSeconds = (Date.now() - stopping) / 1000;
  t.ok(stopSeconds < 12, `Ctrl-C stopped everything in ${stopSeconds.toFixed(1)} s`);
  t.same(processesOf([env.JALON_DATA_DIR!, `--port ${env.JALON_TEMPORAL_PORT}`]), [], 'no process it started is left');

  const second = await startJalon(env);
  t.teardown(() => { if (second.child.exitCode === null) second.child.kill('SIGKILL'); });
  t.equal(second.addresses.get('database'), first.addresses.get('database'), 'the same database, same credentials');
  t.notOk(second.output.some((l) => l.includes('creating a new database cluster')), 'PostgreSQL data is reused');
  t.equal(second.addresses.get('reference-plan'), first.addresses.get('reference-plan'), 'the reference plan is not loaded twice');
  t.ok(second.output.some((l) => l.includes('already loaded, nothing changed')));
  const again = await Connection.connect({ address: second.addresses.get('temporal-grpc')! });
  const resumed = new Client({ connection: again, dataConverter }).workflow.getHandle('survives-restart');
  t.equal(await resumed.executeUpdate(completeProbe, { args: ['after restart'] }), 'after restart', 'the workflow from before the restart goes on');
  t.equal(await resumed.result(), 'after restart');
  await again.close();

  // Each service runs as its own role, not as the administrator that migrates. Its health check
  // uses the database, so each has a connection open (a pool closes idle ones after 10 s).
  for (const name of ['plans', 'notifications', 'portal']) await fetch(second.addresses.get(`${name}-health`)!);
  const admin = new pg.Client({ connectionString: second.addresses.get('database')! });
  await admin.connect();
  const sessions = await admin.query<{ usename: string; application_name: string }>(
    `select distinct usename, application_name from pg_stat_activity where application_name in ('jalon-plans', 'jalon-notifications', 'jalon-portal') order by 2`);
  await admin.end();
  t.same(sessions.rows, [
    { usename: 'jalon_notifications_service', application_name: 'jalon-notifications' },
    { usename: 'jalon_plans_service', application_name: 'jalon-plans' },
    { usename: 'jalon_portal_service', application_name: 'jalon-portal' },
  ], 'each service connects as its login role');
  // The plans service signed its audit chain's head at this start; verify-audit finds everything in the data folder.
  const verified = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'infra/src/cli/verify-audit.ts')], {
      cwd: repoRoot, env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.once('exit', (code) => resolve({ code, out }));
  });
  t.equal(verified.code, 0, verified.out);
  t.match(verified.out, /intact: \d+ rows, head row \d+ .*; 1 signed heads checked/);
  t.equal(await stopJalon(second), 0);
  t.same(processesOf([env.JALON_DATA_DIR!]), [], 'nothing left after the second stop');
});
