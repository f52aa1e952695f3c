import type { DecisionRecord } from '@jalon/contracts';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, DecisionsTable } from '../database.js';

type Row = Selectable<DecisionsTable> & { person_name: string | null };

/** Who decided what, in the order the acts were recorded: plan, organisation, or one act's key. */
export interface DecisionFilter {
  organisationCode?: string;
  plan?: { kind: 'strategic' | 'operational'; id: string };
  idempotencyKey?: string;
}

/** The records matching the filter, oldest first, with each person's name where they are a registered person. */
export async function listDecisions(db: Kysely<Database> | Transaction<Database>, filter: DecisionFilter): Promise<DecisionRecord[]> {
  let q = db.selectFrom('decisions as d')
    // Person ids are text here: the President's office can act under a service name in tests and tools.
    .leftJoin('people as p', (join) => join.on(sql`p.id::text`, '=', sql.ref('d.person_id')))
    .selectAll('d').select('p.name as person_name');
  if (filter.organisationCode !== undefined) q = q.where('d.organisation_code', '=', filter.organisationCode);
  if (filter.plan) q = q.where('d.plan_kind', '=', filter.plan.kind).where('d.plan_id', '=', filter.plan.id);
  if (filter.idempotencyKey !== undefined) q = q.where('d.idempotency_key', '=', filter.idempotencyKey);
  const rows = await q.orderBy('d.id').execute();
  return rows.map((r) => toRecord(r as Row));
}

function toRecord(r: Row): DecisionRecord {
  return {
    id: Number(r.id), act: r.act as DecisionRecord['act'], organisationCode: r.organisation_code, planKind: r.plan_kind, planId: r.plan_id,
    personId: r.person_id, personName: r.person_name, role: r.role as DecisionRecord['role'], onBehalfOf: r.on_behalf_of,
    item: r.item, outcome: r.outcome, comment: r.comment, objectives: r.objectives, version: r.version, sha256: r.sha256,
    actedAt: new Date(r.acted_at).toISOString(), channel: r.channel, workflowId: r.workflow_id, roundId: r.round_id, step: r.step,
    stepName: (r.step_name ?? null) as DecisionRecord['stepName'], details: (r.details ?? null) as DecisionRecord['details'],
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}
