import { forbidden } from './refusal.js';

/**
 * What a content editor may change: everything (the workflows, the President's office), or only
 * what belongs to the entities a drafter writes for.
 */
export type EditScope = { all: true } | { all: false; entities: ReadonlySet<string> };

/** Who makes a content change, as the audit log names them, and what they may change. */
export interface Author { actor: string; scope: EditScope }

/** Refuses a change touching an entity outside the editor's scope. */
export function refuseOutsideScope(scope: EditScope, entityCodes: ReadonlyArray<string | null | undefined>, what: string): void {
  if (scope.all) return;
  const outside = [...new Set(entityCodes.filter((c): c is string => typeof c === 'string' && !scope.entities.has(c)))];
  if (outside.length === 0) return;
  const own = [...scope.entities].join(', ') || 'none today';
  throw forbidden(`${what} concerns ${outside.join(', ')}; a drafter changes only what belongs to the entities they draft for (${own}). Ask the President's office.`, 'plan.outside_entity_scope');
}

/**
 * Nobody administers themselves: an administrator's own roles and delegations, and a delegation
 * naming them as deputy, are changed by another administrator.
 */
export function refuseSelfAdministration(actingPerson: string | null, concerned: ReadonlyArray<string | undefined>): void {
  if (actingPerson === null || !concerned.includes(actingPerson)) return;
  throw forbidden('Nobody changes their own roles or delegations, nor makes themselves a deputy; another organisation administrator does.', 'person.self_administration');
}
