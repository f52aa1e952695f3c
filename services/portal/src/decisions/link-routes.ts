import {
  issuedLinkSchema, issuedLinksSchema, issueLinkRequestSchema, issueLinksRequestSchema, LINK_BATCH_MAX, linkConflictSchema,
  type IssuedLink, type IssueLinkRequest, type LinkConflictReason,
} from '@jalon/contracts';
import { errorBodySchema, HttpError } from '@jalon/service-kit';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { LinkHolderCheck } from './link-holder.js';
import { issueLinks, pendingLinkOf, supersedeForRole, type IssueResult } from './links-repository.js';
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

type LinkOutcome = { issued: IssuedLink } | { conflict: LinkConflictReason };

const roleEnded: LinkConflictReason = { state: 'superseded', code: 'link.role_ended', message: 'This person no longer holds the role this link is for; no link is issued.' };

function conflictOf(result: Exclude<IssueResult, { kind: 'issued' }>): LinkConflictReason {
  return result.kind === 'used'
    ? { state: 'used', code: 'link.used', message: `This person already decided with this link on ${result.usedAt.toISOString()}; no new link is issued.` }
    : { state: 'superseded', code: 'link.superseded', message: 'A link for a newer version of this plan and step exists for this person; no link is issued for an older one.' };
}

/**
 * The links of one or many e-mails: each person's role is checked with the plans service (checks of
 * the same role at the same moment share one request), then every link is issued in one transaction.
 * A person who no longer holds the role gets no link, and their pending one is superseded.
 */
async function issueAll(options: LinkRoutesOptions, requests: IssueLinkRequest[], log: FastifyBaseLogger): Promise<LinkOutcome[]> {
  const { db, holders, secret, publicBaseUrl } = options;
  const held = await Promise.all(requests.map((r) => holders.holds({
    person_id: r.person.id, holder_organisation: r.holder?.organisationCode ?? null, holder_roles: r.holder?.roles ?? null,
  })));
  for (const [i, request] of requests.entries()) {
    if (held[i]) continue;
    const pending = await pendingLinkOf(db, { ...request, personId: request.person.id });
    if (pending) await supersedeForRole(db, pending.id);
  }
  const issuing = requests.flatMap((request, i) => (held[i] ? [{ i, request, token: issuedToken(secret, request) }] : []));
  const results = issuing.length > 0 ? await issueLinks(db, issuing.map(({ request, token }) => ({ request, tokenHash: hashToken(token) }))) : [];
  const outcomes: LinkOutcome[] = requests.map(() => ({ conflict: roleEnded }));
  for (const [n, { i, token }] of issuing.entries()) {
    const result = results[n]!;
    if (result.kind !== 'issued') {
      outcomes[i] = { conflict: conflictOf(result) };
      continue;
    }
    log.info({ linkId: result.link.id, roundId: result.link.round_id }, 'decision link issued');
    outcomes[i] = { issued: { url: `${publicBaseUrl}/decisions/${token}`, linkId: result.link.id, expiresAt: result.link.expires_at.toISOString() } };
  }
  return outcomes;
}

/** The internal API the round's activities call to get each member's personal link. */
export const linkRoutes: FastifyPluginAsyncZod<LinkRoutesOptions> = async (app, options) => {
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
    const [outcome] = await issueAll(options, [request.body], request.log);
    if ('conflict' in outcome!) {
      const { state, code, message } = outcome.conflict;
      throw new HttpError(409, message, { state, code });
    }
    return reply.code(201).send(outcome!.issued);
  });

  app.post('/links/batch', {
    config: { access: { services: ['worker'] } },
    schema: {
      tags: ['links'],
      summary: 'Issue the links of many e-mails at once (a cycle\'s drafting round), each as POST /links would, in one transaction. '
        + 'Each names its e-mail (issueKey), so a retried batch gets the same tokens back. The answer gives each link in the request\'s order: '
        + `issued, or a conflict with the state and code POST /links would answer with 409 (used, superseded); the others are issued all the same. At most ${LINK_BATCH_MAX}.`,
      body: issueLinksRequestSchema,
      response: { 200: issuedLinksSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema },
    },
  }, async (request) => {
    const outcomes = await issueAll(options, request.body.links, request.log);
    return {
      results: outcomes.map((o) => ('issued' in o
        ? { outcome: 'issued' as const, ...o.issued }
        : { outcome: 'conflict' as const, ...o.conflict })),
    };
  });
};
