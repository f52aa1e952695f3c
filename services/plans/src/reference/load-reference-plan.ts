// A static JSON import (rather than fs + import.meta.url) keeps the fixture inside the module
// graph: tsc checks that the file exists, and Node.js, tap and any bundler resolve it the same way.
import data from './spf-interieur-2022-2024.json' with { type: 'json' };
import { referencePlanSchema, type ReferencePlan } from './reference-plan.schema.js';

/**
 * The SPF Interior strategic plan 2022–2024, validated. Parsing on every call is deliberate:
 * zod returns fresh objects, so a caller that mutates its copy cannot corrupt another's.
 */
export function loadReferencePlan(): ReferencePlan {
  return referencePlanSchema.parse(data);
}
