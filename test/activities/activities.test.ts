import { createActivities, type NotificationRequest } from '@jalon/activities';
import { notificationsApp, reviewRequest, settle } from '@jalon/notifications/test-support/notifications-app';
import { ApplicationFailure } from '@temporalio/common';
import { testKeyring } from '@jalon/testkit';
import t from 'tap';
import { actor, plansApp, worker } from '@jalon/plans/test-support/plans-app';

/** The real services, listening on free ports, and the activities pointed at them. */
async function services(t: { teardown: (fn: () => unknown) => void }) {
  const plans = await plansApp(t);
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const plansUrl = await plans.app.listen({ port: 0, host: '127.0.0.1' });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  return { plans, notifications, activities: createActivities({ plansUrl, notificationsUrl, portalUrl: 'http://127.0.0.1:9', signer: (await testKeyring()).auth('worker').signer }) };
}

t.test('freezing and moving a plan are safe to retry', async (t) => {
  const { plans, activities } = await services(t);
  const first = await activities.freezeStrategicPlanVersion({ planId: plans.planId });
  const retried = await activities.freezeStrategicPlanVersion({ planId: plans.planId });
  t.same(retried, first, 'a retried freeze returns the same version');

  const moved = await activities.setStrategicPlanStatus({ planId: plans.planId, status: 'in_committee' });
  const again = await activities.setStrategicPlanStatus({ planId: plans.planId, status: 'in_committee' });
  t.same(again, moved, 'a retried status change changes nothing');

  const refused = await activities.setStrategicPlanStatus({ planId: plans.planId, status: 'signed' }).catch((e: unknown) => e);
  t.ok(refused instanceof ApplicationFailure && refused.nonRetryable, 'a refused move fails for good, not retried');
  t.match((refused as Error).message, /cannot become signed/, 'with the service\'s reason');
});

t.test('the State Secretary\'s review covers objectives 20–22, each with the hash of its content', async (t) => {
  const { plans, activities } = await services(t);
  const review = await activities.strategicPlanForReview({ planId: plans.planId, authorityCode: 'state-secretary-asylum-migration' });
  t.same(review.objectives.map((o) => o.number), [20, 21, 22]);
  const before = review.objectives.find((o) => o.number === 22)!.sha256;
  await plans.app.inject({ method: 'PATCH', url: `/strategic-plans/${plans.planId}/objectives/22`, headers: worker, payload: { expectedRevision: 1, title: 'Lutter contre les abus (reformulé)' } });
  const after = await activities.strategicPlanForReview({ planId: plans.planId, authorityCode: 'state-secretary-asylum-migration' });
  t.not(after.objectives.find((o) => o.number === 22)!.sha256, before, 'a changed objective has a new hash');
  t.equal(after.objectives.find((o) => o.number === 20)!.sha256, review.objectives.find((o) => o.number === 20)!.sha256, 'the others keep theirs');
});

t.test('the people a step asks come from their roles', async (t) => {
  const { plans, activities } = await services(t);
  const created = await plans.app.inject({
    method: 'POST', url: '/organisations/spf-interieur/people', headers: actor,
    payload: { name: 'Jan Peeters', email: 'jan.peeters@ibz.example', language: 'nl', roles: [{ role: 'committee_member' }] },
  });
  t.equal(created.statusCode, 201);
  const holders = await activities.roleHolders({ organisationCode: 'spf-interieur', role: 'committee_member', on: '2026-11-26' });
  t.same(holders.map((h) => [h.email, h.language]), [['jan.peeters@ibz.example', 'nl']]);
});

t.test('an e-mail queued twice by a retried activity is sent once', async (t) => {
  const { notifications, activities } = await services(t);
  const request = reviewRequest({ email: 'oe.director@ibz.example', language: 'nl' }) as NotificationRequest;
  const first = await activities.sendNotification(request);
  const retried = await activities.sendNotification(request);
  t.equal(retried.id, first.id, 'the same outbox row');
  await notifications.catcher.waitFor((m) => m.to.includes('oe.director@ibz.example'));
  await settle();
  const received = notifications.catcher.messages.filter((m) => m.to.includes('oe.director@ibz.example'));
  t.equal(received.length, 1, 'one e-mail');
  t.equal(received[0]!.messageId, first.messageId, 'with the stable Message-ID');
});
