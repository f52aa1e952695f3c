import { renderPdfAside, type DocumentBody } from '@jalon/documents';
import { sha256Hex } from '@jalon/contracts';
import { brusselsDateOf } from '@jalon/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { getOrganisation, listEntities } from '../repositories/organisations.js';
import { getPlanFigures } from '../repositories/plan-figures.js';
import type { PlanKind } from '../repositories/versions.js';
import { operationalDocument } from './operational-document.js';
import { formatCalendarDate } from './plan-text.js';
import { planDocumentCatalogue, type DocumentLanguage } from './plan-document-catalogue.js';
import { operationalSnapshotSchema, strategicSnapshotSchema } from './snapshot-schemas.js';
import { strategicDocument } from './strategic-document.js';

export interface VersionDocument { pdf: Buffer; pdfSha256: string }

const documentLanguage = (languages: readonly string[]): DocumentLanguage => {
  const first = languages[0];
  return first === 'nl' || first === 'de' ? first : 'fr';
};

/** Lays out one frozen version from its snapshot; undefined when there is no such version. */
export async function renderVersionDocument(db: Kysely<Database>, kind: PlanKind, planId: string, number: number): Promise<Buffer | undefined> {
  const row = await db.selectFrom('plan_versions').selectAll().where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  if (!row) return undefined;
  const fixedAt = new Date(row.created_at);
  const version = { number, sha256: row.sha256, frozenOn: brusselsDateOf(fixedAt) };
  const snapshot = kind === 'strategic' ? strategicSnapshotSchema.parse(row.snapshot) : operationalSnapshotSchema.parse(row.snapshot);
  const organisation = await getOrganisation(db, snapshot.organisationCode);
  if (!organisation) throw new Error(`organisation ${snapshot.organisationCode} of a frozen version is gone`);
  const language = documentLanguage(organisation.languages);
  const copy = planDocumentCatalogue[language];
  const nameIn = (text: { fr: string; nl: string; de?: string | undefined }) => (language === 'de' ? text.de ?? text.fr : text[language]);
  const entities = await listEntities(db, snapshot.organisationCode);
  const entityNames = {
    full: new Map([['ALL', copy.allEntities], ...entities.map((e) => [e.code, e.abbreviation ? `${nameIn(e.name)} (${e.abbreviation})` : nameIn(e.name)] as const)]),
    short: new Map([['ALL', copy.allEntities], ...entities.map((e) => [e.code, e.abbreviation ?? nameIn(e.name)] as const)]),
  };
  const organisationName = nameIn(organisation.name);
  const versionLine = copy.versionLine(number, formatCalendarDate(version.frozenOn, copy));
  let body: DocumentBody;
  let title: string;
  if (snapshot.kind === 'strategic') {
    const chapters = await db.selectFrom('plan_chapters').select(['number', 'title', 'text']).where('plan_id', '=', planId).orderBy('number').execute();
    const figures = await getPlanFigures(db, planId);
    title = snapshot.title[language === 'de' ? 'fr' : language];
    body = { content: strategicDocument({ language, copy, organisationName, plan: snapshot, version, entityNames, figures, chapters }), footerTitle: `${title} — ${versionLine}`, pageLabel: copy.page };
  } else {
    // Only the titles of the strategic objectives: the whole plan is seven queries, on every launch.
    const objectives = await db.selectFrom('strategic_objectives').select(['number', 'title']).where('plan_id', '=', snapshot.strategicPlanId).execute();
    const strategicTitles = new Map(objectives.map((o) => [o.number, o.title]));
    title = `${copy.operationalPlan(snapshot.year)} — ${organisationName}`;
    body = { content: operationalDocument({ language, copy, organisationName, plan: snapshot, version, entityNames, strategicTitles }), footerTitle: `${title} — ${versionLine}`, pageLabel: copy.page };
  }
  return renderPdfAside(body, { title, subject: `${copy.contentHash}: ${row.sha256}`, author: organisationName, language: copy.locale, fixedAt });
}

/**
 * A version's PDF: rendered once and kept (append-only), so that every later request, e-mail and
 * publication serves the very bytes whose hash was recorded first, even if an entity is renamed or the
 * renderer changes afterwards. The service renders it right after the freeze (document-renderer.ts);
 * a request for a version whose rendering has not happened yet renders it here.
 */
export async function versionDocument(db: Kysely<Database>, kind: PlanKind, planId: string, number: number): Promise<VersionDocument | undefined> {
  const stored = () => db.selectFrom('version_documents').select(['pdf', 'pdf_sha256']).where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  const existing = await stored();
  if (existing) return { pdf: existing.pdf, pdfSha256: existing.pdf_sha256 };
  const pdf = await renderVersionDocument(db, kind, planId, number);
  if (!pdf) return undefined;
  // Two first requests at once both render; the first insert wins and both return what was stored.
  // The version leaves the renderer's queue with the same commit that keeps its document.
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('version_documents').values({ plan_kind: kind, plan_id: planId, number, pdf_sha256: sha256Hex(pdf), pdf })
      .onConflict((oc) => oc.columns(['plan_kind', 'plan_id', 'number']).doNothing()).execute();
    await trx.deleteFrom('versions_to_render').where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).execute();
  });
  const kept = await stored();
  return kept ? { pdf: kept.pdf, pdfSha256: kept.pdf_sha256 } : undefined;
}

/** The PDF's SHA-256 if the version's document has been rendered, null otherwise. */
export async function recordedPdfSha256(db: Kysely<Database>, kind: PlanKind, planId: string, number: number): Promise<string | null> {
  const row = await db.selectFrom('version_documents').select('pdf_sha256').where('plan_kind', '=', kind).where('plan_id', '=', planId).where('number', '=', number).executeTakeFirst();
  return row?.pdf_sha256 ?? null;
}
