import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot, runsTypeScript } from '@jalon/infra';
import { createDatabase, refuseUnsafeProduction, settingProblems } from '@jalon/service-kit';
import { testDatabase, testKeyring, testPayloadEnv, uniqueSuffix } from '@jalon/testkit';
import { sql } from 'kysely';
import t from 'tap';
import { actor, plansApp } from '../test-support/plans-app.js';

/*
 * With NODE_ENV=production every service refuses to start on an unsafe setting, naming it in one
 * line. Every service is started as `npm start` starts them (their server.ts in a process of their
 * own), on a real PostgreSQL whose test role is a superuser, and must exit before they serve anything.
 */

async function start(service: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const child = spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'services', service, 'src', 'server.ts')], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  return { code, lines: stderr.split('\n').filter(Boolean) };
}

const keyring = await testKeyring();
type Service = 'plans' | 'notifications' | 'portal' | 'worker';
/** A service's keys and secrets, all set: what a case leaves out is what it refuses. */
const keysOf = (service: Service): Record<string, string> => ({
  ...keyring.env(service),
  ...(service === 'portal' || service === 'worker' ? testPayloadEnv() : {}),
  ...(service === 'notifications' ? { OUTBOX_KEYS: `test:${Buffer.alloc(32, 7).toString('base64')}` } : {}),
});
const plans = await plansApp(t, { loadReference: true });
const databaseUrl = plans.url;

t.test('each service refuses to start in production, naming every unsafe setting in one line', async (t) => {
  // A person at the reserved .example domain, as `npm start`'s demo people are.
  const demo = await plans.app.inject({
    method: 'POST', url: `/organisations/${plans.organisationCode}/people`, headers: { ...actor },
    payload: { name: 'Cellule Corporate (démo)', email: 'corporate@ibz.example', language: 'fr', roles: [] },
  });
  t.equal(demo.statusCode, 201);

  const cases: Array<[string, Record<string, string>, RegExp[]]> = [
    ['plans', { DATABASE_URL: databaseUrl, ...keysOf('plans') }, [/superuser/, /demo people \(addresses at a \.example domain\)/]],
    ['notifications', {
      DATABASE_URL: databaseUrl, ...keysOf('notifications'), PUBLIC_BASE_URL: 'http://jalon.ibz.be', SMTP_URL: 'smtp://mail.ibz.be:25', JALON_DEMO_PEOPLE: 'true',
    }, [/superuser/, /PUBLIC_BASE_URL is not an https address/, /SMTP_URL sends to mail\.ibz\.be without TLS/, /JALON_DEMO_PEOPLE=true/]],
    ['portal', {
      DATABASE_URL: databaseUrl, ...testPayloadEnv(), JALON_SERVICE_KEY: keyring.env('portal').JALON_SERVICE_KEY, PUBLIC_BASE_URL: 'http://jalon.ibz.be',
      CSRF_SECRET: 'x'.repeat(40), EMAIL_SIGN_IN: 'true', INTERNAL_PORT: '0',
    }, [/superuser/, /PUBLIC_BASE_URL is not an https address/, /JALON_TRUSTED_KEYS not set/]],
    ['worker', { ...keysOf('worker'), JALON_DEMO_PEOPLE: 'true' }, [/JALON_DEMO_PEOPLE=true/]],
  ];
  for (const [service, env, reasons] of cases) {
    const { code, lines } = await start(service, env);
    t.equal(code, 1, `${service} exits with 1`);
    t.equal(lines.length, 1, `${service}: one line (${lines.join(' | ').slice(0, 300)})`);
    t.match(lines[0], new RegExp(`^${service}: refusing to start in production: `), `${service}: says it refuses`);
    for (const reason of reasons) t.match(lines[0], reason, `${service}: names ${reason.source}`);
    t.notMatch(lines[0], /"d":|"x":|private/i, `${service}: shows no key`);
  }
});

t.test('the database checks: a superuser role is refused, the service\'s own role is not', async (t) => {
  const url = await testDatabase(t);
  const role = `jalon_probe_${uniqueSuffix().replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
  const asSuperuser = createDatabase(url, 'public', 1);
  await sql`create role ${sql.id(role)} login password 'probe-password' nosuperuser`.execute(asSuperuser);
  const own = new URL(url);
  own.username = role;
  own.password = 'probe-password';
  const asOwnRole = createDatabase(own.toString(), 'public', 1);
  t.teardown(async () => {
    await asOwnRole.destroy();
    await sql`drop role if exists ${sql.id(role)}`.execute(asSuperuser);
    await asSuperuser.destroy();
  });
  const env = { NODE_ENV: 'production', ...keysOf('notifications'), PUBLIC_BASE_URL: 'https://jalon.ibz.be', SMTP_URL: 'smtps://mail.ibz.be' };
  await t.rejects(refuseUnsafeProduction('notifications', { env, db: asSuperuser }), { name: 'ConfigurationError', message: /the database role \w+ is a superuser/ });
  await t.resolves(refuseUnsafeProduction('notifications', { env, db: asOwnRole }), 'safe settings and the service\'s own role: it starts');
  await t.resolves(refuseUnsafeProduction('notifications', { env: { ...env, NODE_ENV: 'development' }, db: asSuperuser }), 'outside production nothing is refused');
});

t.test('the settings each service is checked on', async (t) => {
  const keys = keysOf;
  const safe = { ...keys('notifications'), PUBLIC_BASE_URL: 'https://jalon.ibz.be', SMTP_URL: 'smtps://mail.ibz.be' };
  t.same(settingProblems('notifications', safe), [], 'https and implicit TLS: nothing');
  t.same(settingProblems('notifications', { ...safe, SMTP_URL: 'smtp://mail.ibz.be:587?starttls=required' }), [], 'STARTTLS required: nothing');
  t.same(settingProblems('notifications', { ...safe, SMTP_URL: 'smtp://127.0.0.1:1025' }), [], 'a mail relay on the same machine: nothing');
  t.match(settingProblems('notifications', { ...safe, SMTP_URL: 'smtp://mail.ibz.be:587' }), [/SMTP_URL sends to mail\.ibz\.be without TLS/]);
  t.match(settingProblems('notifications', { ...safe, PUBLIC_BASE_URL: undefined }), [/PUBLIC_BASE_URL is not an https address/], 'unset means the http default');
  t.match(settingProblems('portal', { ...keys('portal'), PUBLIC_BASE_URL: 'https://jalon.ibz.be' }), [/CSRF_SECRET not set/], 'the portal\'s form and cookie secret');
  t.match(settingProblems('plans', { JALON_TRUSTED_KEYS: '{}' }), [/JALON_SERVICE_KEY not set/]);
  t.same(settingProblems('worker', keys('worker')), [], 'the worker with its keys');
  t.match(settingProblems('worker', { ...keys('worker'), JALON_DEMO_PEOPLE: 'true' }), [/JALON_DEMO_PEOPLE=true/]);
});
