import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createActivities, type NotificationRequest } from '@jalon/activities';
import { generateServiceKey, ServiceTokenSigner, ServiceTokenVerifier, type ServiceClaims } from '@jalon/auth';
import { countRows, notificationsApp, PUBLIC_BASE_URL, reviewRequest } from '@jalon/notifications/test-support/notifications-app';
import { testKeyring } from '@jalon/testkit';
import { ApplicationFailure } from '@temporalio/common';
import t from 'tap';

interface Teardown { teardown: (fn: () => unknown) => void }

/** A portal that issues a link to whoever its token verifier accepts, and remembers who called. */
async function stubPortal(t: Teardown) {
  const verifier = new ServiceTokenVerifier('portal', (await testKeyring()).trusted);
  const callers: Array<ServiceClaims | 'refused'> = [];
  const server = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    req.resume();
    verifier.verify(token).then((claims) => {
      callers.push(claims);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({
        url: `${PUBLIC_BASE_URL}/decisions/tok123`, linkId: '7b0c3c5e-0000-4000-8000-000000000001', expiresAt: '2026-12-31T00:00:00Z',
      }));
    }, () => {
      callers.push('refused');
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'no' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, callers };
}

const decisionRequest = {
  link: {
    roundId: 'round-1', workflowId: 'round-1', step: 'committee', person: { id: 'dgsp', name: 'DGSP', language: 'fr' as const },
    planId: 'plan-1', planVersion: 1, planSha256: 'ab'.repeat(32), items: [{ key: 'plan', title: 'Plan' }],
    summary: { planTitle: 'Plan', stepTitle: 'Comité', objectives: [], changesSinceLastReview: null }, expiresAt: '2026-12-31T00:00:00Z',
  },
  recipient: { email: 'dgsp@ibz.example', name: 'DGSP', language: 'fr' as const },
  template: 'review_request' as const,
  idempotencyKey: 'round-1:committee:dgsp:review_request',
  params: { planTitle: { fr: 'Plan', nl: 'Plan' }, stepName: { fr: 'Comité', nl: 'Comité' }, due: null },
};

t.test('the worker\'s calls to the portal and to notifications carry its token, for each audience', async (t) => {
  const portal = await stubPortal(t);
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const activities = createActivities({ plansUrl: 'http://127.0.0.1:9', notificationsUrl, portalUrl: portal.url, signer: (await testKeyring()).auth('worker').signer });
  const sent = await activities.sendDecisionRequest(decisionRequest);
  t.equal(sent.status, 'pending');
  t.same(portal.callers, [{ service: 'worker', actingFor: null }], 'the portal saw the worker, acting for nobody');
  const [mail] = await notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example'));
  t.match(mail!.text, /https:\/\/jalon\.ibz\.example\/decisions\/tok123/, 'the notifications service took the worker\'s e-mail and its link');
});

t.test('a token the service refuses: 401 is retried (an operator fixes keys), 403 fails for good', async (t) => {
  const notifications = await notificationsApp(t);
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const send = (signer: ServiceTokenSigner) => createActivities({ plansUrl: 'http://127.0.0.1:9', notificationsUrl, portalUrl: 'http://127.0.0.1:9', signer })
    .sendNotification(reviewRequest() as NotificationRequest).catch((e: unknown) => e);

  const untrusted = await send(new ServiceTokenSigner(await generateServiceKey('worker')));
  t.notOk(untrusted instanceof ApplicationFailure, 'a key not (yet) trusted: thrown as is, so Temporal retries');
  t.match((untrusted as Error).message, /did not accept the worker's token/);
  const wrongService = await send((await testKeyring()).auth('plans').signer);
  t.ok(wrongService instanceof ApplicationFailure && wrongService.nonRetryable && wrongService.type === 'notifications.403', 'a service the route refuses: final');
  t.equal(await countRows(notifications.db), 0, 'nothing was queued');
});

t.test('an e-mail whose input breaks the notification contract fails for good, naming the field, and queues nothing', async (t) => {
  const notifications = await notificationsApp(t);
  const notificationsUrl = await notifications.app.listen({ port: 0, host: '127.0.0.1' });
  const activities = createActivities({ plansUrl: 'http://127.0.0.1:9', notificationsUrl, portalUrl: 'http://127.0.0.1:9', signer: (await testKeyring()).auth('worker').signer });
  // The regression of issue 14: an adoption date of 1999-12-31 made an escalation say 9,801 days late.
  const escalation = {
    idempotencyKey: 'operational-cycle/spf-interieur/2027:escalation:2000-01-31:0:corporate@ibz.example', kind: 'escalation', template: 'escalation',
    recipient: { email: 'corporate@ibz.example', name: 'Cellule Corporate', language: 'fr' },
    params: { planTitle: 'Plan 2027', stepName: 'Rédaction', holderName: 'DGSP', due: '2000-01-31', daysLate: 9801 },
  } as NotificationRequest;
  const failure = await activities.sendNotification(escalation).then(() => undefined, (error: unknown) => error);
  t.ok(failure instanceof ApplicationFailure, 'an ApplicationFailure, which Temporal does not retry when non-retryable');
  t.match(failure, { type: 'contract.invalid_input', nonRetryable: true, message: /params\.daysLate/ }, 'non-retryable, naming the field');
  t.notMatch((failure as Error).message, /9801|corporate@/, 'without the values');
  t.equal(await countRows(notifications.db), 0, 'nothing was queued');
});
