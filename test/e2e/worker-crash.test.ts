import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot, runsTypeScript } from '@jalon/infra';
import { notificationsApp, settle } from '@jalon/notifications/test-support/notifications-app';
import { csrfOf, form, formHeaders, portalApp } from '@jalon/portal/test-support/portal-app';
import { testEnv, testKeyring, testPayloadEnv } from '@jalon/testkit';
import { lifecycleState, strategicPlanLifecycle, strategicPlanWorkflowId, submitPlan } from '@jalon/workflows';
import t from 'tap';
import { actor, plansApp } from '@jalon/plans/test-support/plans-app';

/** The worker as `npm start` runs it: a process of its own, which the test can kill -9. */
function startWorkerProcess(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [...runsTypeScript, path.join(repoRoot, 'services/worker/src/server.ts')], {
    cwd: repoRoot, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

t.test('a worker killed in the middle of the committee round: the round completes, no e-mail is sent twice', async (t) => {
  const plans = await plansApp(t);
  const notifications = await notificationsApp(t, { loop: { pollMs: 50 } });
  const plansUrl = await plans.app.listen({ port: 0, host: '127.0.0.1' });
  // The portal asks the plans service whether a link's person still holds the role.
  const portal = await portalApp(t, { worker: false, plansUrl });
  const env = {
    TEMPORAL_ADDRESS: testEnv().TEMPORAL_ADDRESS,
    TEMPORAL_TASK_QUEUE: portal.temporal.taskQueue,
    PLANS_URL: plansUrl,
    NOTIFICATIONS_URL: await notifications.app.listen({ port: 0, host: '127.0.0.1' }),
    PORTAL_URL: await portal.app.listen({ port: 0, host: '127.0.0.1' }),
    ...(await testKeyring()).env('worker'),
    ...testPayloadEnv(),
  };
  for (const [name, email, language] of [['Directeur DGSP', 'dgsp@ibz.example', 'fr'], ['Directeur DVZ', 'dvz@ibz.example', 'nl']] as const) {
    await plans.app.inject({ method: 'POST', url: '/organisations/spf-interieur/people', headers: actor, payload: { name, email, language, roles: [{ role: 'committee_member' }] } });
  }
  let worker = startWorkerProcess(env);
  t.teardown(() => { worker.kill('SIGKILL'); });

  const handle = await portal.temporal.client.workflow.start(strategicPlanLifecycle, {
    taskQueue: portal.temporal.taskQueue,
    workflowId: strategicPlanWorkflowId('spf-interieur', plans.planId),
    args: [{
      organisationCode: 'spf-interieur', planId: plans.planId,
      planTitle: { fr: 'Plan stratégique 2022-2024', nl: 'Strategisch plan 2022-2024' },
      committeeRule: { kind: 'all' }, signingAuthorityCode: 'minister-interior', reviewingAuthorityCodes: [],
      reviewWorkingDays: 10, communication: [],
    }],
  });
  await handle.executeUpdate(submitPlan, { args: [{ personId: 'president-office' }] });
  const [first] = await notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example'), { timeoutMs: 60_000 });

  // One member decides, then the worker dies without warning and another one takes over.
  const decide = async (mail: { text: string }) => {
    const linkPath = new URL(mail.text.match(/https:\/\/jalon\.ibz\.example\/decisions\/[A-Za-z0-9_-]+/)![0]).pathname;
    const page = await portal.app.inject({ url: linkPath });
    return portal.app.inject({ method: 'POST', url: linkPath, headers: formHeaders, payload: form({ csrf: csrfOf(page.body), 'outcome:plan': 'approve' }) });
  };
  t.equal((await decide(first!)).statusCode, 200, 'the first decision is recorded');
  worker.kill('SIGKILL');
  await new Promise((resolve) => worker.once('exit', resolve));
  worker = startWorkerProcess(env);

  const [second] = await notifications.catcher.waitFor((m) => m.to.includes('dvz@ibz.example'), { timeoutMs: 60_000 });
  t.equal((await decide(second!)).statusCode, 200, 'the second decision is recorded by the new worker');
  for (let i = 0; i < 300 && (await handle.query(lifecycleState)).stage !== 'awaiting_signature'; i++) await new Promise((r) => setTimeout(r, 100));
  const state = await handle.query(lifecycleState);
  t.equal(state.stage, 'awaiting_signature', 'the round completed and the plan moved on');
  await settle(500);
  t.equal(notifications.catcher.messages.filter((m) => m.to.includes('dgsp@ibz.example')).length, 1, 'one e-mail to the first member');
  t.equal(notifications.catcher.messages.filter((m) => m.to.includes('dvz@ibz.example')).length, 1, 'one e-mail to the second member');
  await handle.terminate('test over');
});
