import { notificationsApp, reviewRequest, workerHeaders } from '@jalon/notifications/test-support/notifications-app';
import t from 'tap';

const OUTAGE_MS = Number(process.env.JALON_SMTP_OUTAGE_MS ?? 120_000);

/**
 * The mail server is stopped for two minutes while e-mails are queued: they wait, are retried with
 * backoff, and go out once it is back, each exactly once.
 */
t.test('the SMTP server stopped for two minutes: every e-mail goes out once it is back, exactly once', async (t) => {
  const n = await notificationsApp(t, { loop: { pollMs: 200 }, sender: { retryBaseMs: 5_000, retryCapMs: 20_000 } });
  const port = n.catcher.port;
  const stopped = Date.now();
  await n.catcher.close();

  const ids: string[] = [];
  for (const who of ['dgsp', 'dvz', 'nccn']) {
    const res = await n.app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ key: `outage:${who}`, email: `${who}@ibz.example` }) });
    t.equal(res.statusCode, 201, `${who}'s e-mail is queued while the mail server is down`);
    ids.push(res.json().id);
  }
  await new Promise((r) => setTimeout(r, 15_000));
  const waiting = await Promise.all(ids.map(async (id) => (await n.app.inject({ headers: await workerHeaders(), url: `/notifications/${id}` })).json()));
  // Read at one instant: a row may be in the middle of a retry ('sending', claimed for its next attempt), which is not giving up either.
  t.ok(waiting.every((s) => ['retrying', 'sending'].includes(s.status) && s.attempts >= 1), 'they wait to be retried, none given up',
    { statuses: waiting.map((s) => `${s.status} after ${s.attempts} attempts`) });

  await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stopped))));
  await n.catcher.listen(port);
  await n.catcher.waitFor((m) => ['dgsp', 'dvz', 'nccn'].some((w) => m.to.includes(`${w}@ibz.example`)), { count: 3, timeoutMs: 60_000 });
  await new Promise((r) => setTimeout(r, 3_000));
  for (const who of ['dgsp', 'dvz', 'nccn']) {
    t.equal(n.catcher.messages.filter((m) => m.to.includes(`${who}@ibz.example`)).length, 1, `${who} receives the e-mail exactly once`);
  }
  const sent = await Promise.all(ids.map(async (id) => (await n.app.inject({ headers: await workerHeaders(), url: `/notifications/${id}` })).json()));
  t.ok(sent.every((s) => s.status === 'sent'), 'every one is recorded as sent');
  t.ok(sent.every((s) => s.attempts > 1), `after retries (${sent.map((s) => s.attempts).join(', ')} attempts)`);
});
