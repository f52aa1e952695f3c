import t from 'tap';
import { countRows, notificationsApp, portalHeaders, reviewRequest, settle, signInRequest, workerHeaders } from '../test-support/notifications-app.js';

/* POST /notifications/batch: a cycle's drafting e-mails queued in one call. */

const people = ['a', 'b', 'c', 'd'].map((p) => `${p}.drafter@ibz.example`);

t.test('a batch queues each e-mail once; retried, or with a key twice, it queues nothing again', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  const batch = async (notifications: object[]) => app.inject({ method: 'POST', url: '/notifications/batch', headers: await workerHeaders(), payload: { notifications } });
  const first = await batch(people.map((email) => reviewRequest({ email })));
  t.equal(first.statusCode, 200, first.body);
  const results = first.json().results as Array<{ outcome: string; created: boolean; notification: { id: string; recipient: { email: string } } }>;
  t.same(results.map((r) => [r.outcome, r.created, r.notification.recipient.email]), people.map((email) => ['queued', true, email]), 'one result per e-mail, in order');
  const retried = (await batch([...people, people[0]!].map((email) => reviewRequest({ email })))).json().results as typeof results;
  t.same(retried.map((r) => r.created), [false, false, false, false, false], 'a retried batch finds them queued');
  t.same(retried.map((r) => r.notification.id), [...results.map((r) => r.notification.id), results[0]!.notification.id], 'the same notifications');
  const twice = (await batch([reviewRequest({ email: 'e.drafter@ibz.example' }), reviewRequest({ email: 'e.drafter@ibz.example' })])).json().results as typeof results;
  t.same(twice.map((r) => r.created), [true, false], 'a key twice in one batch is one e-mail');
  t.equal(twice[0]!.notification.id, twice[1]!.notification.id);
  t.equal(await countRows(db), 5);
  await send();
  await settle();
  t.same(catcher.messages.map((m) => m.to[0]).sort(), [...people, 'e.drafter@ibz.example'].sort(), 'each reader once');
});

t.test('an e-mail of a batch its caller may not send, or whose link leads elsewhere, is refused in its place; the others are queued', async (t) => {
  const { app, db } = await notificationsApp(t);
  const response = await app.inject({
    method: 'POST', url: '/notifications/batch', headers: await workerHeaders(),
    payload: { notifications: [reviewRequest({ email: people[0] }), signInRequest(), reviewRequest({ email: people[1], params: { link: 'https://attacker.example/r/1' } }), reviewRequest({ email: people[2] })] },
  });
  t.equal(response.statusCode, 200, response.body);
  const results = response.json().results as Array<{ outcome: string; statusCode?: number; message?: string }>;
  t.same(results.map((r) => [r.outcome, r.statusCode]), [['queued', undefined], ['refused', 403], ['refused', 400], ['queued', undefined]]);
  t.match(results[1]!.message, /may not send the sign_in e-mail/);
  t.match(results[2]!.message, /must be an address under https:\/\/jalon\.ibz\.example/);
  t.equal(await countRows(db), 2, 'only the two others are queued');
});

t.test('a bad batch is refused naming the field, and queues nothing', async (t) => {
  const { app, db } = await notificationsApp(t);
  const post = async (payload: object, headers?: Record<string, string>) => app.inject({ method: 'POST', url: '/notifications/batch', headers: headers ?? await workerHeaders(), payload });
  const withAttachment = { ...reviewRequest({ email: people[1] }), attachments: [{ fileName: 'plan.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7').toString('base64') }] };
  const attached = await post({ notifications: [reviewRequest({ email: people[0] }), withAttachment] });
  t.equal(attached.statusCode, 400);
  t.match(attached.json().issues, [{ path: 'body.notifications.1.attachments' }], 'an e-mail with attachments goes alone');
  const broken = await post({ notifications: [reviewRequest({ email: people[0] }), reviewRequest({ email: 'not an address' })] });
  t.equal(broken.statusCode, 400);
  t.match(broken.json().issues, [{ path: 'body.notifications.1.recipient.email' }]);
  t.equal((await post({ notifications: Array.from({ length: 51 }, (_, i) => reviewRequest({ email: `p${i}@ibz.example` })) })).statusCode, 400, 'at most 50');
  t.equal((await post({ notifications: [] })).statusCode, 400, 'at least one');
  t.equal(await countRows(db), 0, 'nothing was queued');
  const unsigned = await app.inject({ method: 'POST', url: '/notifications/batch', payload: { notifications: [reviewRequest()] } });
  t.equal(unsigned.statusCode, 401, 'a service token is needed');
  const asPortal = await post({ notifications: [reviewRequest()] }, await portalHeaders());
  t.equal(asPortal.json().results[0].statusCode, 403, 'the portal may not send the worker\'s e-mails, in a batch either');
});
