import { testTemporal } from '@jalon/worker/test-support/test-worker';
import { completeProbe, probeStatus, probeWorkflow } from '@jalon/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import t from 'tap';

t.test('a workflow on the real Temporal server completes with the value its Update gave', async (t) => {
  const temporal = await testTemporal(t);
  await temporal.startWorker();
  const handle = await temporal.client.workflow.start(probeWorkflow, {
    taskQueue: temporal.taskQueue,
    workflowId: `probe-${temporal.taskQueue}`,
  });

  t.equal(await handle.query(probeStatus), 'waiting', 'the workflow waits for its Update');

  const rejected = handle.executeUpdate(completeProbe, { args: ['  '], updateId: 'probe-empty' });
  await t.rejects(rejected, WorkflowUpdateFailedError, 'an empty value is refused by the validator');
  t.equal(await handle.query(probeStatus), 'waiting', 'a refused Update leaves the workflow waiting');

  const answer = await handle.executeUpdate(completeProbe, { args: ['approved'], updateId: 'probe-1' });
  t.equal(answer, 'approved', 'the Update returns the value to its caller');
  t.equal(await handle.result(), 'approved', 'the workflow completes with the value');

  const history = await handle.fetchHistory();
  const accepted = history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes) ?? [];
  t.equal(accepted.length, 1, 'only the valid Update is in the history');
});
