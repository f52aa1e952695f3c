import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ReferencePlan } from './reference-plan.schema.js';

/** The plan's chapters of running text, keyed by number and left alone when present (idempotent). */
export async function loadChapters(trx: Kysely<Database>, planId: string, plan: ReferencePlan): Promise<number> {
  if (plan.chapters.length === 0) return 0;
  const rows = plan.chapters.map((c) => ({ plan_id: planId, number: c.number, title: c.title, text: c.text }));
  return (await trx.insertInto('plan_chapters').values(rows).onConflict((oc) => oc.doNothing()).returning('number').execute()).length;
}
