import t from 'tap';
import { notificationsApp, reviewRequest, workerHeaders } from '../test-support/notifications-app.js';

/*
 * A launch day queues thousands of e-mails at once: the sender keeps one in flight per SMTP
 * connection (SMTP_CONNECTIONS), and never more than the relay is configured to take.
 */

interface Teardown { teardown: (fn: () => unknown) => void }

const people = Array.from({ length: 20 }, (_, i) => `drafter${i}@ibz.example`);

/** Queues one e-mail per person in one call and waits until the mail server has every one; says the most it received at once. */
async function sendThrough(t: Teardown, connections: number) {
  const { app, catcher } = await notificationsApp(t, { loop: { pollMs: 50 }, sender: { connections } });
  // A relay slow to answer: the messages sent at once overlap.
  catcher.answerAfter(400);
  const queued = await app.inject({ method: 'POST', url: '/notifications/batch', headers: await workerHeaders(), payload: { notifications: people.map((email) => reviewRequest({ email })) } });
  const caught = queued.statusCode === 200 ? await catcher.waitFor(() => true, { count: people.length, timeoutMs: 30_000 }) : [];
  return { status: queued.statusCode, readers: caught.map((m) => m.to[0]).sort(), most: catcher.maxInFlight };
}

t.test('with 20 connections, a launch\'s e-mails go out side by side, each once', async (t) => {
  const { status, readers, most } = await sendThrough(t, 20);
  t.equal(status, 200);
  t.same(readers, [...people].sort(), 'every reader once');
  t.ok(most >= 10 && most <= 20, `several runs of five in flight at once, never more than the connections (most at once: ${most})`);
});

t.test('with 5 connections (a relay that takes no more from one client), never more than 5 at once', async (t) => {
  const { readers, most } = await sendThrough(t, 5);
  t.same(readers, [...people].sort(), 'every reader once');
  t.ok(most <= 5, `most at once: ${most}`);
});
