/*
 * A cycle whose worker does not answer within the portal's deadline: what the President's office
 * records is answered with a 503 that says so, and that it may still be recorded, never a 500.
 */
import { HttpError } from '@jalon/service-kit';
import { testKeyring, uniqueSuffix } from '@jalon/testkit';
import { testTemporal } from '@jalon/worker/test-support/test-worker';
import { operationalCycleWorkflowId } from '@jalon/workflows';
import { PlansClient } from '@jalon/plans-client';
import t from 'tap';
import { CycleGateway } from '../src/cycles/cycle-gateway.js';

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
