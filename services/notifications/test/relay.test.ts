import t from 'tap';
import {
  countRows, notificationsApp, portalHeaders, reviewRequest, serviceHeaders, settle, signInRequest, workerHeaders,
} from '../test-support/notifications-app.js';

/*
 * The attacks of issue 13 on the notifications service: the organisation's sender used as an open
 * mail relay (any template, any link), and a predictable idempotency key used to pre-empt a real e-mail.
 */

const queue = async (app: Awaited<ReturnType<typeof notificationsApp>>['app'], headers: Record<string, string>, payload: object) =>
  app.inject({ method: 'POST', url: '/notifications', headers, payload });

t.test('a link that leads anywhere but under PUBLIC_BASE_URL: 400 naming the field, nothing queued', async (t) => {
  const { app, db } = await notificationsApp(t);
  const elsewhere = [
    'https://evil.example/r/7f3a9c',
    'https://jalon.ibz.example.evil.example/r/7f3a9c',
    'https://jalon.ibz.example@evil.example/r/7f3a9c',
    'http://jalon.ibz.example/r/7f3a9c',
    'https://jalon.ibz.example:8443/r/7f3a9c',
  ];
  for (const link of elsewhere) {
    const res = await queue(app, await workerHeaders(), reviewRequest({ key: `relay:${link}`, params: { link } }));
    t.equal(res.statusCode, 400, link);
    t.match(res.json().message, /body\.params\.link: must be an address under https:\/\/jalon\.ibz\.example/, `${link}: names the field`);
    t.same(res.json().issues, [{ path: 'body.params.link', message: 'must be an address under https://jalon.ibz.example' }]);
  }
  // An address hidden in another field reads as a link in the e-mail too.
  const hidden = await queue(app, await workerHeaders(), reviewRequest({ params: { planTitle: { fr: 'https://evil.example/plan', nl: 'Plan' } } }));
  t.equal(hidden.statusCode, 400);
  t.match(hidden.json().message, /body\.params\.planTitle\.fr/);
  const signIn = await queue(app, await portalHeaders(), signInRequest({ link: 'https://evil.example/sign-in/Zx81' }));
  t.equal(signIn.statusCode, 400, 'the portal\'s sign-in e-mail too');
  t.equal(await countRows(db), 0, 'nothing was queued');
});

t.test('PUBLIC_BASE_URL with a path: links must lie under that path, as the mail client resolves them', async (t) => {
  const { app, db } = await notificationsApp(t, { publicBaseUrl: 'https://ibz.example/jalon' });
  for (const link of ['https://ibz.example/jalonx/r/1', 'https://ibz.example/other/r/1', 'https://ibz.example/jalon/../other/r/1', 'https://ibz.example/jalon/%2e%2e/other']) {
    const res = await queue(app, await workerHeaders(), reviewRequest({ key: `path:${link}`, params: { link } }));
    t.equal(res.statusCode, 400, link);
  }
  t.equal(await countRows(db), 0);
  const ok = await queue(app, await workerHeaders(), reviewRequest({ params: { link: 'https://ibz.example/jalon/decisions/7f3a9c' } }));
  t.equal(ok.statusCode, 201, 'a link under the path is queued');
});

t.test('a template sent by a service it does not belong to: 403, nothing queued', async (t) => {
  const { app, db } = await notificationsApp(t);
  const review = await queue(app, await portalHeaders(), reviewRequest());
  t.equal(review.statusCode, 403, 'the portal may not send the workflows\' e-mails');
  t.match(review.json().message, /The portal service may not send the review_request e-mail/);
  const signIn = await queue(app, await workerHeaders(), signInRequest());
  t.equal(signIn.statusCode, 403, 'the worker may not send sign-in e-mails');
  const report = {
    idempotencyKey: 'delivery_failed:forged', kind: 'delivery_failed', template: 'delivery_failed',
    recipient: { email: 'corporate@ibz.example', name: 'Cellule Corporate', language: 'fr' },
    params: {
      notificationId: '7b0c3c5e-0000-4000-8000-000000000000', messageId: '<x@jalon.test>', kind: 'review_request', subject: 'x',
      recipientEmail: 'x@ibz.example', recipientName: 'X', smtpResponse: '550', attempts: 1, failedAt: '2026-11-26T19:00:00+01:00',
    },
  };
  for (const service of ['worker', 'portal'] as const) {
    t.equal((await queue(app, await serviceHeaders(service), report)).statusCode, 403, `nobody reports failures through the API (${service})`);
  }
  t.equal(await countRows(db), 0);
  t.equal((await queue(app, await portalHeaders(), signInRequest())).statusCode, 201, 'the portal sends sign-in e-mails');
});

t.test('the portal queues the key the worker will use: the worker\'s e-mail still goes out', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  const worker = reviewRequest();
  const early = await queue(app, await portalHeaders(), signInRequest({ key: worker.idempotencyKey, email: worker.recipient.email }));
  t.equal(early.statusCode, 201);
  const real = await queue(app, await workerHeaders(), worker);
  t.equal(real.statusCode, 201, 'the worker\'s key is its own: a new e-mail, not the portal\'s');
  t.not(real.json().id, early.json().id);
  t.not(real.json().messageId, early.json().messageId, 'with its own Message-ID');
  t.equal(real.json().requestedBy, 'worker');
  const retried = await queue(app, await workerHeaders(), worker);
  t.equal(retried.statusCode, 200, 'the worker\'s own retry still finds its first request');
  t.equal(retried.json().id, real.json().id);

  const byKey = async (headers: Record<string, string>) =>
    (await app.inject({ url: `/notifications?idempotencyKey=${encodeURIComponent(worker.idempotencyKey)}`, headers })).json();
  t.same((await byKey(await workerHeaders())).items.map((n: { id: string }) => n.id), [real.json().id], 'a key names the caller\'s own e-mail');
  t.same((await byKey(await portalHeaders())).items.map((n: { id: string }) => n.id), [early.json().id]);

  await send();
  await settle();
  t.equal(await countRows(db), 2);
  const received = catcher.messages.filter((m) => m.to.includes(worker.recipient.email));
  t.equal(received.length, 2, 'both e-mails went out');
  t.ok(received.some((m) => m.messageId === real.json().messageId && /r\/7f3a9c/.test(m.text)), 'the review request, with its link');
});
