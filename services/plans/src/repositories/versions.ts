import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import { recordAudit } from './audit.js';
import { sha256Of } from '../versions/snapshot.js';

export type PlanKind = 'strategic' | 'operational';

const summary = (r: { number: number; sha256: string; created_by: string; created_at: Date }) => ({
  number: r.number, sha256: r.sha256, createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString(),
});

/**
 * Freezes the plan's current content as the next version. Freezing content identical to the latest
 * version returns that version: a decision made on it still points at exactly what was seen.
 */
export async function freezeVersion(db: Kysely<Database>, kind: PlanKind, planId: string, content: unknown, actor: string) {
  const sha256 = sha256Of(content);
  return db.transaction().execute(async (trx) => {
    // Serialises concurrent freezes of one plan, so version numbers never collide.
    const table = kind === 'strategic' ? 'strategic_plans' : 'operational_plans';
    await trx.selectFrom(table).select('id').where('id', '=', planId).forUpdate().executeTakeFirstOrThrow();
    const latest = await trx.selectFrom('plan_versions').select(['number', 'sha256', 'created_by', 'created_at'])
      .where('plan_kind', '=', kind).where('plan_id', '=', planId).orderBy('number', 'desc').limit(1).executeTakeFirst();
    if (latest && latest.sha256 === sha256) return { created: false, version: summary(latest) };
    const number = (latest?.number ?? 0) + 1;
    const row = await trx.insertInto('plan_versions').values({
      plan_kind: kind, plan_id: planId, number, sha256, snapshot: JSON.stringify(content), created_by: actor,
    }).returning(['number', 'sha256', 'created_by', 'created_at']).executeTakeFirstOrThrow();
    await recordAudit(trx, { actor, action: 'version.frozen', subjectType: `${kind}_plan`, subjectId: planId, after: { number, sha256 } });
    return { created: true, version: summary(row) };
  });
}

export async function listVersions(db: Kysely<Database>, kind: PlanKind, planId: string) {
  const rows = await db.selectFrom('plan_versions').select(['number', 'sha256', 'created_by', 'created_at'])
    .where('plan_kind', '=', kind).where('plan_id', '=', planId).orderBy('number').execute();
  return rows.map(summary);
}

export async function getVersion(db: Kysely<Database>, kind: PlanKind, planId: string, number: number) {
  const row = await db.selectFrom('plan_versions').selectAll().where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  return row ? { ...summary(row), snapshot: row.snapshot } : undefined;
}

export async function versionExists(db: Kysely<Database> | Transaction<Database>, kind: PlanKind, planId: string, number: number): Promise<boolean> {
  const row = await db.selectFrom('plan_versions').select('number').where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}
