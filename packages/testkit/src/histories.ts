import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@jalon/infra';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';

export const historiesFolder = path.join(repoRoot, 'test', 'workflows', 'histories');

/**
 * With JALON_RECORD_HISTORIES=1, saves the finished workflow's history as a replay fixture. The
 * replay test runs every fixture against the current workflow code, so a change that would break
 * workflows already running fails CI. Record again only on purpose, when a path is added.
 */
export async function keepHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (!process.env.JALON_RECORD_HISTORIES) return;
  const history = await handle.fetchHistory();
  mkdirSync(historiesFolder, { recursive: true });
  writeFileSync(path.join(historiesFolder, `${name}.json`), `${JSON.stringify({ workflowId: handle.workflowId, history: JSON.parse(historyToJSON(history)) }, null, 1)}\n`);
}
