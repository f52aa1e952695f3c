import { z } from 'zod';

const words = z.string().trim().min(1, 'must not be empty').max(300, 'at most 300 characters');

/**
 * A name an organisation gives itself or its parts (its own name, an entity's, an authority's
 * title, whoever consolidates): French and Dutch always, German where the service works in German
 * (readers in German see the French otherwise).
 */
export const organisationTextSchema = z.strictObject({ fr: words, nl: words, de: words.optional() });
export type OrganisationText = z.infer<typeof organisationTextSchema>;
