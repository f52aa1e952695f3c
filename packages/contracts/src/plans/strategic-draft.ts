import { z } from 'zod';
import { expectedRevisionSchema } from '../common.js';
import { ambitionInputSchema, strategicObjectiveSchema } from './strategic-plan.js';

/**
 * What the President's office changes in a draft strategic plan besides one objective: the
 * priorities and the risk domains as whole lists (adding, editing, reordering and removing are
 * one change each, numbered again from 1 in the order sent), and a new objective at the end.
 * Every change names the plan's revision it was made on: two editors never overwrite each other
 * silently.
 */
export const priorityInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  text: z.string().trim().min(1).max(50_000),
});

export const prioritiesInputSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  priorities: z.array(priorityInputSchema).min(1).max(50),
});
export type PrioritiesInput = z.infer<typeof prioritiesInputSchema>;

export const riskDomainInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  weaknesses: z.array(z.string().trim().min(1).max(2_000)).max(50),
  threats: z.array(z.string().trim().min(1).max(2_000)).max(50),
  /** the strategic objectives that answer the risk: numbers of this plan's objectives */
  objectiveNumbers: z.array(z.number().int().min(1)).max(200),
});

export const riskDomainsInputSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  riskDomains: z.array(riskDomainInputSchema).max(50),
});
export type RiskDomainsInput = z.infer<typeof riskDomainsInputSchema>;

/**
 * A new strategic objective, numbered after the last one. Objectives are not renumbered or removed:
 * their numbers are what competence scopes, risk domains and recorded decisions refer to.
 */
export const newObjectiveInputSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  title: z.string().trim().min(1).max(500),
  text: z.string().trim().min(1).max(50_000),
  category: strategicObjectiveSchema.shape.category,
  domain: strategicObjectiveSchema.shape.domain.default(null),
  /** entity codes, or ALL for "(Tous)" */
  ownerEntityCodes: z.array(z.string().trim().min(1)).min(1),
  ambitions: z.array(ambitionInputSchema).max(100).default([]),
});
export type NewObjectiveInput = z.infer<typeof newObjectiveInputSchema>;

/** The stable codes of the plans service's refusals to change a draft strategic plan. */
export const strategicDraftRefusalCodes = ['strategic_plan.not_editable', 'plan.stale_revision', 'request.invalid', 'request.invalid_field'] as const;
export type StrategicDraftRefusalCode = typeof strategicDraftRefusalCodes[number];
