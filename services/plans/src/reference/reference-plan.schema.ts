import type { z } from 'zod';
import { baseSchema } from './reference-plan.records.js';
import { checkReferences } from './reference-plan.references.js';

export { ALL_ENTITIES } from './reference-plan.records.js';

/** A reference plan: well-formed records whose codes and numbers all resolve. */
export const referencePlanSchema = baseSchema.superRefine(checkReferences);

export type ReferencePlan = z.infer<typeof referencePlanSchema>;
export type ReferenceEntity = ReferencePlan['entities'][number];
export type ReferenceAuthority = ReferencePlan['authorities'][number];
export type ReferenceObjective = ReferencePlan['objectives'][number];
