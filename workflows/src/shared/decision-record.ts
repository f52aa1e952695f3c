import { currentUpdateInfo, log, patched, workflowInfo } from '@temporalio/workflow';
import type { DecisionAct, DecisionRecordInput, FrozenVersion, LocalizedText, Role } from '@jalon/contracts';
import { act, localAct } from './activities.js';
import { nowIso } from './people.js';

/**
 * The one patch id of the decision record: runs that started before it replay without writing
 * it; from their next new workflow task on, they write every act they accept.
 */
export const DECISION_RECORD_PATCH = 'decision-record';

/**
 * Runs that started before it replay the record's write as the activity task it was; from their next
 * new workflow task on, the write is a local activity (see localAct).
 */
export const LOCAL_DECISION_RECORD_PATCH = 'decision-record-local';

/** Whether this point of the workflow writes the decision record (see DECISION_RECORD_PATCH). */
export const writesDecisionRecord = () => patched(DECISION_RECORD_PATCH);

/** What a human act names, beyond what the workflow knows of itself. */
export interface HumanAct {
  act: DecisionAct;
  planKind: DecisionRecordInput['planKind'];
  planId: string;
  personId: string;
  role: Role | null;
  version: FrozenVersion | null;
  step: string;
  stepName: LocalizedText | null;
  items: DecisionRecordInput['items'];
  details?: Record<string, unknown>;
}

/**
 * Writes an accepted act to the decision record, waiting until it is in. The record's key is the
 * workflow run and the Update that carried the act, so a retried write, and a retried Update
 * (Temporal answers it once), write it once. A refusal from the plans service (a bug, not a
 * passing failure) must not end the cycle: it is logged and the workflow goes on.
 */
export async function recordHumanAct(a: HumanAct): Promise<void> {
  const info = workflowInfo();
  const update = currentUpdateInfo();
  await record({
    idempotencyKey: `${info.workflowId}:${info.runId}:${a.act}:${update?.id ?? info.historyLength}`,
    act: a.act, planKind: a.planKind, planId: a.planId, personId: a.personId, role: a.role, onBehalfOf: null,
    version: a.version?.number ?? null, sha256: a.version?.sha256 ?? null, actedAt: nowIso(),
    // Acts other than a round's decision are made signed in (pages or the API), never through an e-mailed link.
    channel: 'session', workflowId: info.workflowId, roundId: null, step: a.step, stepName: a.stepName, items: a.items, details: a.details ?? null,
  });
}

/** The activity call itself, shared with the rounds. */
export async function record(input: DecisionRecordInput): Promise<void> {
  try {
    await (patched(LOCAL_DECISION_RECORD_PATCH) ? localAct : act).recordDecision(input);
  } catch (error) {
    log.error('the decision record refused an act', { act: input.act, workflowId: input.workflowId, error: error instanceof Error ? error.message : String(error) });
  }
}
