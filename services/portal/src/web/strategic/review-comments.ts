import { itemsConcerned, type DecisionRecord, type Role } from '@jalon/contracts';

/** One comment a reviewer made on an item: who, in which role, when, in which step, and what. */
export interface ReviewComment {
  personName: string;
  role: Role | null;
  actedAt: string;
  step: string;
  outcome: 'approve' | 'request_changes';
  comment: string;
}

/**
 * The comments made in the rounds on the version that was sent back, by item: an objective's
 * number, or `plan` for the plan as a whole (the committee decides on the whole plan). Read from
 * the decision record, which keeps every decision as its round accepted it.
 */
export function commentsByItem(records: readonly DecisionRecord[], version: number): Map<string, ReviewComment[]> {
  const byItem = new Map<string, ReviewComment[]>();
  for (const r of records) {
    if (r.act !== 'round_decision' || r.version !== version || !r.comment?.trim()) continue;
    const comment: ReviewComment = {
      personName: r.personName ?? '—', role: r.role, actedAt: r.actedAt, step: r.step,
      outcome: r.outcome === 'request_changes' ? 'request_changes' : 'approve', comment: r.comment,
    };
    // A plan-wide comment that names objectives is shown beside each of them instead.
    for (const item of itemsConcerned(r)) byItem.set(item, [...(byItem.get(item) ?? []), comment]);
  }
  return byItem;
}
