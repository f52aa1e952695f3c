import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, runsTypeScript, Supervisor, waitForHttp } from '@jalon/infra';
import { serviceHeaders } from '@jalon/notifications/test-support/notifications-app';
import { testDatabase, testKeyring, testSmtp } from '@jalon/testkit';
import t from 'tap';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The notifications service dies (SIGKILL) after the mail server accepted an e-mail and before the
 * outbox recorded it. Started again, it sends the e-mail again once the claim's lease runs out: at
 * most one duplicate, with the same Message-ID, so mail clients show it once.
 */
t.test('killed between the SMTP answer and the outbox update: at most one duplicate, with the same Message-ID', async (t) => {
  const databaseUrl = await testDatabase(t);
  const catcher = await testSmtp(t);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl, SMTP_URL: `smtp://127.0.0.1:${catcher.port}`, PORT: String(port), SEND_POLL_MS: '100', SEND_LEASE_MS: '2000', LOG_LEVEL: 'warn',
    // Both processes open what either sealed, as with npm start's key in the data folder.
    OUTBOX_KEYS: `crash-test:${randomBytes(32).toString('base64')}`,
    ...(await testKeyring()).env('notifications'),
  };
  const start = (extra: Record<string, string>) => {
    const supervisor = new Supervisor();
    const child = supervisor.start({
      name: 'notifications', command: process.execPath, args: [...runsTypeScript, path.join(repoRoot, 'services/notifications/src/server.ts')],
      cwd: repoRoot, env: { ...process.env, ...env, ...extra },
    });
    t.teardown(() => supervisor.stopAll());
    return child;
  };

  const doomed = start({ JALON_FAILPOINT: 'exit-after-smtp' });
  const died = new Promise<NodeJS.Signals | null>((resolve) => doomed.once('exit', (_code, signal) => resolve(signal)));
  await waitForHttp(`${baseUrl}/health`, 60_000);
  const queued = await fetch(`${baseUrl}/notifications`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...await serviceHeaders('worker') },
    body: JSON.stringify({
      idempotencyKey: 'crash-test:communication:personnel', kind: 'communication', template: 'communication',
      recipient: { email: 'personnel@ibz.example', name: 'Personnel', language: 'fr' },
      params: { planTitle: 'Plan stratégique 2022-2024', targetGroup: 'Membres du personnel', message: 'Le plan est signé.' },
    }),
  });
  t.equal(queued.status, 201);
  const { id } = (await queued.json()) as { id: string };
  t.equal(await died, 'SIGKILL', 'the service died right after the mail server accepted the e-mail');
  t.equal(catcher.messages.length, 1, 'the e-mail had reached the mail server');

  start({});
  await waitForHttp(`${baseUrl}/health`, 60_000);
  let status = '';
  for (let i = 0; i < 100 && status !== 'sent'; i++) {
    status = ((await (await fetch(`${baseUrl}/notifications/${id}`, { headers: await serviceHeaders('worker') })).json()) as { status: string }).status;
    if (status !== 'sent') await new Promise((r) => setTimeout(r, 200));
  }
  t.equal(status, 'sent', 'the restarted service finishes the job once the claim expires');
  await new Promise((r) => setTimeout(r, 1_000));
  const copies = catcher.messages.filter((m) => m.to.includes('personnel@ibz.example'));
  t.ok(copies.length <= 2, `at most one duplicate (${copies.length} received)`);
  t.equal(new Set(copies.map((m) => m.messageId)).size, 1, 'every copy has the same Message-ID');
  t.ok(copies[0]!.messageId, 'which is set');
});
