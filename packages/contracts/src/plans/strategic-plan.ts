import { z } from 'zod';
import { localizedTextSchema, expectedRevisionSchema } from '../common.js';

export const strategicPlanStatusSchema = z.enum(['draft', 'in_committee', 'under_review', 'awaiting_signature', 'signed', 'superseded']);
export type StrategicPlanStatus = z.infer<typeof strategicPlanStatusSchema>;

export const ambitionSchema = z.object({
  position: z.number().int(),
  text: z.string(),
  ownerTags: z.array(z.string()),
  ownerEntityCodes: z.array(z.string()),
});

export const strategicObjectiveSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  text: z.string(),
  category: z.enum(['governance', 'core_mission']),
  domain: z.enum(['security', 'registration_identification', 'elections', 'foreigners']).nullable(),
  ownerEntityCodes: z.array(z.string()),
  /** authorities that must review this objective (from their competence scope) */
  reviewedBy: z.array(z.string()),
  ambitions: z.array(ambitionSchema),
  revision: z.number().int(),
});
export type StrategicObjective = z.infer<typeof strategicObjectiveSchema>;

export const strategicPlanSummarySchema = z.object({
  id: z.string(),
  organisationCode: z.string(),
  code: z.string(),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  title: localizedTextSchema,
  status: strategicPlanStatusSchema,
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  signedVersion: z.number().int().nullable(),
  supersedesId: z.string().nullable(),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type StrategicPlanSummary = z.infer<typeof strategicPlanSummarySchema>;

export const strategicPlanSchema = strategicPlanSummarySchema.extend({
  priorities: z.array(z.object({ number: z.number().int(), title: z.string(), text: z.string() })),
  objectives: z.array(strategicObjectiveSchema),
  riskDomains: z.array(z.object({
    number: z.number().int(),
    title: z.string(),
    weaknesses: z.array(z.string()),
    threats: z.array(z.string()),
    objectiveNumbers: z.array(z.number().int()),
  })),
  addenda: z.array(z.object({ number: z.number().int(), title: z.string(), text: z.string(), adoptedOn: z.string().nullable() })),
  communicationPlan: z.array(z.object({
    code: z.string(),
    audience: z.string(),
    targetGroup: z.string(),
    timing: z.string(),
    message: z.string(),
    channels: z.array(z.string()),
    material: z.string(),
  })),
});
export type StrategicPlan = z.infer<typeof strategicPlanSchema>;

export const ambitionInputSchema = z.object({
  text: z.string().trim().min(1),
  ownerTags: z.array(z.string().trim().min(1)).min(1),
  ownerEntityCodes: z.array(z.string().trim().min(1)).min(1),
});

export const objectivePatchSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  title: z.string().trim().min(1).max(500).optional(),
  text: z.string().trim().min(1).max(50_000).optional(),
  ownerEntityCodes: z.array(z.string().trim().min(1)).min(1).optional(),
  ambitions: z.array(ambitionInputSchema).optional(),
}).refine((p) => p.title !== undefined || p.text !== undefined || p.ownerEntityCodes !== undefined || p.ambitions !== undefined, {
  message: 'name at least one of title, text, ownerEntityCodes, ambitions to change',
  path: ['title'],
});
export type ObjectivePatch = z.infer<typeof objectivePatchSchema>;

export const statusChangeSchema = z.object({
  expectedRevision: expectedRevisionSchema,
  status: strategicPlanStatusSchema,
  /** with status `signed`: who signed, when, and which frozen version */
  signature: z.object({
    signedBy: z.string().trim().min(1),
    signedAt: z.iso.datetime({ offset: true }),
    version: z.number().int().min(1),
  }).optional(),
});

export const addendumInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  text: z.string().trim().min(1),
  adoptedOn: z.iso.date().nullable().default(null),
});
