import t from 'tap';
import { countRows, notificationsApp, presidentOffice, reviewRequest, settle, workerHeaders } from '../test-support/notifications-app.js';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test('451 then 250: sent once after one retry, after the backoff', async (t) => {
  const base = 150;
  const { app, catcher, send } = await notificationsApp(t, { sender: { retryBaseMs: base } });
  catcher.scriptReplies({ code: 451, message: '4.7.1 Greylisted, please try again later' });
  const queued = (await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() })).json();

  const before = Date.now();
  t.same(await send(), { claimed: 1, sent: 0, retrying: 1, failed: 0 });
  const after = Date.now();
  const retrying = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(retrying.status, 'retrying');
  t.equal(retrying.attempts, 1);
  t.match(retrying.lastError, /451/);
  t.match(retrying.smtpResponse, /^451 4\.7\.1 Greylisted/);
  const next = Date.parse(retrying.nextAttemptAt);
  t.ok(next >= before + base && next <= after + base, 'the retry waits the base delay after the refusal');
  t.equal((await send(new Date(next - 1))).claimed, 0, 'nothing is sent before the backoff has passed');

  await later(Math.max(0, next - Date.now()) + 5);
  t.same(await send(), { claimed: 1, sent: 1, retrying: 0, failed: 0 });
  const sent = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(sent.status, 'sent');
  t.equal(sent.attempts, 2);
  t.match(sent.smtpResponse, /^250/);
  t.match(sent.lastError, /451/, 'the earlier failure stays visible');
  await settle();
  t.equal(catcher.messages.length, 1, 'one e-mail arrived');
  t.equal(catcher.messages[0]!.messageId, queued.messageId);
});

t.test('retries back off exponentially up to MAX_ATTEMPTS, then the message fails and is reported', async (t) => {
  const { app, catcher, send, settings } = await notificationsApp(t, { sender: { retryBaseMs: 1_000, retryCapMs: 3_000, maxAttempts: 4 } });
  catcher.scriptReplies(...Array.from({ length: 4 }, () => ({ code: 421, message: '4.3.2 Service not available, closing channel' })));
  const queued = (await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() })).json();
  let now = Date.now();
  const delays: number[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    t.equal((await send(new Date(now))).retrying, 1, `attempt ${attempt} is retried`);
    const next = Date.parse((await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json().nextAttemptAt);
    delays.push(next - now);
    now = next;
  }
  const expected = [1_000, 2_000, 3_000];
  // Each delay runs from the refusal, a few milliseconds after the run started.
  t.ok(delays.every((d, i) => d >= expected[i]! && d < expected[i]! + 1_000), `base, twice the base, then capped (${delays.join(', ')} ms)`);
  t.equal((await send(new Date(now))).failed, 1, 'the fourth refusal is the last');
  const failed = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(failed.status, 'failed');
  t.equal(failed.attempts, 4);
  t.ok(failed.failureReportedAt, 'the President\'s office is told');
  await send(new Date(now));
  const [report] = await catcher.waitFor((m) => m.to.includes(presidentOffice.email));
  t.match(report!.text, /421 4\.3\.2 Service not available/);
});

t.test('550: failed at once, the error recorded, and the President\'s office gets one report in its language', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  catcher.scriptReplies({ code: 550, message: '5.1.1 <jan.peeters@ibz.example>: Recipient address rejected: User unknown' });
  const queued = (await app.inject({
    method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: 'jan.peeters@ibz.example', name: 'Jan Peeters', language: 'nl' }),
  })).json();

  t.same(await send(), { claimed: 1, sent: 0, retrying: 0, failed: 1 }, 'no retry for a 5xx');
  const failed = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(failed.status, 'failed');
  t.equal(failed.attempts, 1);
  t.match(failed.lastError, /550/);
  t.match(failed.smtpResponse, /^550 5\.1\.1 <jan\.peeters@ibz\.example>: Recipient address rejected/);
  t.equal(failed.nextAttemptAt, null);
  t.ok(failed.failureReportedAt);

  await send();
  await send();
  await settle();
  const reports = catcher.messages.filter((m) => m.to.includes(presidentOffice.email));
  t.equal(reports.length, 1, 'one report');
  t.equal(catcher.messages.length, 1, 'and nothing else');
  const report = reports[0]!;
  t.equal(report.subject, 'Échec d’envoi\u00a0: e-mail à Jan Peeters', 'in the office\'s language (PRESIDENT_OFFICE_LANGUAGE), not the failed reader\'s');
  t.match(report.text, /^Bonjour Cellule Corporate,/);
  t.match(report.text, /Jan Peeters <jan\.peeters@ibz\.example>/);
  t.match(report.text, /Ter nazicht: Strategisch plan 2022-2024/, 'which e-mail');
  t.match(report.text, /550 5\.1\.1 <jan\.peeters@ibz\.example>: Recipient address rejected: User unknown/, 'the SMTP answer');
  t.match(report.html ?? '', /550 5\.1\.1 &lt;jan\.peeters@ibz\.example&gt;/);

  const listed = (await app.inject({ headers: await workerHeaders(), url: `/notifications?recipient=${presidentOffice.email}` })).json();
  t.equal(listed.total, 1);
  t.equal(listed.items[0].kind, 'delivery_failed');
  t.equal(listed.items[0].status, 'sent');
  t.equal(await countRows(db), 2);
});

t.test('a report that itself cannot be delivered is not reported again', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  catcher.scriptReplies(
    { code: 550, message: '5.1.1 unknown reader' },
    { code: 550, message: '5.1.1 unknown office mailbox' },
  );
  await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() });
  t.equal((await send()).failed, 1);
  t.equal((await send()).failed, 1, 'the report fails too');
  t.equal((await send()).claimed, 0, 'and nothing more is queued');
  t.equal(await countRows(db), 2);
  const report = await db.selectFrom('outbox').selectAll().where('kind', '=', 'delivery_failed').executeTakeFirstOrThrow();
  t.equal(report.status, 'failed');
  t.equal(report.failure_reported_at, null);
  await settle();
  t.equal(catcher.messages.length, 0);
});

t.test('without PRESIDENT_OFFICE_EMAILS a failure is recorded and nothing is queued', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t, { sender: { presidentOffice: { addresses: [], language: 'fr' } } });
  catcher.scriptReplies({ code: 554, message: '5.7.1 Message rejected' });
  const queued = (await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() })).json();
  t.equal((await send()).failed, 1);
  t.equal(await countRows(db), 1);
  t.equal((await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json().failureReportedAt, null);
});

t.test('a mail server that does not answer: the message waits and goes out once it is back', async (t) => {
  const { app, catcher, send } = await notificationsApp(t);
  const port = catcher.port;
  await catcher.close();
  const queued = (await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() })).json();
  t.equal((await send()).retrying, 1, 'a refused connection is retried');
  const status = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(status.status, 'retrying');
  t.match(status.lastError, /ECONNECTION|ECONNREFUSED/);
  await catcher.listen(port);
  await later(5);
  t.equal((await send()).sent, 1);
  await catcher.waitFor(() => true);
  const sent = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${queued.id}` })).json();
  t.equal(sent.status, 'sent', 'the same pooled transport reconnects');
  t.equal(sent.attempts, 2);
});
