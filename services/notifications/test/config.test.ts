import { serviceAuthFrom } from '@jalon/auth';
import { ConfigurationError, parseEnv } from '@jalon/service-kit';
import { testKeyring } from '@jalon/testkit';
import t from 'tap';
import { randomBytes } from 'node:crypto';
import { bodyKeysFrom, notificationsConfigSchema, senderSettingsFrom } from '../src/config.js';

const keyring = await testKeyring();
const env = { DATABASE_URL: 'postgres://jalon:secret@127.0.0.1/jalon', ...keyring.env('notifications') };

t.test('defaults', async (t) => {
  const config = parseEnv(notificationsConfigSchema, env);
  t.equal(config.MAIL_DOMAIN, 'jalon.localhost');
  t.same(config.PRESIDENT_OFFICE_EMAILS, []);
  t.equal(config.SEND_POLL_MS, 1_000);
  t.equal(config.RETRY_BASE_MS, 30_000);
  t.equal(config.MAX_ATTEMPTS, 12);
  const settings = senderSettingsFrom(config);
  t.equal(settings.retryCapMs, 3_600_000, 'retries wait at most an hour');
  t.same([settings.connections, settings.batchSize], [20, 5], 'twenty e-mails in flight, in runs of five');
  const small = senderSettingsFrom(parseEnv(notificationsConfigSchema, { ...env, SMTP_CONNECTIONS: '3' }));
  t.same([small.connections, small.batchSize], [3, 3], 'a relay taking three connections: runs of three, one at a time');
});

t.test('the President\'s office: a usual address list, names optional', async (t) => {
  const config = parseEnv(notificationsConfigSchema, {
    ...env, PRESIDENT_OFFICE_EMAILS: 'Cellule Corporate <corporate@ibz.example>, "Szabo, Laura" <laura.szabo@ibz.example>,presidence@ibz.example',
    PRESIDENT_OFFICE_LANGUAGE: 'nl', RETRY_BASE_MS: '50', MAX_ATTEMPTS: '3', MAIL_DOMAIN: 'ibz.be',
  });
  t.same(config.PRESIDENT_OFFICE_EMAILS, [
    { name: 'Cellule Corporate', email: 'corporate@ibz.example' },
    { name: 'Szabo, Laura', email: 'laura.szabo@ibz.example' },
    { name: 'presidence@ibz.example', email: 'presidence@ibz.example' },
  ]);
  const settings = senderSettingsFrom(config);
  t.equal(settings.presidentOffice.language, 'nl');
  t.equal(settings.retryBaseMs, 50);
  t.equal(settings.maxAttempts, 3);
  t.equal(settings.mailDomain, 'ibz.be');
});

t.test('a wrong variable is named, with what is expected, never its value', async (t) => {
  const read = (extra: Record<string, string>) => () => parseEnv(notificationsConfigSchema, { ...env, ...extra });
  t.throws(read({ PRESIDENT_OFFICE_EMAILS: 'corporate@ibz.example, laura.szabo' }), { name: 'ConfigurationError', message: /PRESIDENT_OFFICE_EMAILS\.1: entry 2 is not an e-mail address/ });
  t.throws(read({ MAX_ATTEMPTS: '0' }), ConfigurationError);
  t.throws(read({ MAIL_DOMAIN: 'not a domain' }), { message: /MAIL_DOMAIN/ });
  try {
    read({ SMTP_URL: 'http://user:hunter2@mail' })();
    t.fail('should throw');
  } catch (error) {
    t.notMatch((error as Error).message, /hunter2/, 'the SMTP password is not repeated');
  }
});

t.test('PUBLIC_BASE_URL: the portal\'s local address by default; an address with a query or of another scheme is refused', async (t) => {
  t.equal(parseEnv(notificationsConfigSchema, env).PUBLIC_BASE_URL, 'http://127.0.0.1:3000');
  t.equal(parseEnv(notificationsConfigSchema, { ...env, PUBLIC_BASE_URL: 'https://jalon.ibz.be/app' }).PUBLIC_BASE_URL, 'https://jalon.ibz.be/app');
  for (const bad of ['ftp://jalon.ibz.be', 'https://jalon.ibz.be/?next=x', 'https://user@jalon.ibz.be', 'jalon.ibz.be']) {
    t.throws(() => parseEnv(notificationsConfigSchema, { ...env, PUBLIC_BASE_URL: bad }), { message: /PUBLIC_BASE_URL/ }, bad);
  }
});

t.test('the service\'s identity: its own key is required, another service\'s key is refused', async (t) => {
  const { JALON_SERVICE_KEY: _key, ...withoutKey } = env;
  t.throws(() => parseEnv(notificationsConfigSchema, withoutKey), { message: /JALON_SERVICE_KEY/ });
  t.ok(serviceAuthFrom(parseEnv(notificationsConfigSchema, env), 'notifications').verifier);
  const workerKey = parseEnv(notificationsConfigSchema, { ...env, ...keyring.env('worker') });
  t.throws(() => serviceAuthFrom(workerKey, 'notifications'), { message: /key of the worker service/ });
});

t.test('OUTBOX_KEYS: keys with their ids, the first one sealing; required in production; refused when malformed', async (t) => {
  const parsed = parseEnv(notificationsConfigSchema, { ...env, OUTBOX_KEYS: `new:${randomBytes(32).toString('base64url')}, old:${randomBytes(32).toString('base64')}` });
  t.equal(bodyKeysFrom(parsed).currentKeyId, 'new');
  t.equal(parsed.OUTBOX_RETENTION_DAYS, 30, 'sent bodies are kept 30 days by default');
  t.throws(() => bodyKeysFrom(parseEnv(notificationsConfigSchema, { ...env, NODE_ENV: 'production' })), /OUTBOX_KEYS: required in production/);
  t.match(bodyKeysFrom(parseEnv(notificationsConfigSchema, env)).currentKeyId, /^process-/, 'elsewhere, a key of the process');
  t.throws(() => parseEnv(notificationsConfigSchema, { ...env, OUTBOX_KEYS: 'nokey' }), /OUTBOX_KEYS/);
  t.throws(() => parseEnv(notificationsConfigSchema, { ...env, OUTBOX_KEYS: `a:${randomBytes(16).toString('base64')}` }), /OUTBOX_KEYS/, 'a 16-byte key');
  t.throws(() => parseEnv(notificationsConfigSchema, { ...env, OUTBOX_RETENTION_DAYS: '-1' }), /OUTBOX_RETENTION_DAYS/);
});
