import { z } from 'zod';

export const planKindSchema = z.enum(['strategic', 'operational']);

export const planVersionSummarySchema = z.object({
  number: z.number().int(),
  sha256: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const planVersionSchema = planVersionSummarySchema.extend({
  snapshot: z.unknown(),
  /**
   * SHA-256 of the version's PDF, beside the canonical JSON's `sha256`: recorded when the PDF is first
   * rendered (GET …/versions/:number/document.pdf, publication, transmission), null before.
   */
  pdfSha256: z.string().nullable(),
});

export const itemChangeSchema = z.object({ key: z.string(), fields: z.array(z.string()) });

/** What changed between two frozen versions, by item key (objective number, operational objective code…). */
export const versionComparisonSchema = z.object({
  from: planVersionSummarySchema,
  to: planVersionSummarySchema,
  identical: z.boolean(),
  sections: z.record(z.string(), z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(itemChangeSchema),
  })),
  /** top-level fields of the plan that changed (title, period…) */
  planFields: z.array(z.string()),
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;
