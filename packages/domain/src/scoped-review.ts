/**
 * Which objectives a reviewing authority must (re)decide on for a new version of the plan: those
 * in its scope that it has not approved, or whose content changed since it approved them. An
 * approval stays attached to the exact content (hash) it was given on, so an objective the drafters
 * did not touch keeps its approval across rounds.
 *
 * Objectives are keyed by number (strategic objectives: 20, 21) or by code (operational objectives:
 * "OE-2027-03"); either way they come back in natural order (OE-2 before OE-10).
 */
export interface ScopedReviewInput<K extends string | number> {
  /** the objectives in the authority's competence scope */
  scope: readonly K[];
  /** content hash of every objective of the version under review */
  currentHashes: Readonly<Record<string, string>>;
  /** the hash each objective had when the authority approved it */
  approvedHashes: Readonly<Record<string, string>>;
}

export function objectivesToReview<K extends string | number>({ scope, currentHashes, approvedHashes }: ScopedReviewInput<K>): K[] {
  return [...new Set(scope)]
    .filter((objective) => {
      const current = currentHashes[String(objective)];
      return current !== undefined && approvedHashes[String(objective)] !== current;
    })
    .sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }));
}
