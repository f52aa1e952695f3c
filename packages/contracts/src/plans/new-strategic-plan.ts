import { z } from 'zod';
import { languageSchema } from '../common.js';

/**
 * A new strategic plan, as the President's office (or the organisation's administrator) starts
 * it: a code, the years it covers and its title. It starts empty and in `draft`; its priorities,
 * objectives and risk domains are then written through the draft's editing routes.
 */
const year = z.number().int().min(2000, 'a year from 2000').max(2100, 'a year up to 2100');

export const newStrategicPlanInputSchema = z.strictObject({
  /** the organisation's own reference for the plan, e.g. PS-2025-2029 */
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, dots, dashes and underscores (at most 40), e.g. PS-2025-2029'),
  period: z.strictObject({ from: year, to: year })
    .refine((p) => p.to >= p.from, { message: 'the last year comes after the first', path: ['to'] }),
  title: z.strictObject({ fr: z.string().trim().min(1).max(500), nl: z.string().trim().min(1).max(500) }),
});
export type NewStrategicPlanInput = z.infer<typeof newStrategicPlanInputSchema>;

/** The stable codes of a refused new strategic plan. */
export const newStrategicPlanRefusalCodes = ['strategic_plan.period_taken', 'strategic_plan.code_taken'] as const;

/**
 * The first administrator of an organisation an operator created: a person who holds `org_admin`
 * there, named by an administrator of the operator organisation. Later ones are named by the
 * organisation's own administrators.
 */
export const firstAdministratorInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  language: languageSchema,
});
export type FirstAdministratorInput = z.infer<typeof firstAdministratorInputSchema>;
