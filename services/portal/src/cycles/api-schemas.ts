import { ACTOR_HEADER } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import { z } from 'zod';

/* What the cycle API's routes share: their tag, the organisation in the path, who acts, the errors they answer with. */

export const tags = ['operational cycle'];
export const orgParams = z.object({ org: z.string().min(1).max(100) });
/** The person acting; checked against their roles, so a missing or unknown one gets 401, not 400. */
export const actorHeaders = z.object({ [ACTOR_HEADER]: z.string().optional() });
export const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 503: errorBodySchema };
/** A cycle's workflow may refuse a change (its validator), or have ended. */
export const cycleErrors = { ...errors, 409: errorBodySchema };
