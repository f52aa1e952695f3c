import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historiesFolder, testWorkerDataConverter } from '@jalon/testkit';
import { workflowBundle } from '@jalon/worker/test-support/test-worker';
import { Worker } from '@temporalio/worker';
import t from 'tap';

/**
 * Recorded histories of every path, replayed against today's workflow code: a change that would
 * make a running workflow fail on its next task (non-determinism) fails here first.
 */
t.test('every recorded history replays against the current workflow code', async (t) => {
  const files = readdirSync(historiesFolder).filter((f) => f.endsWith('.json')).sort();
  t.ok(files.length >= 6, `${files.length} recorded histories`);
  const histories = files.map((file) => JSON.parse(readFileSync(path.join(historiesFolder, file), 'utf8')) as { workflowId: string; history: unknown });
  const results = Worker.runReplayHistories({ workflowBundle: await workflowBundle(), dataConverter: testWorkerDataConverter() }, histories);
  let index = 0;
  for await (const result of results) {
    t.equal(result.error, undefined, `${files[index]} replays (${result.workflowId})`);
    index += 1;
  }
  t.equal(index, files.length, 'all were replayed');
});
