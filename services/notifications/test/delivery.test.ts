import t from 'tap';
import { notificationsApp, reviewRequest, workerHeaders } from '../test-support/notifications-app.js';

type App = Awaited<ReturnType<typeof notificationsApp>>['app'];

async function statusOf(app: App, id: string, wanted: string, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const body = (await app.inject({ headers: await workerHeaders(), url: `/notifications/${id}` })).json();
    if (body.status === wanted || Date.now() > until) return body;
    await new Promise((r) => setTimeout(r, 20));
  }
}

t.test('a French and a Dutch reader each get the e-mail in their own language, text and HTML, with the stable Message-ID', async (t) => {
  // A poll interval far longer than the test: the e-mails only arrive in time because queuing wakes the sender.
  const { app, catcher } = await notificationsApp(t, { loop: { pollMs: 600_000 } });

  const fr = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: 'marie.dupont@ibz.example', name: 'Marie Dupont', language: 'fr' }) });
  const nl = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: 'jan.peeters@ibz.example', name: 'Jan Peeters', language: 'nl' }) });
  t.equal(fr.statusCode, 201);
  t.equal(nl.statusCode, 201);
  t.equal(fr.json().status, 'pending');
  t.match(fr.json().messageId, /^<[0-9a-f]{32}@jalon\.test>$/, 'the Message-ID is a hash of the key at MAIL_DOMAIN');

  const [toMarie] = await catcher.waitFor((m) => m.to.includes('marie.dupont@ibz.example'), { timeoutMs: 5_000 });
  const [toJan] = await catcher.waitFor((m) => m.to.includes('jan.peeters@ibz.example'), { timeoutMs: 5_000 });

  t.equal(toMarie!.subject, 'Pour examen\u00a0: Plan stratégique 2022-2024 – Validation par le comité de direction');
  t.match(toMarie!.text, /^Bonjour Marie Dupont,/);
  t.match(toMarie!.text, /Merci de rendre votre avis au plus tard le mardi 15 mars 2022 à 17:00\./, 'the deadline in Brussels time, written in French');
  t.match(toMarie!.text, /Objectif 20 : nouvelle entité responsable/, 'what changed');
  t.match(toMarie!.text, /https:\/\/jalon\.ibz\.example\/r\/7f3a9c/, 'the personal link');
  t.match(toMarie!.html ?? '', /<html lang="fr">/);
  t.match(toMarie!.html ?? '', /href="https:\/\/jalon\.ibz\.example\/r\/7f3a9c"/);
  t.equal(toMarie!.messageId, fr.json().messageId, 'sent with the Message-ID the API announced');
  t.match(toMarie!.from, /jalon@ibz\.example/);
  t.equal(toMarie!.headers['content-language'], 'fr');
  t.equal(toMarie!.headers['auto-submitted'], 'auto-generated');

  t.equal(toJan!.subject, 'Ter nazicht: Strategisch plan 2022-2024 – Validering door het directiecomité');
  t.match(toJan!.text, /^Beste Jan Peeters,/);
  t.match(toJan!.text, /Gelieve uw advies uiterlijk op dinsdag 15 maart 2022 om 17:00 te bezorgen\./);
  t.match(toJan!.text, /Deze link is persoonlijk/);
  t.match(toJan!.html ?? '', /<html lang="nl">/);
  t.equal(toJan!.messageId, nl.json().messageId);
  t.notMatch(toJan!.text, /Bonjour|Merci/, 'nothing in the sender\'s language');

  const status = await statusOf(app, fr.json().id, 'sent');
  t.equal(status.status, 'sent');
  t.equal(status.attempts, 1);
  t.match(status.smtpResponse, /^250/, 'the SMTP answer is recorded');
  t.ok(status.sentAt, 'with the time it was sent');
  t.equal(status.nextAttemptAt, null);
  t.equal(status.lastError, null);
});

t.test('every parameter is escaped in the HTML part', async (t) => {
  const { app, catcher, send } = await notificationsApp(t);
  const hostile = '<script>alert("jalon")</script> & <b>bold</b>';
  const res = await app.inject({
    method: 'POST', url: '/notifications', headers: await workerHeaders(),
    payload: reviewRequest({ name: 'Eve <img src=x onerror=alert(1)>', params: { stepName: hostile, changesSummary: hostile, planTitle: 'Plan "2022" & \'co\'' } }),
  });
  t.equal(res.statusCode, 201);
  await send();
  const [mail] = await catcher.waitFor(() => true);
  const html = mail!.html ?? '';
  t.notMatch(html, /<script|<b>|<img/i, 'no markup from a parameter survives');
  t.match(html, /&lt;script&gt;alert\(&quot;jalon&quot;\)&lt;\/script&gt; &amp; &lt;b&gt;bold&lt;\/b&gt;/);
  t.match(html, /Plan &quot;2022&quot; &amp; &#39;co&#39;/);
  t.match(html, /Eve &lt;img src=x onerror=alert\(1\)&gt;/, 'the reader\'s name too');
  t.match(mail!.text, /<script>alert\("jalon"\)<\/script>/, 'the text part shows the text as it was written');
});

t.test('GET /notifications filters by key, status and recipient, and pages', async (t) => {
  const { app, send } = await notificationsApp(t);
  for (const email of ['a@ibz.example', 'b@ibz.example', 'c@ibz.example']) {
    await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email }) });
  }
  await send();
  await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: 'd@ibz.example' }) });

  const all = (await app.inject({ headers: await workerHeaders(), url: '/notifications?limit=2' })).json();
  t.equal(all.total, 4);
  t.equal(all.items.length, 2);
  t.equal(all.items[0].recipient.email, 'd@ibz.example', 'newest first');
  const next = (await app.inject({ headers: await workerHeaders(), url: '/notifications?limit=2&offset=2' })).json();
  t.equal(next.items.length, 2);

  t.equal((await app.inject({ headers: await workerHeaders(), url: '/notifications?status=sent' })).json().total, 3);
  t.equal((await app.inject({ headers: await workerHeaders(), url: '/notifications?status=pending' })).json().total, 1);
  const byRecipient = (await app.inject({ headers: await workerHeaders(), url: '/notifications?recipient=B@IBZ.example' })).json();
  t.equal(byRecipient.total, 1, 'the address matches in any case');
  t.equal(byRecipient.items[0].status, 'sent');
  const key = reviewRequest({ email: 'c@ibz.example' }).idempotencyKey;
  const byKey = (await app.inject({ headers: await workerHeaders(), url: `/notifications?idempotencyKey=${encodeURIComponent(key)}` })).json();
  t.equal(byKey.total, 1);
  t.equal(byKey.items[0].idempotencyKey, key);
  t.notOk('params' in byKey.items[0], 'personal links are not shown by the status API');

  const badStatus = await app.inject({ headers: await workerHeaders(), url: '/notifications?status=lost' });
  t.equal(badStatus.statusCode, 400);
  t.match(badStatus.json().message, /querystring\.status/);
  t.equal((await app.inject({ headers: await workerHeaders(), url: '/notifications/7b0c3c5e-0000-4000-8000-000000000000' })).statusCode, 404);
  const badId = await app.inject({ headers: await workerHeaders(), url: '/notifications/42' });
  t.equal(badId.statusCode, 400);
  t.match(badId.json().message, /params\.id/);
});
