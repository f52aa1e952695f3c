import type { DecisionLogEntry, DecisionRecord } from '@jalon/contracts';

/**
 * Who decided what in a plan's rounds, as pages and the API show it. The decision record in the
 * plans service is the source: it holds every decision as its round accepted it, in-flight rounds
 * included, and outlives the workflows. A run that finished rounds before the record existed still
 * has them in its own log only: those are added, each decision once (the record keeps the
 * workflow's time of the decision, so the same decision has the same person and instant in both).
 */
export function decisionHistory(recorded: readonly DecisionRecord[], workflowLog: readonly DecisionLogEntry[]): DecisionLogEntry[] {
  const byDecision = new Map<string, DecisionLogEntry>();
  for (const r of recorded) {
    if (r.act !== 'round_decision' || r.version === null || r.sha256 === null) continue;
    const key = `${r.personId}|${r.actedAt}`;
    const entry = byDecision.get(key) ?? {
      step: r.step, stepName: r.stepName ?? { fr: r.step, nl: r.step }, version: r.version, sha256: r.sha256, decidedAt: r.actedAt,
      personId: r.personId, personName: r.personName ?? r.personId, items: [], channel: r.channel,
    };
    entry.items.push({ item: r.item, outcome: r.outcome === 'request_changes' ? 'request_changes' : 'approve', ...(r.comment !== null ? { comment: r.comment } : {}) });
    byDecision.set(key, entry);
  }
  const fromRecord = [...byDecision.values()];
  const known = new Set(fromRecord.map((d) => `${d.personId}|${new Date(d.decidedAt).toISOString()}`));
  const older = workflowLog.filter((d) => !known.has(`${d.personId}|${new Date(d.decidedAt).toISOString()}`));
  return [...older, ...fromRecord].sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt));
}
