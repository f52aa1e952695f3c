import { objectivesToReview } from '@jalon/domain/pure';
import type { RoundMember, RoundResult } from '../approval-round/messages.js';

/** What a plan's workflow does at each turn of the reviewing authorities' loop. */
export interface AuthorityReviewSteps<Scope> {
  /** the objectives in the authority's scope in the version under review, with their content hashes */
  readScope(authorityCode: string): Promise<Scope>;
  hashesOf(scope: Scope): Array<[objective: string, sha256: string]>;
  /** the plan's status says it is under review */
  markUnderReview(): Promise<unknown>;
  reviewers(authorityCode: string): Promise<RoundMember[]>;
  /** the authority's round on these objectives of its scope */
  review(authorityCode: string, scope: Scope, reviewers: RoundMember[], objectives: string[]): Promise<RoundResult>;
  /** changes requested: the plan goes back to its drafters with the round's comments */
  sendBack(result: RoundResult): Promise<void>;
}

/**
 * Each reviewing authority (the State Secretary) in turn decides on the objectives of its scope that
 * it has not approved on their current content; an authority with nothing to decide is skipped. An
 * approval is kept with the hash it was given on, in `owner.approvedHashes`. Returns false as soon as
 * one authority sends the plan back, true when every one approved.
 */
export async function reviewByAuthorities<Stage extends string, Scope>(
  owner: { stage: Stage; approvedHashes: Record<string, Record<string, string>> },
  reviewStage: Stage,
  authorityCodes: readonly string[],
  steps: AuthorityReviewSteps<Scope>,
): Promise<boolean> {
  for (const authorityCode of authorityCodes) {
    const scope = await steps.readScope(authorityCode);
    const approved = (owner.approvedHashes[authorityCode] ??= {});
    const entries = steps.hashesOf(scope);
    const hashes = Object.fromEntries(entries);
    const toReview = objectivesToReview({ scope: entries.map(([objective]) => objective), currentHashes: hashes, approvedHashes: approved });
    // Nothing in scope, or nothing changed since it was approved: the authority is not asked.
    if (toReview.length === 0) continue;
    await steps.markUnderReview();
    owner.stage = reviewStage;
    const reviewers = await steps.reviewers(authorityCode);
    const result = await steps.review(authorityCode, scope, reviewers, toReview);
    for (const objective of result.approvedItems) approved[objective] = hashes[objective]!;
    if (result.changesRequested.length > 0) {
      await steps.sendBack(result);
      return false;
    }
  }
  return true;
}
