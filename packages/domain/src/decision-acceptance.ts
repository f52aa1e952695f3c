/*
 * What a decision in an approval round must be, for the round's validator and for the pages that
 * send it: written once, so that the form never accepts what the round refuses.
 */

/** A request for changes says what must change: without a comment (blank is none), it is refused. */
export const lacksChangeComment = (decision: { outcome: string; comment?: string | undefined }): boolean =>
  decision.outcome === 'request_changes' && !decision.comment?.trim();

/** A person's decision on one version of the plan, among those a round recorded. */
export const decisionOf = <D extends { personId: string; planVersion: number }>(decisions: readonly D[], personId: string, planVersion: number): D | undefined =>
  decisions.find((d) => d.personId === personId && d.planVersion === planVersion);
