import type { AccessRule } from '@jalon/auth';
import type { Role } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/* What the cycle API's routes share: their tag, the organisation in the path, who may call, the errors they answer with. */

export const tags = ['operational cycle'];
export const orgParams = z.object({ org: z.string().min(1).max(100) });
export const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 503: errorBodySchema };

/** A cycle's workflow may refuse a change (its validator), or have ended. */
export const cycleErrors = { ...errors, 409: errorBodySchema };

const organisationInPath = (request: FastifyRequest) => (request.params as { org?: string }).org;

/**
 * People holding one of the roles in the organisation of the path today (deputies included), with
 * their access token from the identity provider; `member`: anyone of the organisation.
 */
export const peopleHolding = (roles: readonly Role[] | 'member'): { access: AccessRule } =>
  ({ access: { people: { roles, organisation: organisationInPath } } });
