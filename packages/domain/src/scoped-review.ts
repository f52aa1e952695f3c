/**
 * Which objectives a reviewing authority must (re)decide on for a new version of the plan: those
 * in its scope that it has not approved, or whose content changed since it approved them. An
 * approval stays attached to the exact content (hash) it was given on, so an objective the drafters
 * did not touch keeps its approval across rounds.
 */
export interface ScopedReviewInput {
  /** objective numbers in the authority's competence scope */
  scope: readonly number[];
  /** content hash of every objective of the version under review, by number */
  currentHashes: Readonly<Record<number, string>>;
  /** the hash each objective had when the authority approved it */
  approvedHashes: Readonly<Record<number, string>>;
}

export function objectivesToReview({ scope, currentHashes, approvedHashes }: ScopedReviewInput): number[] {
  return [...new Set(scope)]
    .filter((n) => currentHashes[n] !== undefined)
    .filter((n) => approvedHashes[n] === undefined || approvedHashes[n] !== currentHashes[n])
    .sort((a, b) => a - b);
}

/**
 * The same rule for items named by code (operational objectives such as "OE-2027-03"): an approval
 * holds for the exact content it was given on.
 */
export function itemsToReview(scope: readonly string[], currentHashes: Readonly<Record<string, string>>, approvedHashes: Readonly<Record<string, string>>): string[] {
  return [...new Set(scope)]
    .filter((code) => currentHashes[code] !== undefined && approvedHashes[code] !== currentHashes[code])
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
