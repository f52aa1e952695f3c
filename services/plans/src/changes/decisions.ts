import type { DecisionRecordInput } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../database.js';
import { recordAudit } from '../repositories/audit.js';
import { listDecisions } from '../repositories/decisions.js';
import { organisationOfPlan } from '../repositories/ownership.js';
import { invalidField, missing } from '../rules/refusal.js';
import { getVersion } from '../repositories/versions.js';

const subjectTypes = { strategic: 'strategic_plan', operational: 'operational_plan' } as const;

/**
 * Records an act in the decision record and the audit log, in one transaction. The audit row names
 * the person who acted as its actor, and the workflow that carried the act: the worker only wrote
 * it down. A retried write (same idempotency key) inserts nothing and returns the first record.
 */
export async function recordDecision(db: Kysely<Database>, input: DecisionRecordInput) {
  const organisationCode = await organisationOfPlan(db, input.planKind, input.planId);
  if (organisationCode === undefined) throw missing(`${input.planKind === 'strategic' ? 'Strategic' : 'Operational'} plan ${input.planId}`);
  await checkConcernedObjectives(db, input);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('decisions').values(input.items.map((x) => ({
      idempotency_key: input.idempotencyKey, act: input.act, organisation_code: organisationCode, plan_kind: input.planKind, plan_id: input.planId,
      person_id: input.personId, role: input.role, on_behalf_of: input.onBehalfOf, item: x.item, outcome: x.outcome, comment: x.comment, objectives: x.objectives ?? [],
      version: input.version, sha256: input.sha256, acted_at: input.actedAt, channel: input.channel,
      workflow_id: input.workflowId, round_id: input.roundId, step: input.step,
      step_name: input.stepName === null ? null : JSON.stringify(input.stepName), details: input.details === null ? null : JSON.stringify(input.details),
    }))).onConflict((oc) => oc.columns(['idempotency_key', 'item']).doNothing()).returning('id').execute();
    const created = inserted.length > 0;
    if (created) {
      await recordAudit(trx, {
        actor: input.personId,
        action: `decision.${input.act}`,
        subjectType: subjectTypes[input.planKind],
        subjectId: input.planId,
        after: {
          carriedBy: { service: 'worker', workflowId: input.workflowId, roundId: input.roundId, step: input.step },
          role: input.role, onBehalfOf: input.onBehalfOf, version: input.version, sha256: input.sha256,
          actedAt: input.actedAt, channel: input.channel, items: input.items, details: input.details,
        },
      });
    }
    return { created, records: await listDecisions(trx, { idempotencyKey: input.idempotencyKey }) };
  });
}

const versionObjectivesSchema = z.object({
  objectives: z.array(z.union([z.object({ number: z.number() }), z.object({ code: z.string() })])),
});

/**
 * The objectives a comment names must be objectives of the version decided on: a comment placed
 * beside an objective the reviewer never saw would mislead the drafters. Refused whole, nothing recorded.
 */
async function checkConcernedObjectives(db: Kysely<Database>, input: DecisionRecordInput): Promise<void> {
  const index = input.items.findIndex((x) => (x.objectives ?? []).length > 0);
  if (index < 0) return;
  const version = input.version === null ? undefined : await getVersion(db, input.planKind, input.planId, input.version);
  const parsed = versionObjectivesSchema.safeParse(version?.snapshot);
  const known = new Set(parsed.success ? parsed.data.objectives.map((o) => ('number' in o ? String(o.number) : o.code)) : []);
  input.items.forEach((x, i) => {
    const outside = (x.objectives ?? []).filter((code) => !known.has(code));
    if (outside.length > 0) {
      throw invalidField('decision.objective_outside_version', `body.items.${i}.objectives`, `${outside.join(', ')} not in version ${input.version ?? '(none)'} of the plan`);
    }
  });
}
