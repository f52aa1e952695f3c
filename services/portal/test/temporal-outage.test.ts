/*
 * Which failures of a call to Temporal the portal answers with a 503 `cycle.unavailable`, and what
 * the 503 says: a call refused (nothing was done) or cut before its answer (it may have been done).
 * The errors are built as grpc-js builds them (code, details, metadata) and wrapped as the Temporal
 * client wraps them; the end-to-end path is in strategic-lifecycle-start and cycle-unanswered.
 */
import { ServiceError } from '@temporalio/client';
import t from 'tap';
import { CYCLE_UNAVAILABLE, outageOf } from '../src/cycles/temporal-outage.js';

function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
}
const says = { refused: 'not done', unanswered: 'may have been done' };
const wrapped = (code: number, details: string) => new ServiceError('Failed to describe workflow', { cause: grpcError(code, details) });

t.test('a call cut before its answer may have been done: past the deadline, or cancelled by the server at it', async (t) => {
  for (const [code, details] of [[4, 'Deadline exceeded after 0.002s'], [1, 'Call cancelled']] as const) {
    const outage = outageOf(wrapped(code, details), says);
    t.equal(outage?.statusCode, 503, `${details}: a 503, not a 500`);
    t.equal(outage?.details.code, CYCLE_UNAVAILABLE);
    t.equal(outage?.message, 'may have been done', `${details}: the caller is told it may have been done`);
  }
});

t.test('a call Temporal refused was not done: down, overloaded, or its namespace missing for a moment', async (t) => {
  for (const code of [14, 8, 5]) t.equal(outageOf(wrapped(code, 'refused'), says)?.message, 'not done', `gRPC ${code}`);
});

t.test('any other failure is a fault in what the portal sent: no 503, the caller rethrows it', async (t) => {
  t.equal(outageOf(wrapped(3, 'invalid argument'), says), undefined, 'INVALID_ARGUMENT');
  t.equal(outageOf(wrapped(13, 'internal'), says), undefined, 'INTERNAL');
  t.equal(outageOf(new Error('not from gRPC'), says), undefined, 'not a gRPC error');
});
