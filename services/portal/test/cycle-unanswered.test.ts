/*
 * A cycle whose worker does not answer within the portal's deadline: what the President's office
 * records is answered with a 503 that says so, and that it may still be recorded, never a 500. A
 * launch, or a strategic plan's lifecycle start, that Temporal cannot take is a 503 too, that says
 * to send it again.
 */
import { HttpError } from '@jalon/service-kit';
import { testKeyring, uniqueSuffix } from '@jalon/testkit';
import { testTemporal } from '@jalon/worker/test-support/test-worker';
import { operationalCycleWorkflowId, strategicPlanWorkflowId } from '@jalon/workflows';
import { PlansClient } from '@jalon/plans-client';
import { plansApp, worker } from '@jalon/plans/test-support/plans-app';
import { signStrategicPlan } from '@jalon/plans/test-support/sign-plan';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import t from 'tap';
import { CycleGateway } from '../src/cycles/cycle-gateway.js';
import { StrategicLifecycleStarter } from '../src/cycles/strategic-start.js';
import { HttpPlansReader } from '../src/plans-reader.js';

t.test('an Update past the deadline is a 503 that tells the caller to read the cycle before sending again', async (t) => {
  // No worker polls the test's task queue: the cycle is started, and never answers.
  const temporal = await testTemporal(t);
  const org = `unanswered-${uniqueSuffix()}`;
  const handle = await temporal.client.workflow.start('operationalCycle', {
    taskQueue: temporal.taskQueue, workflowId: operationalCycleWorkflowId(org, 2027), args: [{}],
  });
  t.teardown(() => handle.terminate().catch(() => undefined));
  const signer = (await testKeyring()).auth('portal').signer;
  // Nothing listens on port 9: an Update reaches no plans service.
  const plans = new PlansClient('http://127.0.0.1:9', { timeoutMs: 1_000, authorization: (actingFor) => signer.sign('plans', actingFor) });
  const gateway = new CycleGateway(temporal.client, plans, temporal.taskQueue, 1_500, true);

  const closing = await gateway.closeDrafting(org, 2027, 'president').then(() => undefined, (error: unknown) => error);
  t.type(closing, HttpError);
  t.equal((closing as HttpError).statusCode, 503, 'a 503, not a 500');
  t.equal((closing as HttpError).details.code, 'cycle.unavailable');
  t.match((closing as HttpError).message, `read the cycle (GET /organisations/${org}/cycles/2027) before sending it again`);

  const reading = await gateway.state(org, 2027).then(() => undefined, (error: unknown) => error);
  t.equal((reading as HttpError).statusCode, 503, 'reading it is a 503 too');
  t.equal((reading as HttpError).details.code, 'cycle.unavailable');
});

t.test('a launch Temporal cannot take is a 503 that says to launch again, and nothing is started', async (t) => {
  const temporal = await testTemporal(t);
  const plans = await plansApp(t);
  await signStrategicPlan(async (method, url, payload) => {
    const res = await plans.app.inject({ method, url, headers: worker, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.body };
  }, plans.planId);
  const signer = (await testKeyring()).auth('portal').signer;
  const plansClient = new PlansClient(await plans.app.listen({ port: 0, host: '127.0.0.1' }), { timeoutMs: 5_000, authorization: (actingFor) => signer.sign('plans', actingFor) });
  // What the dev server answered a launch under load (its SQLite store lost the namespace for a
  // moment), and what any Temporal answers for a namespace it does not have.
  const missing = new Client({ connection: temporal.client.connection, namespace: `missing-${uniqueSuffix()}` });
  // A year of this test's own: the reference organisation's cycles share the run's namespace.
  const year = new Date().getUTCFullYear() + 41;
  const launching = await new CycleGateway(missing, plansClient, temporal.taskQueue, 5_000, true).launch('spf-interieur', year)
    .then(() => undefined, (error: unknown) => error);
  t.type(launching, HttpError);
  t.equal((launching as HttpError).statusCode, 503, 'a 503, not a 500');
  t.equal((launching as HttpError).details.code, 'cycle.unavailable');
  t.match((launching as HttpError).message, /was not launched.*Launch it again in a minute/);

  // Launched again once Temporal takes it: started, once.
  const gateway = new CycleGateway(temporal.client, plansClient, temporal.taskQueue, 5_000, true);
  const launched = await gateway.launch('spf-interieur', year);
  t.teardown(() => temporal.client.workflow.getHandle(launched.workflowId).terminate().catch(() => undefined));
  t.equal(launched.created, true, 'the launch sent again starts the cycle');
  t.equal((await gateway.launch('spf-interieur', year)).created, false, 'and a third is the same cycle');

  // A start past the portal's deadline may have been made all the same: the answer says so.
  const late = year + 1;
  const unanswered = await new CycleGateway(temporal.client, plansClient, temporal.taskQueue, 1, true).launch('spf-interieur', late)
    .then(() => undefined, (error: unknown) => error);
  t.teardown(() => temporal.client.workflow.getHandle(operationalCycleWorkflowId('spf-interieur', late)).terminate().catch(() => undefined));
  t.equal((unanswered as HttpError).statusCode, 503, 'a start past the deadline is a 503 too');
  t.match((unanswered as HttpError).message, /may not have been launched.*Launch it again in a minute/);
  await gateway.launch('spf-interieur', late);
  const described = await temporal.client.workflow.getHandle(operationalCycleWorkflowId('spf-interieur', late)).describe();
  t.equal(described.status.name, 'RUNNING', 'launched again, the year\'s cycle runs, whether the late start was made or not');
});

t.test('a strategic plan\'s lifecycle start Temporal cannot take is a 503 that says to start it again, and nothing is started', async (t) => {
  const temporal = await testTemporal(t);
  // The reference plan, a draft: its lifecycle may be started.
  const plans = await plansApp(t);
  const signer = (await testKeyring()).auth('portal').signer;
  const reader = new HttpPlansReader(new PlansClient(await plans.app.listen({ port: 0, host: '127.0.0.1' }), { timeoutMs: 5_000, authorization: (actingFor) => signer.sign('plans', actingFor) }));
  const workflowId = strategicPlanWorkflowId('spf-interieur', plans.planId);
  t.teardown(() => temporal.client.workflow.getHandle(workflowId).terminate().catch(() => undefined));
  const missing = new Client({ connection: temporal.client.connection, namespace: `missing-${uniqueSuffix()}` });

  const refused = await new StrategicLifecycleStarter(missing, reader, temporal.taskQueue, 5_000).start('spf-interieur', plans.planId, 'president')
    .then(() => undefined, (error: unknown) => error);
  t.type(refused, HttpError);
  t.equal((refused as HttpError).statusCode, 503, 'a 503, not a 500');
  t.equal((refused as HttpError).details.code, 'cycle.unavailable');
  t.match((refused as HttpError).message, /was not started.*Start it again in a minute/);
  const found = await temporal.client.workflow.getHandle(workflowId).describe().then(() => true, (error: unknown) => { if (error instanceof WorkflowNotFoundError) return false; throw error; });
  t.notOk(found, 'nothing was started');

  // Sent again once Temporal takes it, the lifecycle starts; no worker polls the queue, so the draft's
  // submission (an Update) outlives the deadline, and that is said too.
  const unanswered = await new StrategicLifecycleStarter(temporal.client, reader, temporal.taskQueue, 1_000).start('spf-interieur', plans.planId, 'president')
    .then(() => undefined, (error: unknown) => error);
  t.equal((unanswered as HttpError).statusCode, 503, 'its submission unanswered is a 503 too');
  t.match((unanswered as HttpError).message, /may not have been started/);
  t.equal((await temporal.client.workflow.getHandle(workflowId).describe()).status.name, 'RUNNING', 'the lifecycle runs, to be completed by the next start');
});
