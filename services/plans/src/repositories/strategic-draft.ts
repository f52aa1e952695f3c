import type { NewObjectiveInput, PrioritiesInput, RiskDomainsInput } from '@jalon/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../database.js';

type Trx = Transaction<Database>;

export function prioritiesOf(trx: Trx, planId: string) {
  return trx.selectFrom('priorities').select(['number', 'title', 'text']).where('plan_id', '=', planId).orderBy('number').execute();
}

/** The plan's priorities become exactly these, numbered from 1 in this order. */
export async function replacePriorities(trx: Trx, planId: string, priorities: PrioritiesInput['priorities']): Promise<void> {
  await trx.deleteFrom('priorities').where('plan_id', '=', planId).execute();
  await trx.insertInto('priorities').values(priorities.map((p, i) => ({ plan_id: planId, number: i + 1, title: p.title, text: p.text }))).execute();
}

export function riskDomainsOf(trx: Trx, planId: string) {
  return trx.selectFrom('risk_domains').select(['number', 'title', 'weaknesses', 'threats', 'objective_numbers']).where('plan_id', '=', planId).orderBy('number').execute();
}

/** The plan's risk domains become exactly these, numbered from 1 in this order. */
export async function replaceRiskDomains(trx: Trx, planId: string, domains: RiskDomainsInput['riskDomains']): Promise<void> {
  await trx.deleteFrom('risk_domains').where('plan_id', '=', planId).execute();
  if (domains.length === 0) return;
  await trx.insertInto('risk_domains').values(domains.map((d, i) => ({
    plan_id: planId, number: i + 1, title: d.title, weaknesses: d.weaknesses, threats: d.threats, objective_numbers: [...new Set(d.objectiveNumbers)].sort((a, b) => a - b),
  }))).execute();
}

export async function objectiveNumbers(trx: Trx, planId: string): Promise<number[]> {
  const rows = await trx.selectFrom('strategic_objectives').select('number').where('plan_id', '=', planId).orderBy('number').execute();
  return rows.map((r) => r.number);
}

/** A new objective after the last one, with its ambitions; its number. */
export async function insertObjective(trx: Trx, planId: string, input: Omit<NewObjectiveInput, 'expectedRevision'>): Promise<number> {
  const numbers = await objectiveNumbers(trx, planId);
  const number = (numbers.at(-1) ?? 0) + 1;
  const { id } = await trx.insertInto('strategic_objectives').values({
    plan_id: planId, number, title: input.title, text: input.text, category: input.category, domain: input.domain, owner_entity_codes: input.ownerEntityCodes,
  }).returning('id').executeTakeFirstOrThrow();
  if (input.ambitions.length > 0) {
    await trx.insertInto('ambitions').values(input.ambitions.map((a, i) => ({
      objective_id: id, position: i + 1, text: a.text, owner_tags: a.ownerTags, owner_entity_codes: a.ownerEntityCodes,
    }))).execute();
  }
  return number;
}
