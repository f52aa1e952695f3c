import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

export const auditQuerySchema = z.object({
  subjectType: z.string().min(1).optional(),
  subjectId: z.string().min(1).optional(),
});
