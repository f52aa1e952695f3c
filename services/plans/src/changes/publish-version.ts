import type { PublishedVersion } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { versionDocument } from '../documents/version-document.js';
import { recordAudit } from '../repositories/audit.js';
import { finalVersionOf, listPublications } from '../repositories/publications.js';
import type { PlanKind } from '../repositories/versions.js';
import { refusedWith } from '../rules/refusal.js';

/**
 * Makes a version public: only the version the Minister signed (strategic) or the one transmitted
 * (operational), since the public page promises exactly the text in force. Its PDF is rendered and
 * kept first, so the hashes listed are those of the files served. Publishing again changes nothing.
 */
export async function publishVersion(db: Kysely<Database>, kind: PlanKind, planId: string, number: number, actor: string): Promise<{ created: boolean; publication: PublishedVersion }> {
  const final = await finalVersionOf(db, kind, planId);
  if (!final) throw refusedWith('missing', 'plans.not_found', `${kind === 'strategic' ? 'Strategic' : 'Operational'} plan ${planId}`);
  if (final.number !== number) {
    throw refusedWith('conflict', 'publication.not_final',
      `Only the ${kind === 'strategic' ? 'signed' : 'transmitted'} version of a plan is published; version ${number} is not${final.number === null ? ' (the plan has none yet)' : ` (version ${final.number} is)`}.`);
  }
  const document = await versionDocument(db, kind, planId, number);
  if (!document) throw refusedWith('missing', 'plans.not_found', `Version ${number} of ${kind} plan ${planId}`);
  const created = await db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('version_publications').values({ plan_kind: kind, plan_id: planId, number, organisation_code: final.organisationCode, published_by: actor })
      .onConflict((oc) => oc.columns(['plan_kind', 'plan_id', 'number']).doNothing()).returning('number').executeTakeFirst();
    if (inserted) {
      await recordAudit(trx, { actor, action: 'version.published', subjectType: `${kind}_plan`, subjectId: planId, after: { number, pdfSha256: document.pdfSha256 } });
    }
    return inserted !== undefined;
  });
  const publication = (await listPublications(db, final.organisationCode)).find((p) => p.kind === kind && p.planId === planId && p.number === number);
  if (!publication) throw new Error('a publication just recorded is not listed');
  return { created, publication };
}
