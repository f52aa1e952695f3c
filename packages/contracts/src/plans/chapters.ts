import { z } from 'zod';

/** A chapter of a plan's running text (mission, environment, vision, values), as the plan writes it. */
export const planChapterSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  /** paragraphs separated by a blank line */
  text: z.string(),
});
export type PlanChapter = z.infer<typeof planChapterSchema>;
