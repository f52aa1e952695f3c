import { operationalObjectiveInputSchema, strategicObjectiveSchema, strategicPlanSchema } from '@jalon/contracts';
import { z } from 'zod';

/**
 * A frozen version's snapshot as versions/snapshot.ts writes it, read back from its JSON column:
 * the document is laid out from exactly what was frozen and hashed.
 */
export const strategicSnapshotSchema = strategicPlanSchema.pick({
  organisationCode: true, code: true, period: true, title: true, priorities: true, riskDomains: true, addenda: true, communicationPlan: true,
}).extend({
  kind: z.literal('strategic'),
  objectives: z.array(strategicObjectiveSchema.pick({ number: true, title: true, text: true, category: true, domain: true, ownerEntityCodes: true, ambitions: true })),
});
export type StrategicSnapshot = z.infer<typeof strategicSnapshotSchema>;

export const operationalSnapshotSchema = z.object({
  kind: z.literal('operational'),
  organisationCode: z.string(),
  strategicPlanId: z.string(),
  year: z.number().int(),
  objectives: z.array(operationalObjectiveInputSchema),
  projects: z.array(z.object({ id: z.string(), title: z.string(), ownerEntityCode: z.string() })),
});
export type OperationalSnapshot = z.infer<typeof operationalSnapshotSchema>;
