import { issuedLinkSchema, issueLinkRequestSchema, linkConflictSchema } from '@jalon/contracts';
import { errorBodySchema, HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { issueLink } from './links-repository.js';
import { hashToken, newToken } from './tokens.js';

export interface LinkRoutesOptions {
  db: Kysely<Database>;
  /** where people reach the portal; never the Host of the request, which the caller controls */
  publicBaseUrl: string;
}

/** The internal API the round's activities call to get each member's personal link. */
export const linkRoutes: FastifyPluginAsyncZod<LinkRoutesOptions> = async (app, { db, publicBaseUrl }) => {
  app.post('/links', {
    // A link decides in someone's name: only the workflows' activities, run by the worker, ask for one.
    config: { access: { services: ['worker'] } },
    schema: {
      tags: ['links'],
      summary: 'Issue the personal decision link of one person, round and plan version. '
        + 'A retry while the link is unused returns a fresh token for the same link (only its hash is stored, so the first cannot be given back); '
        + 'a newer version supersedes the person\'s unused links of older versions of the same plan and step.',
      body: issueLinkRequestSchema,
      response: { 201: issuedLinkSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 409: linkConflictSchema },
    },
  }, async (request, reply) => {
    const token = newToken();
    const result = await issueLink(db, request.body, hashToken(token));
    if (result.kind === 'used') {
      throw new HttpError(409, `This person already decided with this link on ${result.usedAt.toISOString()}; no new link is issued.`, { state: 'used' });
    }
    if (result.kind === 'superseded') {
      throw new HttpError(409, 'A link for a newer version of this plan and step exists for this person; no link is issued for an older one.', { state: 'superseded' });
    }
    request.log.info({ linkId: result.link.id, roundId: result.link.round_id }, 'decision link issued');
    return reply.code(201).send({
      url: `${publicBaseUrl}/decisions/${token}`,
      linkId: result.link.id,
      expiresAt: result.link.expires_at.toISOString(),
    });
  });
};
