import t from 'tap';
import {
  type ApprovalDecision,
  ApprovalRoundError,
  approvalRoundSchema,
  approvalRuleSchema,
  evaluateRound,
} from '../src/index.js';

// The management committee of the reference configuration (heads of directorates-general and staff directorates).
const committee = ['dgsp', 'dgsc', 'nccn', 'dgiac', 'oe', 'dgisd', 'po', 'bcg'];
const approve = (memberId: string): ApprovalDecision => ({ memberId, outcome: 'approve' });
const requestChanges = (memberId: string): ApprovalDecision => ({ memberId, outcome: 'request_changes' });

t.test('rule schema', async (t) => {
  t.ok(approvalRuleSchema.safeParse({ kind: 'all' }).success);
  t.ok(approvalRuleSchema.safeParse({ kind: 'first' }).success);
  t.ok(approvalRuleSchema.safeParse({ kind: 'quorum', approvals: 5 }).success);
  for (const bad of [
    { kind: 'quorum', approvals: 0 },
    { kind: 'quorum', approvals: 2.5 },
    { kind: 'quorum' },
    { kind: 'majority' },
    {},
  ]) {
    t.notOk(approvalRuleSchema.safeParse(bad).success, JSON.stringify(bad));
  }
});

t.test('"all": the committee validates the draft only when every member has approved', async (t) => {
  const rule = { kind: 'all' } as const;
  const open = evaluateRound(rule, committee, committee.slice(0, 7).map(approve));
  t.equal(open.state, 'open');
  t.same(open.pending, ['bcg']);
  t.equal(open.approvalsMissing, 1);
  t.equal(open.closedBy, null);

  const approved = evaluateRound(rule, committee, committee.map(approve));
  t.equal(approved.state, 'approved');
  t.same(approved.pending, []);
  t.equal(approved.approvalsMissing, 0);
  t.equal(approved.closedBy, 'bcg');
});

t.test('nobody has answered yet', async (t) => {
  const result = evaluateRound({ kind: 'all' }, committee, []);
  t.match(result, { state: 'open', approvedBy: [], changesRequestedBy: [], approvalsMissing: 8 });
  t.same(result.pending, committee);
});

t.test('one request for changes ends the round, whatever the rule', async (t) => {
  const decisions = [approve('dgsp'), requestChanges('oe')];
  for (const rule of [{ kind: 'all' }, { kind: 'quorum', approvals: 3 }] as const) {
    const result = evaluateRound(rule, committee, decisions);
    t.equal(result.state, 'changes_requested', rule.kind);
    t.same(result.changesRequestedBy, ['oe']);
    t.equal(result.closedBy, 'oe');
    t.same(result.pending, ['dgsc', 'nccn', 'dgiac', 'dgisd', 'po', 'bcg'], 'those who did not answer are still shown');
  }
});

t.test('"quorum": enough approvals approve the round', async (t) => {
  const rule = { kind: 'quorum', approvals: 3 } as const;
  t.match(evaluateRound(rule, committee, [approve('dgsp'), approve('oe')]), { state: 'open', approvalsMissing: 1 });
  const result = evaluateRound(rule, committee, [approve('dgsp'), approve('oe'), approve('po')]);
  t.match(result, { state: 'approved', approvedBy: ['dgsp', 'oe', 'po'], closedBy: 'po', approvalsMissing: 0 });
  t.equal(result.pending.length, 5);
  t.equal(evaluateRound({ kind: 'quorum', approvals: 8 }, committee, committee.map(approve)).state, 'approved');
});

t.test('"first": the first answer decides, either way', async (t) => {
  const cells = ['minister_cell', 'state_secretary_cell'];
  t.match(evaluateRound({ kind: 'first' }, cells, [approve('state_secretary_cell')]), {
    state: 'approved',
    closedBy: 'state_secretary_cell',
    pending: ['minister_cell'],
  });
  t.match(evaluateRound({ kind: 'first' }, cells, [requestChanges('minister_cell')]), {
    state: 'changes_requested',
    closedBy: 'minister_cell',
  });
  t.match(evaluateRound({ kind: 'first' }, cells, []), { state: 'open', approvalsMissing: 1 });
});

t.test('a quorum larger than the round is refused with a clear message', async (t) => {
  t.throws(() => evaluateRound({ kind: 'quorum', approvals: 9 }, committee, []), {
    name: 'ApprovalRoundError',
    code: 'quorum_exceeds_members',
    message: /9 approvals .* only 8 member/,
  });
  const parsed = approvalRoundSchema.safeParse({ rule: { kind: 'quorum', approvals: 3 }, memberIds: ['a', 'b'] });
  t.notOk(parsed.success);
  t.match(parsed.error?.issues[0], { path: ['rule', 'approvals'], message: /3 approvals .* only 2 member/ });
  t.ok(approvalRoundSchema.safeParse({ rule: { kind: 'quorum', approvals: 2 }, memberIds: ['a', 'b'] }).success);
});

t.test('inconsistent rounds and decisions are errors that say what is wrong', async (t) => {
  const rule = { kind: 'all' } as const;
  const error = (fn: () => unknown): ApprovalRoundError => {
    try {
      fn();
    } catch (caught) {
      if (caught instanceof ApprovalRoundError) return caught;
      throw caught;
    }
    throw new Error('expected an ApprovalRoundError');
  };

  const outsider = error(() => evaluateRound(rule, committee, [approve('dgsp'), approve('infocom')]));
  t.match(outsider, { code: 'unknown_member', memberId: 'infocom', message: /"infocom" is not a member/ });
  t.ok(outsider instanceof Error);

  t.match(error(() => evaluateRound(rule, committee, [approve('oe'), requestChanges('oe')])), {
    code: 'duplicate_decision',
    memberId: 'oe',
    message: /"oe" has already decided/,
  });
  t.match(
    error(() => evaluateRound({ kind: 'quorum', approvals: 1 }, committee, [approve('oe'), approve('po')])),
    { code: 'decision_after_close', memberId: 'po', message: /after the round was closed \(approved\) by "oe"/ },
  );
  t.match(error(() => evaluateRound(rule, [], [])), { code: 'no_members' });
  t.match(error(() => evaluateRound(rule, ['oe', 'po', 'oe'], [])), { code: 'duplicate_member', memberId: 'oe' });
  t.notOk(approvalRoundSchema.safeParse({ rule, memberIds: [] }).success);
  t.notOk(approvalRoundSchema.safeParse({ rule, memberIds: ['oe', 'oe'] }).success);
});

t.test('the same decisions always give the same outcome', async (t) => {
  const decisions = [approve('dgsp'), approve('oe'), requestChanges('po')];
  t.same(evaluateRound({ kind: 'all' }, committee, decisions), evaluateRound({ kind: 'all' }, committee, decisions));
});
