import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import t from 'tap';
import { BodyKeyring } from '../src/body-keys.js';
import { purgeExpiredBodies, sealClearBodies } from '../src/outbox-bodies.js';
import { sendDue } from '../src/sender.js';
import { notificationsApp, portalHeaders, reviewRequest, signInRequest, workerHeaders, type NotificationsTestApp } from '../test-support/notifications-app.js';

/* What a copy of the outbox (a backup, a dump) gives away: no link, ever; and bodies do not stay forever. */

const DECISION_LINK = 'https://jalon.ibz.example/decisions/Q2hvY29sYXRlIGlzIGEgdmVnZXRhYmxlLCBzbyBpdC';
const SIGN_IN_LINK = 'https://jalon.ibz.example/sign-in/link/U2lnbiBpbiB0b2tlbiBmb3IgYSB0ZXN0LCBub3QgcmVhbA';
const DAY = 86_400_000;

/** Every column of every row, as text: what a dump of the table holds. */
async function tableAsText(db: NotificationsTestApp['db']): Promise<string> {
  const rows = await sql<{ row: string }>`select o::text as row from outbox o`.execute(db);
  return rows.rows.map((r) => r.row).join('\n');
}

t.test('a queued e-mail keeps no link readable in its row; the e-mail sent carries it', async (t) => {
  const { app, db, catcher, send } = await notificationsApp(t);
  await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ params: { link: DECISION_LINK } }) });
  await app.inject({ method: 'POST', url: '/notifications', headers: await portalHeaders(), payload: signInRequest({ link: SIGN_IN_LINK }) });
  const queued = await tableAsText(db);
  t.notMatch(queued, /decisions\/Q2hv/, 'no decision link in the table while queued');
  t.notMatch(queued, /sign-in\/link\/U2ln/, 'no sign-in link either');
  t.match(queued, /Pour examen/, 'the subject stays readable (the delivery status shows it)');

  const report = await send();
  t.equal(report.sent, 2);
  const toReviewer = catcher.messages.find((m) => m.to.includes('marie.dupont@ibz.example'))!;
  t.match(toReviewer.text, DECISION_LINK, 'the reader gets the link in the text');
  t.match(toReviewer.html, DECISION_LINK, 'and in the HTML');
  t.match(catcher.messages.find((m) => m.to.includes('sophie.martin@ibz.example'))!.text, SIGN_IN_LINK);
  t.notMatch(await tableAsText(db), /decisions\/Q2hv|sign-in\/link\/U2ln/, 'nor once sent');
});

t.test('a sent body is kept OUTBOX_RETENTION_DAYS, then purged; the delivery record stays', async (t) => {
  const { app, db, send } = await notificationsApp(t);
  const queued = await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() });
  await send();
  const id = queued.json().id as string;
  const sentAt = (await db.selectFrom('outbox').select('sent_at').where('id', '=', id).executeTakeFirstOrThrow()).sent_at!;
  t.equal(await purgeExpiredBodies(db, new Date(sentAt.getTime() + 29 * DAY), 30), 0, 'kept within the retention');
  t.not((await db.selectFrom('outbox').select('sealed_body').where('id', '=', id).executeTakeFirstOrThrow()).sealed_body, null);
  t.equal(await purgeExpiredBodies(db, new Date(sentAt.getTime() + 31 * DAY), 30), 1, 'purged after it');
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  t.same([row.sealed_body, row.body_key_id, row.text_body, row.html_body, row.params], [null, null, null, null, null], 'nothing of the body is left');
  t.not(row.body_purged_at, null);
  const status = await app.inject({ method: 'GET', url: `/notifications/${id}`, headers: await workerHeaders() });
  t.equal(status.statusCode, 200, 'the delivery status still answers');
  t.equal(status.json().status, 'sent');
  t.equal(await purgeExpiredBodies(db, new Date(sentAt.getTime() + 400 * DAY), 30), 0, 'purged once');
});

t.test('a message still to send is never purged, however old', async (t) => {
  const { app, db } = await notificationsApp(t);
  await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest() });
  t.equal(await purgeExpiredBodies(db, new Date(Date.now() + 1000 * DAY), 0), 0);
});

t.test('keys rotate: a body sealed with the old key is sent once the new key is first; without the old key it fails, saying which', async (t) => {
  const [oldKey, newKey] = [randomBytes(32), randomBytes(32)];
  const old = new BodyKeyring([{ id: '2026-a', key: oldKey }]);
  const { app, db, catcher, smtp, settings } = await notificationsApp(t, { sender: { bodyKeys: old } });
  await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: 'a@ibz.example' }) });
  await app.inject({ method: 'POST', url: '/notifications', headers: await workerHeaders(), payload: reviewRequest({ email: 'b@ibz.example', key: 'second' }) });
  t.same((await db.selectFrom('outbox').select('body_key_id').execute()).map((r) => r.body_key_id), ['2026-a', '2026-a'], 'each body names its key');

  // After the rotation only the new key is left: the first message cannot be opened any more.
  await db.updateTable('outbox').set({ next_attempt_at: new Date(Date.now() + DAY) }).where('idempotency_key', '=', 'second').execute();
  const onlyNew = await sendDue(db, smtp, new Date(), { ...settings, bodyKeys: new BodyKeyring([{ id: '2026-b', key: newKey }]) });
  t.equal(onlyNew.failed, 1, 'given up at once, not retried forever');
  t.match((await db.selectFrom('outbox').select('last_error').where('recipient_email', '=', 'a@ibz.example').executeTakeFirstOrThrow()).last_error, /key "2026-a".*OUTBOX_KEYS/, 'naming the missing key');

  // With both keys, the new one first: old bodies are opened, new ones sealed with the new key.
  const both = new BodyKeyring([{ id: '2026-b', key: newKey }, { id: '2026-a', key: oldKey }]);
  const report = await sendDue(db, smtp, new Date(Date.now() + 2 * DAY), { ...settings, bodyKeys: both });
  t.equal(report.sent, 2, 'the old body is sent (and the report of the failure)');
  t.ok(catcher.messages.some((m) => m.to.includes('b@ibz.example')));
  const failureReport = await db.selectFrom('outbox').select('body_key_id').where('template', '=', 'delivery_failed').executeTakeFirstOrThrow();
  t.equal(failureReport.body_key_id, '2026-b', 'the report of the failure was sealed with the key of its sender');
});

t.test('a row queued before sealing is sealed when the service starts, then sent', async (t) => {
  const { db, catcher, send, settings } = await notificationsApp(t);
  await db.insertInto('outbox').values({
    requested_by: 'worker', idempotency_key: 'legacy', message_id: '<legacy@jalon.test>', kind: 'reminder', template: 'reminder',
    recipient_email: 'd@ibz.example', recipient_name: 'D', language: 'fr', subject: 'Rappel',
    params: JSON.stringify({ link: DECISION_LINK }), text_body: `Votre lien : ${DECISION_LINK}`, html_body: `<a href="${DECISION_LINK}">x</a>`,
    body_key_id: null, sealed_body: null,
  }).execute();
  t.equal(await sealClearBodies(db, settings.bodyKeys), 1);
  t.notMatch(await tableAsText(db), /decisions\/Q2hv/, 'no link left in clear');
  t.equal((await send()).sent, 1);
  t.match(catcher.messages[0]!.text, DECISION_LINK, 'the e-mail is the one queued');
});
