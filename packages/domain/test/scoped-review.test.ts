import t from 'tap';
import { objectivesToReview } from '../src/index.js';

const scope = [20, 21, 22];
const v1 = { 1: 'a1', 20: 'h20', 21: 'h21', 22: 'h22' };

t.test('a first review covers every objective in scope, and only those', async (t) => {
  t.same(objectivesToReview({ scope, currentHashes: v1, approvedHashes: {} }), [20, 21, 22]);
});

t.test('after changes, only the objectives sent back or modified are reviewed again', async (t) => {
  const approved = { 20: 'h20', 21: 'h21' }; // 22 was sent back
  t.same(objectivesToReview({ scope, currentHashes: { ...v1, 22: 'h22-bis' }, approvedHashes: approved }), [22]);
  t.same(objectivesToReview({ scope, currentHashes: { ...v1, 21: 'h21-bis', 22: 'h22-bis' }, approvedHashes: approved }), [21, 22],
    'an approved objective whose text changed loses its approval');
  t.same(objectivesToReview({ scope, currentHashes: { ...v1, 1: 'a1-bis' }, approvedHashes: { 20: 'h20', 21: 'h21', 22: 'h22' } }), [],
    'a change outside the scope asks nothing of the State Secretary');
});

t.test('a plan with nothing in scope skips the review', async (t) => {
  t.same(objectivesToReview({ scope: [], currentHashes: v1, approvedHashes: {} }), []);
  t.same(objectivesToReview({ scope: [30], currentHashes: v1, approvedHashes: {} }), [], 'an objective removed from the plan is not reviewed');
});

t.test('objectives named by code: only those changed since they were approved, in natural order', async (t) => {
  t.same(objectivesToReview({ scope: ['OE-10', 'OE-2', 'OE-3'], currentHashes: { 'OE-10': 'b', 'OE-2': 'x', 'OE-3': 'c' }, approvedHashes: { 'OE-2': 'x', 'OE-3': 'old' } }), ['OE-3', 'OE-10']);
  t.same(objectivesToReview({ scope: ['OE-2'], currentHashes: { 'OE-2': 'x' }, approvedHashes: { 'OE-2': 'x' } }), [], 'nothing changed: nothing to review');
  t.same(objectivesToReview({ scope: ['OE-9'], currentHashes: {}, approvedHashes: {} }), [], 'an objective no longer in the plan is not asked about');
});

t.test('numbers come back in numeric order', async (t) => {
  t.same(objectivesToReview({ scope: [10, 9, 2], currentHashes: { 2: 'a', 9: 'b', 10: 'c' }, approvedHashes: {} }), [2, 9, 10]);
});
