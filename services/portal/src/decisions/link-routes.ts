import { issuedLinkSchema, issueLinkRequestSchema, linkConflictSchema } from '@jalon/contracts';
import { errorBodySchema, HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { LinkHolderCheck } from './link-holder.js';
import { issueLink, pendingLinkOf, supersedeForRole } from './links-repository.js';
import { hashToken, issuedToken } from './tokens.js';

export interface LinkRoutesOptions {
  db: Kysely<Database>;
  /** where people reach the portal; never the Host of the request, which the caller controls */
  publicBaseUrl: string;
  /** the key tokens are derived from (CSRF_SECRET): a retried issue gets the same token back */
  secret: string;
  /** whether the person still holds the role the link is for */
  holders: LinkHolderCheck;
}

/** The internal API the round's activities call to get each member's personal link. */
export const linkRoutes: FastifyPluginAsyncZod<LinkRoutesOptions> = async (app, { db, publicBaseUrl, secret, holders }) => {
  app.post('/links', {
    // A link decides in someone's name: only the workflows' activities, run by the worker, ask for one.
    config: { access: { services: ['worker'] } },
    schema: {
      tags: ['links'],
      summary: 'Issue the personal decision link of one person, round and plan version. '
        + 'Each e-mail (issueKey) gets a token of its own, the same one when the issue is retried; every token opens the link until its round closes '
        + '(only hashes are stored). A newer version supersedes the person\'s unused links of older versions of the same plan and step; '
        + 'a person who no longer holds the roles named in holder gets no link (409 superseded), and their pending one is superseded.',
      body: issueLinkRequestSchema,
      response: { 201: issuedLinkSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 409: linkConflictSchema },
    },
  }, async (request, reply) => {
    const body = request.body;
    if (!(await holders.holds({ person_id: body.person.id, holder_organisation: body.holder?.organisationCode ?? null, holder_roles: body.holder?.roles ?? null }))) {
      const pending = await pendingLinkOf(db, { ...body, personId: body.person.id });
      if (pending) await supersedeForRole(db, pending.id);
      throw new HttpError(409, 'This person no longer holds the role this link is for; no link is issued.', { state: 'superseded', code: 'link.role_ended' });
    }
    const token = issuedToken(secret, body);
    const result = await issueLink(db, body, hashToken(token));
    if (result.kind === 'used') {
      throw new HttpError(409, `This person already decided with this link on ${result.usedAt.toISOString()}; no new link is issued.`, { state: 'used', code: 'link.used' });
    }
    if (result.kind === 'superseded') {
      throw new HttpError(409, 'A link for a newer version of this plan and step exists for this person; no link is issued for an older one.', { state: 'superseded', code: 'link.superseded' });
    }
    request.log.info({ linkId: result.link.id, roundId: result.link.round_id }, 'decision link issued');
    return reply.code(201).send({
      url: `${publicBaseUrl}/decisions/${token}`,
      linkId: result.link.id,
      expiresAt: result.link.expires_at.toISOString(),
    });
  });
};
