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

type Entry = { request: IssueLinkRequest; tokenHash: string };

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
export async function issueLinks(db: Kysely<Database>, entries: Entry[]): Promise<IssueResult[]> {
  return db.transaction().execute(async (trx) => {
    // One person's issues run one at a time, so two versions issued at once cannot both stay valid.
    // One statement takes them all: unnest yields the sorted names in order, and each lock is taken as its row is.
    const people = [...new Set(entries.map((e) => e.request.person.id))].sort().map((id) => `decision-links\n${id}`);
    await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${people}::text[]) as k`.execute(trx);
    if (entries.length > 1 && !dependOnEachOther(entries)) return issueTogether(trx, entries);
    const results: IssueResult[] = [];
    for (const { request, tokenHash } of entries) results.push(await issueLocked(trx, request, tokenHash));
    return results;
  });
}

/**
 * Whether one entry's outcome depends on another's: two versions of one plan and step for the same
 * person (the newer supersedes the older, in the entries' order), or the same link twice. Such a
 * batch is issued one entry after the other; any other is issued in a few statements for all.
 */
function dependOnEachOther(entries: Entry[]): boolean {
  const versions = new Map<string, number>();
  const links = new Set<string>();
  for (const { request: r } of entries) {
    const personStep = JSON.stringify([r.planId, r.step, r.person.id]);
    const link = JSON.stringify([r.roundId, r.person.id, r.planVersion]);
    if ((versions.get(personStep) ?? r.planVersion) !== r.planVersion || links.has(link)) return true;
    versions.set(personStep, r.planVersion);
    links.add(link);
  }
  return false;
}

/** The columns a token's issue sets on its link, new or not. */
function linkValues(request: IssueLinkRequest, tokenHash: string) {
  return {
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

  const values = linkValues(request, tokenHash);
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

/** The entries' requests as columns, for statements that take them all at once (unnest). */
function columnsOf(entries: Entry[]) {
  const column = <T>(pick: (r: IssueLinkRequest) => T) => entries.map((e) => pick(e.request));
  return { planIds: column((r) => r.planId), steps: column((r) => r.step), personIds: column((r) => r.person.id), versions: column((r) => r.planVersion), roundIds: column((r) => r.roundId) };
}

/**
 * Entries that do not depend on each other, their people's locks held: what issueLocked does for
 * each, in a few statements for all of them (a launch issues a link per drafter: six statements each
 * were most of the portal's work on a launch day). Same checks, same order of effects.
 */
async function issueTogether(trx: Transaction<Database>, entries: Entry[]): Promise<IssueResult[]> {
  const { planIds, steps, personIds, versions, roundIds } = columnsOf(entries);
  const keyOf = (roundId: string, personId: string, version: number) => JSON.stringify([roundId, personId, version]);

  const newer = await sql<{ n: string }>`
    select u.n from unnest(${planIds}::text[], ${steps}::text[], ${personIds}::text[], ${versions}::int[]) with ordinality as u(plan_id, step, person_id, plan_version, n)
    where exists (select 1 from decision_links d where d.plan_id = u.plan_id and d.step = u.step and d.person_id = u.person_id and d.plan_version > u.plan_version)`.execute(trx);
  const outdated = new Set(newer.rows.map((r) => Number(r.n) - 1));
  // Locked, as in issueLocked: a decision claiming one of these links is waited for.
  const existing = await sql<DecisionLinkRow>`
    select d.* from decision_links d
    join unnest(${roundIds}::text[], ${personIds}::text[], ${versions}::int[]) as u(round_id, person_id, plan_version)
      on d.round_id = u.round_id and d.person_id = u.person_id and d.plan_version = u.plan_version
    for update of d`.execute(trx);
  const existingByKey = new Map(existing.rows.map((l) => [keyOf(l.round_id, l.person_id, l.plan_version), l]));

  const results: Array<IssueResult | undefined> = entries.map(({ request: r }, i) => {
    if (outdated.has(i)) return { kind: 'superseded' };
    const link = existingByKey.get(keyOf(r.roundId, r.person.id, r.planVersion));
    if (link?.used_at) return { kind: 'used', usedAt: link.used_at };
    if (link?.superseded_at) return { kind: 'superseded' };
    return undefined;
  });
  const issuing = entries.flatMap((e, i) => (results[i] === undefined ? [{ ...e, i }] : []));
  if (issuing.length === 0) return results as IssueResult[];

  const fresh = issuing.filter((e) => !existingByKey.has(keyOf(e.request.roundId, e.request.person.id, e.request.planVersion)));
  const inserted = fresh.length === 0 ? [] : await trx.insertInto('decision_links')
    .values(fresh.map(({ request: r, tokenHash }) => ({ ...linkValues(r, tokenHash), round_id: r.roundId, person_id: r.person.id, plan_version: r.planVersion })))
    .returningAll().execute();
  const linkByKey = new Map(inserted.map((l) => [keyOf(l.round_id, l.person_id, l.plan_version), l]));
  // A link already issued gets this e-mail's token too (a reminder, a retried batch): rare, one statement each.
  for (const { request: r, tokenHash } of issuing) {
    const old = existingByKey.get(keyOf(r.roundId, r.person.id, r.planVersion));
    if (old) linkByKey.set(keyOf(r.roundId, r.person.id, r.planVersion), await trx.updateTable('decision_links').set(linkValues(r, tokenHash)).where('id', '=', old.id).returningAll().executeTakeFirstOrThrow());
  }
  const linkOf = (r: IssueLinkRequest) => linkByKey.get(keyOf(r.roundId, r.person.id, r.planVersion))!;
  await trx.insertInto('decision_link_tokens').values(issuing.map(({ request, tokenHash }) => ({ token_hash: tokenHash, link_id: linkOf(request).id })))
    .onConflict((oc) => oc.column('token_hash').doNothing()).execute();

  const issued = columnsOf(issuing);
  await sql`
    update decision_links d set superseded_at = now(), superseded_reason = 'newer_version'
    from unnest(${issued.planIds}::text[], ${issued.steps}::text[], ${issued.personIds}::text[], ${issued.versions}::int[]) as u(plan_id, step, person_id, plan_version)
    where d.plan_id = u.plan_id and d.step = u.step and d.person_id = u.person_id and d.plan_version < u.plan_version
      and d.used_at is null and d.superseded_at is null`.execute(trx);
  for (const { request, i } of issuing) results[i] = { kind: 'issued', link: linkOf(request) };
  return results as IssueResult[];
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
