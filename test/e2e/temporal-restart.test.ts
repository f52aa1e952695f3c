import { ownDevServer } from '@jalon/worker/test-support/test-worker';
import { approvalRound, roundsTaskQueue, decide, decisionUpdateId, roundState, type ApprovalRoundInput } from '@jalon/workflows';
import t from 'tap';

const member = (id: string) => ({ personId: id, name: id.toUpperCase(), email: `${id}@ibz.example`, language: 'fr' as const });

/**
 * The Temporal dev server is killed (kill -9) in the middle of a committee round and started again
 * on the same SQLite file: the round is still there with the decision already made, the worker
 * reconnects by itself, and the round completes.
 */
t.test('the Temporal dev server is killed mid-round and restarted on its SQLite file: the round continues where it was', async (t) => {
  const temporal = await ownDevServer(t);
  await temporal.startWorker();
  const { client, taskQueue } = temporal;

  const input: ApprovalRoundInput = {
    roundId: 'committee-before-restart', step: 'committee', planId: 'plan-restart', planVersion: 2, planSha256: 'c'.repeat(64),
    rule: { kind: 'all' }, members: [member('dgsp'), member('oe')], items: ['plan'],
  };
  const handle = await client.workflow.start(approvalRound, { taskQueue: roundsTaskQueue(taskQueue), workflowId: input.roundId, args: [input] });
  const send = (personId: string) => handle.executeUpdate(decide, {
    args: [{ personId, planVersion: 2, decisions: [{ item: 'plan', outcome: 'approve' }] }], updateId: decisionUpdateId(input.roundId, personId, 2),
  });
  await send('dgsp');

  await temporal.crash();
  await temporal.restart();

  // The client and the worker reconnect on their own; the first calls may meet the server starting.
  let state;
  for (let i = 0; i < 60 && !state; i++) {
    state = await handle.query(roundState).catch(() => undefined);
    if (!state) await new Promise((r) => setTimeout(r, 500));
  }
  t.ok(state, 'the round is still there after the restart');
  t.same(state?.decisions.map((d) => d.personId), ['dgsp'], 'with the decision made before it');
  t.same(state?.pending, ['oe'], 'waiting for the other member');
  await send('oe');
  const result = await handle.result();
  t.same([result.status, result.approvedItems], ['closed', ['plan']], 'the round completes after the restart');
});
