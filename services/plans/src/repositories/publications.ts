import type { PublishedVersion } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { PlanKind } from './versions.js';

/** The version a plan made final: the one the Minister signed, or the one transmitted; null before. */
export async function finalVersionOf(db: Kysely<Database>, kind: PlanKind, planId: string): Promise<{ organisationCode: string; number: number | null } | undefined> {
  if (kind === 'strategic') {
    const row = await db.selectFrom('strategic_plans').select(['organisation_code', 'signed_version']).where('id', '=', planId).executeTakeFirst();
    return row && { organisationCode: row.organisation_code, number: row.signed_version };
  }
  const row = await db.selectFrom('operational_plans').select(['organisation_code', 'transmitted_version']).where('id', '=', planId).executeTakeFirst();
  return row && { organisationCode: row.organisation_code, number: row.transmitted_version };
}

export async function isPublished(db: Kysely<Database>, kind: PlanKind, planId: string, number: number): Promise<boolean> {
  const row = await db.selectFrom('version_publications').select('number').where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

/** The organisation's published versions, newest publication first, with both hashes. */
export async function listPublications(db: Kysely<Database>, organisationCode: string): Promise<PublishedVersion[]> {
  const rows = await db.selectFrom('version_publications as p')
    .innerJoin('plan_versions as v', (j) => j.onRef('v.plan_kind', '=', 'p.plan_kind').onRef('v.plan_id', '=', 'p.plan_id').onRef('v.number', '=', 'p.number'))
    .innerJoin('version_documents as d', (j) => j.onRef('d.plan_kind', '=', 'p.plan_kind').onRef('d.plan_id', '=', 'p.plan_id').onRef('d.number', '=', 'p.number'))
    .leftJoin('strategic_plans as s', 's.id', 'p.plan_id')
    .leftJoin('operational_plans as o', 'o.id', 'p.plan_id')
    .select(['p.plan_kind', 'p.plan_id', 'p.number', 'p.published_at', 'v.sha256', 'd.pdf_sha256', 's.title_fr', 's.title_nl', 's.period_from', 's.period_to', 'o.year'])
    .where('p.organisation_code', '=', organisationCode)
    .orderBy('p.published_at', 'desc').orderBy('p.plan_kind').orderBy('p.number', 'desc')
    .execute();
  return rows.map((r) => ({
    kind: r.plan_kind, planId: r.plan_id, number: r.number,
    title: r.plan_kind === 'strategic' && r.title_fr !== null && r.title_nl !== null ? { fr: r.title_fr, nl: r.title_nl } : null,
    period: r.plan_kind === 'strategic' && r.period_from !== null && r.period_to !== null ? { from: r.period_from, to: r.period_to } : null,
    year: r.plan_kind === 'operational' ? r.year : null,
    sha256: r.sha256, pdfSha256: r.pdf_sha256, publishedAt: new Date(r.published_at).toISOString(),
  }));
}
