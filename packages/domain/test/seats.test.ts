import t from 'tap';
import { evaluateRound, peopleInSeat, reachableRule, seatOf, seatsOf } from '../src/index.js';

const members = [
  { personId: 'dgsp' },
  { personId: 'oe', onBehalfOf: null },
  { personId: 'dgsp-deputy', onBehalfOf: 'dgsp' },
  { personId: 'dgiac' },
];

t.test('a deputy sits in the seat of the holder they stand in for', async (t) => {
  t.equal(seatOf(members[2]!), 'dgsp');
  t.equal(seatOf(members[1]!), 'oe', 'a member in their own right has their own seat');
  t.same(seatsOf(members), ['dgsp', 'oe', 'dgiac'], 'four people, three seats');
  t.same(peopleInSeat(members, 'dgsp'), ['dgsp', 'dgsp-deputy'], 'both people of the seat are reminded');
});

t.test('under "all", the deputy\'s approval fills the absent holder\'s seat', async (t) => {
  const seats = seatsOf(members);
  const e = evaluateRound({ kind: 'all' }, seats, [
    { memberId: 'oe', outcome: 'approve' }, { memberId: seatOf(members[2]!), outcome: 'approve' }, { memberId: 'dgiac', outcome: 'approve' },
  ]);
  t.equal(e.state, 'approved', 'the round closes without the holder');
});

t.test('a quorum above the seats available asks every seat instead, and says so', async (t) => {
  t.same(reachableRule({ kind: 'quorum', approvals: 4 }, 3), { rule: { kind: 'quorum', approvals: 3 }, unreachableQuorum: 4 });
  t.same(reachableRule({ kind: 'quorum', approvals: 2 }, 3), { rule: { kind: 'quorum', approvals: 2 }, unreachableQuorum: null }, 'a reachable quorum stays');
  t.same(reachableRule({ kind: 'all' }, 3).unreachableQuorum, null);
  t.same(reachableRule({ kind: 'first' }, 0).unreachableQuorum, null, 'no seat at all is another problem, not a quorum one');
});
