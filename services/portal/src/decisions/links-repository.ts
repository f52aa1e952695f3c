import type { IssueLinkRequest } from '@jalon/contracts';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, DecisionLinkRow } from '../database.js';

export type IssueResult =
  | { kind: 'issued'; link: DecisionLinkRow }
  | { kind: 'used'; usedAt: Date }
  | { kind: 'superseded' };

/**
 * How long a link stays open after its last e-mail at the most. Closing its round is what ends a
 * link (the page asks the round); this bounds a token left in a mailbox when a round never closes
 * (a workflow terminated by an operator answers its queries as it stood). A year is longer than
 * any step's follow-up, and each reminder extends it.
 */
export const LINK_HARD_CAP_DAYS = 365;

/**
 * Records a token (its hash) for the link of (round, person, version) of each entry, creating the
 * link the first time, in one transaction (one e-mail, or a cycle's drafting round), in the entries'
 * order. Every token recorded opens the link: each e-mail has its own, and a retried issue for the
 * same e-mail brings the same one (link-routes.ts derives it), so no e-mail ever carries a dead
 * link. A used or superseded link is never revived. Issuing a newer version supersedes this
 * person's unused links of older versions of the same plan and step, whatever their round, since
 * each version usually gets a round of its own. Each person's lock is taken before any link, in
 * one order for every transaction, so two batches naming the same people cannot wait on each other.
 */
export async function issueLinks(db: Kysely<Database>, entries: Array<{ request: IssueLinkRequest; tokenHash: string }>): Promise<IssueResult[]> {
  return db.transaction().execute(async (trx) => {
    // One person's issues run one at a time, so two versions issued at once cannot both stay valid.
    for (const personId of [...new Set(entries.map((e) => e.request.person.id))].sort()) {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`decision-links\n${personId}`}, 0))`.execute(trx);
    }
    const results: IssueResult[] = [];
    for (const { request, tokenHash } of entries) results.push(await issueLocked(trx, request, tokenHash));
    return results;
  });
}

/** One link, its person's lock held. */
async function issueLocked(trx: Transaction<Database>, request: IssueLinkRequest, tokenHash: string): Promise<IssueResult> {
  const newer = await trx.selectFrom('decision_links').select('id')
    .where('plan_id', '=', request.planId).where('step', '=', request.step).where('person_id', '=', request.person.id)
    .where('plan_version', '>', request.planVersion)
    .executeTakeFirst();
  if (newer) return { kind: 'superseded' };

  // Locked: a decision claiming this link holds its row while the Temporal Update runs; waiting for
  // it, this reads the link as the decision left it (used), instead of adding a token to a used link.
  const existing = await trx.selectFrom('decision_links').selectAll()
    .where('round_id', '=', request.roundId).where('person_id', '=', request.person.id).where('plan_version', '=', request.planVersion)
    .forUpdate().executeTakeFirst();
  if (existing?.used_at) return { kind: 'used', usedAt: existing.used_at };
  if (existing?.superseded_at) return { kind: 'superseded' };

  const values = {
    token_hash: tokenHash,
    workflow_id: request.workflowId,
    step: request.step,
    person_name: request.person.name,
    language: request.person.language,
    plan_id: request.planId,
    plan_sha256: request.planSha256,
    items: JSON.stringify(request.items),
    summary: JSON.stringify(request.summary),
    expires_at: sql<Date>`greatest(${request.expiresAt}::timestamptz, now() + make_interval(days => ${LINK_HARD_CAP_DAYS}))`,
    holder_organisation: request.holder?.organisationCode ?? null,
    holder_roles: request.holder?.roles ?? null,
  };
  const link = existing
    ? await trx.updateTable('decision_links').set(values).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow()
    : await trx.insertInto('decision_links')
      .values({ ...values, round_id: request.roundId, person_id: request.person.id, plan_version: request.planVersion })
      .returningAll().executeTakeFirstOrThrow();
  await trx.insertInto('decision_link_tokens').values({ token_hash: tokenHash, link_id: link.id })
    .onConflict((oc) => oc.column('token_hash').doNothing()).execute();

  await trx.updateTable('decision_links').set({ superseded_at: sql`now()`, superseded_reason: 'newer_version' })
    .where('plan_id', '=', request.planId).where('step', '=', request.step).where('person_id', '=', request.person.id)
    .where('plan_version', '<', request.planVersion).where('used_at', 'is', null).where('superseded_at', 'is', null)
    .execute();
  return { kind: 'issued', link };
}

/** The link any of its tokens opens. */
export function findLinkByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<DecisionLinkRow | undefined> {
  return db.selectFrom('decision_links').selectAll()
    .where('id', '=', (eb) => eb.selectFrom('decision_link_tokens').select('link_id').where('token_hash', '=', tokenHash))
    .executeTakeFirst();
}

/** The person no longer holds the role: the unused link is superseded, and no e-mail revives it. */
export async function supersedeForRole(db: Kysely<Database>, linkId: string): Promise<void> {
  await db.updateTable('decision_links').set({ superseded_at: sql`now()`, superseded_reason: 'role_ended' })
    .where('id', '=', linkId).where('used_at', 'is', null).where('superseded_at', 'is', null).execute();
}

/** The unused, unsuperseded link of (round, person, version), if any. */
export function pendingLinkOf(db: Kysely<Database>, request: Pick<IssueLinkRequest, 'roundId' | 'planVersion'> & { personId: string }) {
  return db.selectFrom('decision_links').select('id')
    .where('round_id', '=', request.roundId).where('person_id', '=', request.personId).where('plan_version', '=', request.planVersion)
    .where('used_at', 'is', null).where('superseded_at', 'is', null).executeTakeFirst();
}

export function findLinkById(db: Kysely<Database> | Transaction<Database>, id: string): Promise<DecisionLinkRow | undefined> {
  return db.selectFrom('decision_links').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Marks the link used if it still can be. Concurrent claims queue on the row lock: the first one
 * wins, the others see used_at once it commits and get nothing back. The lock is held until the
 * transaction ends, so the caller can decide while no one else can.
 */
export function claimLink(trx: Transaction<Database>, id: string): Promise<DecisionLinkRow | undefined> {
  return trx.updateTable('decision_links').set({ used_at: sql`now()` })
    .where('id', '=', id).where('used_at', 'is', null).where('superseded_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .returningAll().executeTakeFirst();
}

/** The person's open decision links: their tasks, newest first. */
export function openLinksOf(db: Kysely<Database>, personId: string): Promise<DecisionLinkRow[]> {
  return db.selectFrom('decision_links').selectAll()
    .where('person_id', '=', personId).where('used_at', 'is', null).where('superseded_at', 'is', null).where('expires_at', '>', sql<Date>`now()`)
    .orderBy('created_at', 'desc').execute();
}
