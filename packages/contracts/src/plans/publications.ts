import { z } from 'zod';
import { localizedTextSchema } from '../common.js';

export const publishedKindSchema = z.enum(['strategic', 'operational']);

/**
 * A version made public by the communication plan's publishing step: what the public page lists.
 * Nothing here names a person: who published it stays in the audit log.
 */
export const publishedVersionSchema = z.object({
  kind: publishedKindSchema,
  planId: z.string(),
  number: z.number().int(),
  /** a strategic plan's title and period; an operational plan's year */
  title: localizedTextSchema.nullable(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  year: z.number().int().nullable(),
  /** SHA-256 of the canonical JSON, as `sha256sum` prints it */
  sha256: z.string(),
  /** SHA-256 of the PDF */
  pdfSha256: z.string(),
  publishedAt: z.string(),
});
export type PublishedVersion = z.infer<typeof publishedVersionSchema>;

export const publicationFileSchema = z.enum(['document.pdf', 'canonical.json']);
export type PublicationFile = z.infer<typeof publicationFileSchema>;
