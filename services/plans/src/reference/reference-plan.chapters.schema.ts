import { z } from 'zod';

/**
 * The plan's chapters of running text before its strategic framework: mission, environment,
 * vision, culture and values (chapters 2 to 5 of the SPF Interior plan). Each keeps its title and
 * its text as the source gives them, paragraphs separated by a blank line.
 */
export const chaptersSchema = z.array(z.strictObject({
  number: z.number().int().positive(),
  title: z.string().trim().min(1),
  text: z.string().trim().min(1),
}));
