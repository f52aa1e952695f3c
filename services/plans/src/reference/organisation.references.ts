import { z } from 'zod';
import { organisationRecordsShape } from './organisation.records.js';

type Path = (string | number)[];
const recordsSchema = z.strictObject(organisationRecordsShape);
export type OrganisationRecords = z.infer<typeof recordsSchema>;

/** "(Tous)" in a plan's owner tags: never an entity's code. */
const RESERVED = 'ALL';

/** What the organisation part can check on its own; a plan adds its objectives and envelopes. */
export interface PlanLookups {
  objective?: (n: number, path: Path) => void;
  envelopes?: Set<number>;
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * The organisation's codes all resolve: unique entity and authority codes, parents and scopes that
 * name existing entities, one authority that signs, roles of its people that name its entities and
 * authorities. Each problem is reported at the JSON path at fault.
 */
export function checkOrganisationRecords(records: OrganisationRecords, ctx: z.RefinementCtx, plan: PlanLookups = {}): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const entityCodes = new Set(records.entities.map((e) => e.code));
  const entity = (c: string, path: Path) => { if (!entityCodes.has(c)) issue(path, `unknown entity code ${c}`); };
  for (const d of duplicates(records.entities.map((e) => e.code))) issue(['entities'], `duplicate entity code ${d}`);
  for (const d of duplicates(records.authorities.map((a) => a.code))) issue(['authorities'], `duplicate authority code ${d}`);
  if (entityCodes.has(RESERVED)) issue(['entities'], `${RESERVED} is reserved for "Tous"`);
  records.entities.forEach((e, i) => {
    if (e.parentCode !== null) entity(e.parentCode, ['entities', i, 'parentCode']);
    if (e.parentCode === e.code) issue(['entities', i, 'parentCode'], 'an entity cannot be its own parent');
  });
  entity(records.organisation.president.entityCode, ['organisation', 'president', 'entityCode']);

  const signers = records.authorities.filter((a) => a.signs).length;
  if (signers === 0) issue(['authorities'], 'some authority must sign the plan');
  if (signers > 1) issue(['authorities'], 'one authority signs the plan, not several');
  records.authorities.forEach((a, i) => {
    a.scope.objectiveNumbers.forEach((n, j) => plan.objective?.(n, ['authorities', i, 'scope', 'objectiveNumbers', j]));
    a.scope.entityCodes.forEach((c, j) => entity(c, ['authorities', i, 'scope', 'entityCodes', j]));
    a.scope.budgetEnvelopes.forEach((n, j) => {
      if (plan.envelopes && !plan.envelopes.has(n)) issue(['authorities', i, 'scope', 'budgetEnvelopes', j], `unknown envelope ${n}`);
    });
  });

  const authorityCodes = new Set(records.authorities.map((a) => a.code));
  records.people?.forEach((p, i) => p.roles.forEach((r, j) => {
    if (r.entityCode) entity(r.entityCode, ['people', i, 'roles', j, 'entityCode']);
    if (r.authorityCode && !authorityCodes.has(r.authorityCode)) issue(['people', i, 'roles', j, 'authorityCode'], `unknown authority ${r.authorityCode}`);
  }));
  for (const d of duplicates((records.people ?? []).map((p) => p.email.toLowerCase()))) issue(['people'], `duplicate e-mail ${d}`);
}

/** An organisation file: the organisation part of a reference plan, standing alone. */
export const organisationFileSchema = recordsSchema.superRefine((records, ctx) => checkOrganisationRecords(records, ctx));
