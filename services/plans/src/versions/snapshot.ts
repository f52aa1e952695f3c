import { createHash } from 'node:crypto';
import type { OperationalPlan, StrategicPlan } from '@jalon/contracts';
import { configure } from 'safe-stable-stringify';

/**
 * The content of a plan as people read and approve it: no ids, statuses, revisions or timestamps,
 * so that the hash changes when, and only when, what the plan says changes.
 */
export function strategicPlanContent(plan: StrategicPlan) {
  return {
    kind: 'strategic' as const,
    organisationCode: plan.organisationCode,
    code: plan.code,
    period: plan.period,
    title: plan.title,
    priorities: plan.priorities,
    objectives: plan.objectives.map((o) => ({
      number: o.number, title: o.title, text: o.text, category: o.category, domain: o.domain,
      ownerEntityCodes: o.ownerEntityCodes, ambitions: o.ambitions,
    })),
    riskDomains: plan.riskDomains,
    addenda: plan.addenda,
    communicationPlan: plan.communicationPlan,
  };
}

export function operationalPlanContent(plan: OperationalPlan) {
  return {
    kind: 'operational' as const,
    organisationCode: plan.organisationCode,
    strategicPlanId: plan.strategicPlanId,
    year: plan.year,
    // Named field by field: what an objective achieved (result) and where it was carried from are
    // recorded after, or beside, what was approved; a transmitted version keeps its hash when a result comes in.
    objectives: plan.objectives.map((o) => ({
      code: o.code, strategicObjectiveNumber: o.strategicObjectiveNumber, statement: o.statement, indicator: o.indicator,
      target: o.target, ownerEntityCode: o.ownerEntityCode, means: o.means, deadline: o.deadline,
    })),
    // A project's deadline and objective only when it has them: versions frozen before projects had
    // them keep their content, so their hash.
    projects: plan.projects.filter((p) => p.status === 'active').map((p) => ({
      id: p.id, title: p.title, ownerEntityCode: p.ownerEntityCode,
      ...(p.deadline !== null ? { deadline: p.deadline } : {}), ...(p.objectiveCode !== null ? { objectiveCode: p.objectiveCode } : {}),
    })),
  };
}

// Sorted keys, no cycles tolerated, no silent bigint conversion: equal content gives equal bytes.
const stableStringify = configure({ deterministic: true, circularValue: Error, bigint: false });

export function canonicalJson(value: unknown): string {
  const text = stableStringify(value);
  if (text === undefined) throw new Error('the snapshot cannot be serialised');
  return text;
}

export function sha256Of(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
