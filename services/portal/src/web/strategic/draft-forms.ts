import {
  newObjectiveInputSchema, objectivePatchSchema, prioritiesInputSchema, riskDomainsInputSchema,
  type NewObjectiveInput, type ObjectivePatch, type PrioritiesInput, type RiskDomainsInput,
} from '@jalon/contracts';
import type { z } from 'zod';
import type { StrategicCopy } from './strategic-catalogue.js';

/*
 * The draft's forms, read into the plans API's inputs and checked with the same schemas the API
 * uses, so a field at fault is named beside the field before anything is sent. A repeated field
 * keeps its last value in a posted form: each checkbox and each row has a name of its own
 * (`owner:DGSP`, `ambition:2:text`, `priority:1:title`).
 */

type Fields = Record<string, string>;
export interface FieldError { field: string; message: string }
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The codes "(Tous)" and the organisation's entities a form offers, in its order. */
export const ALL_ENTITIES = 'ALL';
const checked = (fields: Fields, prefix: string, codes: readonly string[]) => codes.filter((c) => fields[`${prefix}${c}`] !== undefined);
const lines = (text: string | undefined) => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const blank = (text: string | undefined) => (text ?? '').trim() === '';
const revisionOf = (fields: Fields) => Number(fields.revision);

/** Form rows kept, with the row each came from: errors point back at the row's fields. */
interface Rows<T> { items: T[]; rowOf: number[] }

function rows<T>(count: number, read: (i: number) => T | undefined): Rows<T> {
  const out: Rows<T> = { items: [], rowOf: [] };
  for (let i = 0; i <= count; i++) {
    const item = read(i);
    if (item === undefined) continue;
    out.items.push(item);
    out.rowOf.push(i);
  }
  return out;
}

/** The field an API or schema issue path names (`ambitions.0.ownerEntityCodes` → `ambition-3-owners`). */
export type FieldOf = (path: ReadonlyArray<string | number>) => string;

/** A message for an issue in the reader's language: what the field needs, never the API's English. */
export function messageFor(t: StrategicCopy, path: ReadonlyArray<string | number>, code: string | undefined, apiMessage = ''): string {
  const last = String(path.at(-1) ?? '');
  if (/unknown entity/.test(apiMessage)) return t.errors.unknownEntity;
  if (/has no objective/.test(apiMessage)) return t.errors.unknownObjective;
  if (last === 'ownerEntityCodes' || last === 'ownerTags') return t.errors.owner;
  if (code === 'too_big') return t.errors.tooLong;
  if (code === 'too_small' || code === 'invalid_type') return t.errors.required;
  return t.errors.invalid;
}

function check<S extends z.ZodType>(schema: S, input: unknown, t: StrategicCopy, fieldOf: FieldOf): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => ({ field: fieldOf(issue.path as Array<string | number>), message: messageFor(t, issue.path as Array<string | number>, issue.code) }));
  return { ok: false, errors: dedupe(errors) };
}

export function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
}

/** Ambition rows of an objective form; a blank new row is no ambition. */
function ambitionRows(fields: Fields, count: number, codes: readonly string[]) {
  return rows(count, (i) => {
    if (fields[`ambition:${i}:remove`] !== undefined) return undefined;
    const owners = checked(fields, `ambition:${i}:owner:`, codes);
    if (i === count && blank(fields[`ambition:${i}:text`]) && owners.length === 0) return undefined;
    return { text: fields[`ambition:${i}:text`] ?? '', ownerTags: owners.map((c) => (c === ALL_ENTITIES ? 'Tous' : c)), ownerEntityCodes: owners };
  });
}

export function objectiveFieldOf(rowOf: readonly number[]): FieldOf {
  return (path) => {
    const [head, index, leaf] = path;
    if (head === 'ambitions' && typeof index === 'number') return `ambition-${rowOf[index] ?? index}-${leaf === 'text' ? 'text' : 'owners'}`;
    if (head === 'ownerEntityCodes') return 'owners';
    return typeof head === 'string' && ['title', 'text', 'category', 'domain'].includes(head) ? head : 'title';
  };
}

/** The objective form: its text, owners ("(Tous)" included) and ambitions with their owners. */
export function readObjectiveForm(fields: Fields, codes: readonly string[], ambitionCount: number, t: StrategicCopy): Parsed<ObjectivePatch> & { rowOf: number[] } {
  const ambitions = ambitionRows(fields, ambitionCount, codes);
  const input = {
    expectedRevision: revisionOf(fields), title: fields.title ?? '', text: fields.text ?? '',
    ownerEntityCodes: checked(fields, 'owner:', codes), ambitions: ambitions.items,
  };
  return { ...check(objectivePatchSchema, input, t, objectiveFieldOf(ambitions.rowOf)), rowOf: ambitions.rowOf };
}

export function readNewObjectiveForm(fields: Fields, codes: readonly string[], t: StrategicCopy): Parsed<NewObjectiveInput> & { rowOf: number[] } {
  const ambitions = ambitionRows(fields, 0, codes);
  const input = {
    expectedRevision: revisionOf(fields), title: fields.title ?? '', text: fields.text ?? '',
    category: fields.category ?? '', domain: blank(fields.domain) ? null : fields.domain,
    ownerEntityCodes: checked(fields, 'owner:', codes), ambitions: ambitions.items,
  };
  return { ...check(newObjectiveInputSchema, input, t, objectiveFieldOf(ambitions.rowOf)), rowOf: ambitions.rowOf };
}

/** Rows in the order of their position fields (ties keep the form's order). */
function ordered(fields: Fields, kind: string, count: number): number[] {
  const position = (i: number) => { const p = Number(fields[`${kind}:${i}:position`]); return Number.isFinite(p) ? p : i + 1; };
  return Array.from({ length: count + 1 }, (_, i) => i).sort((a, b) => position(a) - position(b) || a - b);
}

export const listFieldOf = (kind: 'priority' | 'risk', rowOf: readonly number[]): FieldOf => (path) => {
  const [, index, leaf] = path;
  if (typeof index !== 'number') return `${kind}-0-title`;
  const field = leaf === 'objectiveNumbers' ? 'objectives' : typeof leaf === 'string' ? leaf : 'title';
  return `${kind}-${rowOf[index] ?? index}-${field}`;
};

export function readPrioritiesForm(fields: Fields, count: number, t: StrategicCopy): Parsed<PrioritiesInput> & { rowOf: number[] } {
  const order = ordered(fields, 'priority', count);
  const kept = rows(order.length - 1, (k) => {
    const i = order[k]!;
    if (fields[`priority:${i}:remove`] !== undefined) return undefined;
    if (i === count && blank(fields[`priority:${i}:title`]) && blank(fields[`priority:${i}:text`])) return undefined;
    return { row: i, value: { title: fields[`priority:${i}:title`] ?? '', text: fields[`priority:${i}:text`] ?? '' } };
  });
  const rowOf = kept.items.map((k) => k.row);
  const input = { expectedRevision: revisionOf(fields), priorities: kept.items.map((k) => k.value) };
  return { ...check(prioritiesInputSchema, input, t, listFieldOf('priority', rowOf)), rowOf };
}

export function readRisksForm(fields: Fields, count: number, objectiveNumbers: readonly number[], t: StrategicCopy): Parsed<RiskDomainsInput> & { rowOf: number[] } {
  const order = ordered(fields, 'risk', count);
  const kept = rows(order.length - 1, (k) => {
    const i = order[k]!;
    if (fields[`risk:${i}:remove`] !== undefined) return undefined;
    const objectives = objectiveNumbers.filter((n) => fields[`risk:${i}:objective:${n}`] !== undefined);
    if (i === count && blank(fields[`risk:${i}:title`]) && blank(fields[`risk:${i}:weaknesses`]) && blank(fields[`risk:${i}:threats`]) && objectives.length === 0) return undefined;
    return { row: i, value: { title: fields[`risk:${i}:title`] ?? '', weaknesses: lines(fields[`risk:${i}:weaknesses`]), threats: lines(fields[`risk:${i}:threats`]), objectiveNumbers: objectives } };
  });
  const rowOf = kept.items.map((k) => k.row);
  const input = { expectedRevision: revisionOf(fields), riskDomains: kept.items.map((k) => k.value) };
  return { ...check(riskDomainsInputSchema, input, t, listFieldOf('risk', rowOf)), rowOf };
}
