import type { z } from 'zod';
import { checkOrganisationRecords } from './organisation.references.js';
import { ALL_ENTITIES, type BasePlan } from './reference-plan.records.js';

type Path = (string | number)[];

/** The codes and numbers a plan's records point at, and one way to report a dangling one. */
interface Lookup {
  plan: BasePlan;
  issue: (path: Path, message: string) => void;
  owner: (code: string, path: Path) => void;
  entity: (code: string, path: Path) => void;
  objective: (n: number, path: Path) => void;
  envelopes: Set<number>;
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function lookup(plan: BasePlan, ctx: z.RefinementCtx): Lookup {
  const issue = (path: Path, message: string): void => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const entityCodes = new Set(plan.entities.map((e) => e.code));
  const objectiveNumbers = new Set(plan.objectives.map((o) => o.number));
  return {
    plan,
    issue,
    owner: (c, path) => { if (c !== ALL_ENTITIES && !entityCodes.has(c)) issue(path, `unknown entity code ${c}`); },
    entity: (c, path) => { if (!entityCodes.has(c)) issue(path, `unknown entity code ${c}`); },
    objective: (n, path) => { if (!objectiveNumbers.has(n)) issue(path, `unknown objective ${n}`); },
    envelopes: new Set(plan.budget.envelopes.map((e) => e.number)),
  };
}

function checkUniqueness({ plan, issue }: Lookup): void {
  const unique = <T>(values: readonly T[], path: string, what: string): void => {
    for (const d of duplicates(values)) issue([path], `duplicate ${what} ${String(d)}`);
  };
  unique(plan.priorities.map((p) => p.number), 'priorities', 'priority number');
  unique(plan.objectives.map((o) => o.number), 'objectives', 'objective number');
  unique(plan.riskDomains.map((r) => r.number), 'riskDomains', 'risk domain number');
}

function checkOrganisation({ plan, objective, envelopes }: Lookup, ctx: z.RefinementCtx): void {
  checkOrganisationRecords(plan, ctx, { objective, envelopes });
}

function checkObjectives({ plan, issue, owner, objective }: Lookup): void {
  if (plan.strategicPlan.period.from > plan.strategicPlan.period.to) {
    issue(['strategicPlan', 'period'], 'period ends before it starts');
  }
  plan.objectives.forEach((o, i) => {
    if ((o.category === 'governance') !== (o.domain === null)) {
      issue(['objectives', i, 'domain'], 'governance objectives have no domain; core-mission objectives have one');
    }
    o.ownerEntityCodes.forEach((c, j) => owner(c, ['objectives', i, 'ownerEntityCodes', j]));
    o.ambitions.forEach((a, k) =>
      a.ownerEntityCodes.forEach((c, j) => owner(c, ['objectives', i, 'ambitions', k, 'ownerEntityCodes', j])),
    );
    o.sections?.forEach((s, k) =>
      s.ownerEntityCodes.forEach((c, j) => owner(c, ['objectives', i, 'sections', k, 'ownerEntityCodes', j])),
    );
  });
  plan.domains.forEach((d, i) =>
    d.objectiveNumbers.forEach((n, j) => objective(n, ['domains', i, 'objectiveNumbers', j])),
  );
}

function checkRiskDomains({ plan, issue, objective }: Lookup): void {
  const weaknessNumbers = new Set(plan.swot.weaknesses.map((w) => w.number));
  const threatNumbers = new Set(plan.swot.threats.map((t) => t.number));
  plan.riskDomains.forEach((r, i) => {
    r.objectiveNumbers.forEach((n, j) => objective(n, ['riskDomains', i, 'objectiveNumbers', j]));
    r.weaknessNumbers?.forEach((n, j) => {
      if (!weaknessNumbers.has(n)) issue(['riskDomains', i, 'weaknessNumbers', j], `unknown weakness ${n}`);
    });
    r.threatNumbers?.forEach((n, j) => {
      if (!threatNumbers.has(n)) issue(['riskDomains', i, 'threatNumbers', j], `unknown threat ${n}`);
    });
    if ((r.weaknesses?.length ?? 0) !== (r.weaknessNumbers?.length ?? 0)) {
      issue(['riskDomains', i, 'weaknessNumbers'], 'one number per weakness');
    }
    if ((r.threats?.length ?? 0) !== (r.threatNumbers?.length ?? 0)) {
      issue(['riskDomains', i, 'threatNumbers'], 'one number per threat');
    }
  });
}

function checkResources({ plan, issue, entity, envelopes }: Lookup): void {
  const authorityCodes = new Set(plan.authorities.map((a) => a.code));
  plan.staff.rows.forEach((r, i) => {
    if (r.entityCode !== null) entity(r.entityCode, ['staff', 'rows', i, 'entityCode']);
  });
  plan.budget.envelopes.forEach((e, i) => {
    if (!authorityCodes.has(e.authorityCode)) {
      issue(['budget', 'envelopes', i, 'authorityCode'], `unknown authority ${e.authorityCode}`);
    }
  });
  plan.budget.tables.forEach((t, i) =>
    t.rows.forEach((r, j) => {
      if (r.entityCode !== undefined) entity(r.entityCode, ['budget', 'tables', i, 'rows', j, 'entityCode']);
      if (r.envelope !== undefined && !envelopes.has(r.envelope)) {
        issue(['budget', 'tables', i, 'rows', j, 'envelope'], `unknown envelope ${r.envelope}`);
      }
    }),
  );
  plan.communicationPlan.carriedBy.entityCodes.forEach((c, j) =>
    entity(c, ['communicationPlan', 'carriedBy', 'entityCodes', j]),
  );
}

/**
 * Cross-references are checked here rather than in tests alone so that any consumer loading a
 * plan (this one or another organisation's) gets a plan whose codes and numbers all resolve.
 */
export function checkReferences(plan: BasePlan, ctx: z.RefinementCtx): void {
  const found = lookup(plan, ctx);
  checkOrganisation(found, ctx);
  for (const check of [checkUniqueness, checkObjectives, checkRiskDomains, checkResources]) check(found);
}
