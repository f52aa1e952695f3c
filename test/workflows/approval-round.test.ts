import { keepHistory } from '@jalon/testkit';
import { testTemporal, type TestTemporal } from '@jalon/worker/test-support/test-worker';
import {
  approvalRound, roundsTaskQueue, decide, decisionUpdateId, roundState, cancelRound,
  type ApprovalRoundInput, type DecisionInput,
} from '@jalon/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import t from 'tap';

const member = (id: string, language: 'fr' | 'nl' = 'fr') => ({ personId: id, name: id.toUpperCase(), email: `${id}@ibz.example`, language });

function roundInput(temporal: TestTemporal, overrides: Partial<ApprovalRoundInput> = {}): ApprovalRoundInput {
  return {
    roundId: `round-${temporal.taskQueue}`,
    step: 'committee',
    planId: 'plan-1',
    planVersion: 3,
    planSha256: 'a'.repeat(64),
    rule: { kind: 'all' },
    members: [member('dgsp'), member('oe', 'nl'), member('dgiac')],
    items: ['plan'],
    ...overrides,
  };
}

async function start(t: { teardown: (fn: () => unknown) => void }, overrides: Partial<ApprovalRoundInput> = {}) {
  const temporal = await testTemporal(t);
  await temporal.startWorker();
  const input = roundInput(temporal, overrides);
  const handle = await temporal.client.workflow.start(approvalRound, { taskQueue: roundsTaskQueue(temporal.taskQueue), workflowId: input.roundId, args: [input] });
  const send = (d: DecisionInput) => handle.executeUpdate(decide, { args: [d], updateId: decisionUpdateId(input.roundId, d.personId, d.planVersion) });
  return { handle, input, send };
}

const approve = (personId: string, planVersion = 3): DecisionInput => ({ personId, planVersion, decisions: [{ item: 'plan', outcome: 'approve' }] });

t.test('with rule "all", the round closes approved when every member has approved', async (t) => {
  const { handle, send } = await start(t);
  await send(approve('dgsp'));
  const state = await send(approve('oe'));
  t.equal(state.status, 'open', 'still open with one member to go');
  t.same(state.pending, ['dgiac'], 'the page can show who has not answered');
  await send(approve('dgiac'));
  const result = await handle.result();
  t.equal(result.status, 'closed');
  t.same(result.approvedItems, ['plan']);
  t.same(result.decisions.map((d) => d.personId), ['dgsp', 'oe', 'dgiac'], 'every decision is kept, in order');
  await keepHistory(handle, 'approval-round-all-approve');
});

t.test('one request for changes, with its comment, ends the round', async (t) => {
  const { handle, send } = await start(t);
  await send(approve('dgsp'));
  await send({ personId: 'oe', planVersion: 3, decisions: [{ item: 'plan', outcome: 'request_changes', comment: 'Objectif 21 : préciser les délais.' }] });
  const result = await handle.result();
  t.same(result.approvedItems, []);
  t.same(result.changesRequested, [{ item: 'plan', comments: [{ personId: 'oe', comment: 'Objectif 21 : préciser les délais.' }] }]);
  await keepHistory(handle, 'approval-round-request-changes');
});

t.test('a quorum of 2 out of 3 approves without the third', async (t) => {
  const { handle, send } = await start(t, { rule: { kind: 'quorum', approvals: 2 } });
  await send(approve('dgsp'));
  await send(approve('dgiac'));
  t.same((await handle.result()).approvedItems, ['plan']);
  await keepHistory(handle, 'approval-round-quorum');
});

t.test('decisions that must not count are refused with a reason and leave no trace', async (t) => {
  const { handle, send } = await start(t);
  const refused = async (d: DecisionInput, reason: RegExp, what: string) => {
    const error = await send(d).catch((e: unknown) => e);
    t.ok(error instanceof WorkflowUpdateFailedError, `${what}: refused`);
    t.match(String(((error as Error).cause as Error | undefined)?.message ?? (error as Error).message), reason, `${what}: says why`);
  };
  await refused(approve('stranger'), /not asked to decide/, 'a person outside the round');
  await refused(approve('dgsp', 2), /version 2 .* version 3 is now under review/, 'a decision on an older version');
  await refused({ personId: 'dgsp', planVersion: 3, decisions: [{ item: 'plan', outcome: 'request_changes' }] }, /Say what must change/, 'changes without a comment');
  await refused({ personId: 'dgsp', planVersion: 3, decisions: [] }, /missing: plan/, 'no decision at all');
  await send(approve('dgsp'));
  // A second decision by the same person, under another update id (a second browser tab).
  const second = await handle.executeUpdate(decide, { args: [approve('dgsp')], updateId: 'another-tab' }).catch((e: unknown) => e);
  t.ok(second instanceof WorkflowUpdateFailedError, 'a second decision by the same person: refused');

  const state = await handle.query(roundState);
  t.equal(state.decisions.length, 1, 'only the valid decision is recorded');
  const history = await handle.fetchHistory();
  t.equal(history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length, 1, 'the history holds one accepted decision');
  await send(approve('oe'));
  await send(approve('dgiac'));
  await handle.result();
  await keepHistory(handle, 'approval-round-refused-decisions');
});

t.test('the same decision sent again (a retried POST) is answered once', async (t) => {
  const { handle, send } = await start(t);
  const first = await send(approve('dgsp'));
  const again = await send(approve('dgsp'));
  t.same(again, first, 'the retry gets the first answer');
  t.equal((await handle.query(roundState)).decisions.length, 1);
});

t.test('20 simultaneous decisions of one person, under different ids: exactly one counts', async (t) => {
  const { handle } = await start(t);
  const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) =>
    handle.executeUpdate(decide, { args: [approve('oe')], updateId: `click-${i}` })));
  t.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1, 'one accepted');
  t.equal(outcomes.filter((o) => o.status === 'rejected').length, 19, 'the others refused');
  t.equal((await handle.query(roundState)).decisions.length, 1);
});

t.test('the State Secretary decides per objective in his scope; only the ones sent back are returned', async (t) => {
  const { handle, send } = await start(t, { step: 'state_secretary_review', rule: { kind: 'first' }, members: [member('cabinet-mahdi', 'nl')], items: ['20', '21', '22'] });
  const partial = await send({ personId: 'cabinet-mahdi', planVersion: 3, decisions: [{ item: '20', outcome: 'approve' }] }).catch((e: unknown) => e);
  t.ok(partial instanceof WorkflowUpdateFailedError, 'a decision must cover every objective in scope');
  await send({
    personId: 'cabinet-mahdi', planVersion: 3,
    decisions: [{ item: '20', outcome: 'approve' }, { item: '21', outcome: 'approve' }, { item: '22', outcome: 'request_changes', comment: 'Verduidelijk de termijnen.' }],
  });
  const result = await handle.result();
  t.same(result.approvedItems, ['20', '21']);
  t.same(result.changesRequested, [{ item: '22', comments: [{ personId: 'cabinet-mahdi', comment: 'Verduidelijk de termijnen.' }] }]);
  await keepHistory(handle, 'approval-round-scoped-review');
});

t.test('a cancelled round ends without a decision and refuses late ones', async (t) => {
  const { handle, send } = await start(t);
  await handle.signal(cancelRound, 'plan withdrawn by the President\'s office');
  const result = await handle.result();
  t.equal(result.status, 'cancelled');
  t.same(result.approvedItems, []);
  await t.rejects(send(approve('dgsp')), 'no decision once it is over');
  await keepHistory(handle, 'approval-round-cancelled');
});
