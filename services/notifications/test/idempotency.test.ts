import t from 'tap';
import { countRows, notificationsApp, reviewRequest, settle, workerHeaders } from '../test-support/notifications-app.js';

t.test('the same idempotency key three times: one row, one e-mail, the first answer each time', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  const first = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() });
  t.equal(first.statusCode, 201);
  await send();
  // A retried activity may render differently (a new link, say): the key decides, the first request wins.
  const again = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ params: { link: 'https://jalon.ibz.example/r/other' } }) });
  const third = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() });
  t.equal(again.statusCode, 200, 'an already used key answers 200');
  t.equal(third.statusCode, 200);
  t.equal(again.json().id, first.json().id, 'with the existing notification');
  t.equal(third.json().status, 'sent', 'and its current status');
  await send();
  await send();
  await settle();
  t.equal(await countRows(db), 1);
  t.equal(catcher.messages.length, 1, 'exactly one e-mail');
  t.match(catcher.messages[0]!.text, /r\/7f3a9c/, 'the first request\'s content');
});

t.test('10 concurrent requests with one key: one row and exactly one e-mail', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  const answers = await Promise.all(Array.from({ length: 10 }, async () => app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() })));
  t.same(answers.map((a) => a.statusCode).sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 201], 'one 201, nine 200');
  t.equal(new Set(answers.map((a) => a.json().id)).size, 1, 'all name the same notification');
  t.equal(await countRows(db), 1);
  // Several senders at once, as with several service instances: rows are claimed by one of them only.
  await Promise.all([send(), send(), send()]);
  await settle();
  t.equal(catcher.messages.length, 1, 'exactly one e-mail');
});

t.test('concurrent sender runs share a batch without sending any message twice', async (t) => {
  const { app, catcher, send } = await notificationsApp(t, { sender: { batchSize: 3 } });
  for (let i = 0; i < 12; i++) {
    await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: `person${i}@ibz.example` }) });
  }
  const reports = await Promise.all([send(), send(), send(), send(), send()]);
  const claimed = reports.reduce((n, r) => n + r.claimed, 0);
  t.ok(claimed <= 12, `${claimed} claimed in all`);
  while ((await send()).claimed > 0);
  await settle();
  t.equal(catcher.messages.length, 12);
  t.equal(new Set(catcher.messages.map((m) => m.to[0])).size, 12, 'each reader once');
});

t.test('a message left in "sending" by a killed process is sent again after its lease, with the same Message-ID', async (t) => {
  const { app, db, catcher, send, settings } = await notificationsApp(t);
  const queued = (await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() })).json();
  // What a process killed between the SMTP answer and its update leaves behind.
  await db.updateTable('outbox').set({ status: 'sending', attempts: 1, next_attempt_at: new Date(Date.now() + settings.leaseMs) }).execute();
  t.equal((await send()).claimed, 0, 'not while the lease runs');
  const report = await send(new Date(Date.now() + settings.leaseMs + 1_000));
  t.equal(report.sent, 1, 'taken over once the lease has ended');
  const [mail] = await catcher.waitFor(() => true);
  t.equal(mail!.messageId, queued.messageId);
  const status = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(status.status, 'sent');
  t.equal(status.attempts, 2);
});
