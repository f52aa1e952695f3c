import { keepHistory } from '@jalon/testkit';
import { testTemporal } from '@jalon/worker/test-support/test-worker';
import {
  approvalRound, roundsTaskQueue, decide, decisionUpdateId, roundState,
  type ApprovalRoundInput, type DecisionInput, type RoundMember,
} from '@jalon/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import t from 'tap';

/*
 * A deputy stands in for the holder: both sit in one seat of the round, either one's decision
 * counts for it, the first one recorded wins, and the other is told who decided for them.
 */

const person = (id: string, onBehalfOf: string | null = null): RoundMember => ({
  personId: id, name: id.toUpperCase(), email: `${id}@ibz.example`, language: 'fr', role: 'committee_member', onBehalfOf,
});
// Three committee members; DGSP is away and has a deputy standing in for her.
const committee = [person('dgsp'), person('dgsp-deputy', 'dgsp'), person('oe'), person('dgiac')];

async function start(t: { teardown: (fn: () => unknown) => void }, overrides: Partial<ApprovalRoundInput> = {}) {
  const temporal = await testTemporal(t);
  await temporal.startWorker();
  const input: ApprovalRoundInput = {
    roundId: `seat-${temporal.taskQueue}`, step: 'committee', planId: 'plan-1', planVersion: 2, planSha256: 'b'.repeat(64),
    rule: { kind: 'all' }, members: committee, items: ['plan'], ...overrides,
  };
  const handle = await temporal.client.workflow.start(approvalRound, { taskQueue: roundsTaskQueue(temporal.taskQueue), workflowId: input.roundId, args: [input] });
  const send = (d: DecisionInput) => handle.executeUpdate(decide, { args: [d], updateId: decisionUpdateId(input.roundId, d.personId, d.planVersion) });
  return { handle, send };
}

const approve = (personId: string): DecisionInput => ({ personId, planVersion: 2, decisions: [{ item: 'plan', outcome: 'approve' }] });

t.test('under "all", the deputy decides for the absent holder and the round completes', async (t) => {
  const { handle, send } = await start(t);
  const before = await handle.query(roundState);
  t.same(before.pending, ['dgsp', 'dgsp-deputy', 'oe', 'dgiac'], 'both people of the seat are awaited (and reminded)');
  await send(approve('oe'));
  const afterDeputy = await send(approve('dgsp-deputy'));
  t.same(afterDeputy.pending, ['dgiac'], 'the holder is no longer awaited once the deputy decided');
  t.same(afterDeputy.decidedFor?.['dgsp']?.name, 'DGSP-DEPUTY', 'the holder is told who decided for her seat');
  await send(approve('dgiac'));
  const result = await handle.result();
  t.equal(result.status, 'closed');
  t.same(result.approvedItems, ['plan'], 'three seats approved: the committee approved without the absent holder');
  t.same(result.decisions.map((d) => d.personId), ['oe', 'dgsp-deputy', 'dgiac']);
  await keepHistory(handle, 'approval-round-deputy-seat');
});

t.test('holder and deputy both try: the first one counts, the second is refused and told by whom', async (t) => {
  const { handle, send } = await start(t);
  await send(approve('dgsp'));
  const second = await send({ personId: 'dgsp-deputy', planVersion: 2, decisions: [{ item: 'plan', outcome: 'request_changes', comment: 'Non.' }] }).catch((e: unknown) => e);
  t.ok(second instanceof WorkflowUpdateFailedError, 'the deputy\'s decision is refused');
  t.match(String(((second as Error).cause as Error | undefined)?.message), /DGSP already decided for your seat/, 'the refusal names who decided');
  const state = await handle.query(roundState);
  t.equal(state.decisions.length, 1, 'only the holder\'s decision is recorded');
  t.same(state.decidedFor?.['dgsp-deputy']?.personId, 'dgsp', 'the deputy\'s page can say the holder decided');
  t.equal(state.status, 'open', 'the refused request for changes did not close the round');
  t.notOk(state.pending.includes('dgsp-deputy'), 'the deputy is not reminded any more');
});

t.test('a quorum of 2 out of 3 seats: a deputy\'s approval is one of the two', async (t) => {
  const { handle, send } = await start(t, { rule: { kind: 'quorum', approvals: 2 } });
  await send(approve('dgsp-deputy'));
  t.equal((await handle.query(roundState)).status, 'open', 'one seat of two');
  await send(approve('dgiac'));
  t.same((await handle.result()).approvedItems, ['plan']);
});

t.test('a quorum above the seats available asks every seat rather than waiting forever', async (t) => {
  // Four people but three seats: a quorum of 4 could never be reached.
  const { handle, send } = await start(t, { rule: { kind: 'quorum', approvals: 4 } });
  await send(approve('dgsp'));
  await send(approve('oe'));
  t.equal((await handle.query(roundState)).status, 'open');
  await send(approve('dgiac'));
  t.same((await handle.result()).approvedItems, ['plan'], 'every seat approved: the round closes');
});

t.test('under "first", a deputy\'s decision closes the round', async (t) => {
  const { handle, send } = await start(t, { rule: { kind: 'first' } });
  await send({ personId: 'dgsp-deputy', planVersion: 2, decisions: [{ item: 'plan', outcome: 'request_changes', comment: 'Objectif 21 : préciser.' }] });
  const result = await handle.result();
  t.same(result.changesRequested, [{ item: 'plan', comments: [{ personId: 'dgsp-deputy', comment: 'Objectif 21 : préciser.' }] }]);
});
