import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { judge, type AccessRule, type PeopleDirectory } from './access-rule.js';
import type { Caller } from './caller.js';
import type { PersonClaims, PersonTokenVerifier } from './person-token.js';
import { ServiceTokenVerifier } from './service-token.js';

export interface AccessControlOptions {
  /** checks service tokens addressed to this service */
  services: ServiceTokenVerifier;
  /** checks people's access tokens; absent: this service takes no calls from people directly */
  people?: PersonTokenVerifier;
  /** the Jalon person behind a provider identity (undefined: unknown to Jalon) */
  personFor?: (claims: PersonClaims) => Promise<string | undefined>;
  directory?: PeopleDirectory;
  /** the pages' session, for services that have one (the portal) */
  sessionCaller?: (request: FastifyRequest) => Promise<Caller | undefined>;
  /** rules for routes registered by plugins that cannot carry one (the API documentation) */
  rulesByPrefix?: Array<{ prefix: string; rule: AccessRule }>;
  /** how a refusal is answered (pages show their own page); default: the JSON error body */
  refuse?: (request: FastifyRequest, reply: FastifyReply, status: 401 | 403, reason: string) => unknown;
}

/** Every route with the rule that guards it: the route-table test reads this. */
export interface AccessTableEntry { method: string; url: string; rule: AccessRule | undefined }

declare module 'fastify' {
  interface FastifyContextConfig { access?: AccessRule }
  interface FastifyRequest { caller: Caller }
  interface FastifyInstance { accessTable: AccessTableEntry[] }
}

const ANONYMOUS: Caller = { kind: 'anonymous' };

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header) : null;
  return match?.[1];
}

async function authenticate(request: FastifyRequest, options: AccessControlOptions): Promise<Caller | 'invalid'> {
  const token = bearerOf(request);
  let claims: PersonClaims;
  if (token === undefined) {
    if (request.headers.authorization !== undefined) return 'invalid';
    return (await options.sessionCaller?.(request)) ?? ANONYMOUS;
  }
  try {
    if (ServiceTokenVerifier.looksLikeServiceToken(token)) {
      const claims = await options.services.verify(token);
      return { kind: 'service', service: claims.service, actingFor: claims.actingFor };
    }
    if (!options.people || !options.personFor) return 'invalid';
    claims = await options.people.verify(token);
  } catch (error) {
    request.log.info({ reason: (error as Error).message }, 'bearer token refused');
    return 'invalid';
  }
  // A valid token whose person cannot be looked up right now (the plans service down) is not an
  // invalid token: that error reaches the error handler (503, try again), not a 401.
  const personId = await options.personFor(claims);
  return personId === undefined ? 'invalid' : { kind: 'person', personId, via: 'token' };
}

/**
 * Authentication and authorisation for a whole service, before the body is even read: a route
 * without a rule is refused (and the route-table test names it), an unknown caller gets 401, a
 * caller outside the rule 403.
 */
async function accessControl(app: FastifyInstance, options: AccessControlOptions): Promise<void> {
  const table: AccessTableEntry[] = [];
  app.decorate('accessTable', table);
  app.decorateRequest('caller', null as never);
  const ruleFor = (url: string, declared: AccessRule | undefined) =>
    declared ?? options.rulesByPrefix?.find((p) => url === p.prefix || url.startsWith(`${p.prefix}/`))?.rule;
  app.addHook('onRoute', (route) => {
    const rule = ruleFor(route.url, route.config?.access);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, rule });
  });
  const refuse = options.refuse ?? ((_request, reply, status, reason) =>
    reply.code(status).send({ statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message: reason }));

  app.addHook('onRequest', async (request, reply) => {
    const rule = ruleFor(request.routeOptions.url ?? '', request.routeOptions.config?.access);
    const caller = await authenticate(request, options);
    request.caller = caller === 'invalid' ? ANONYMOUS : caller;
    // Unknown routes reach the not-found handler, which reveals nothing.
    if (request.routeOptions.url === undefined) return;
    if (!rule) return refuse(request, reply, 403, 'This route declares no access rule; it is closed until it does.');
    if (caller === 'invalid' && !rule.anonymous) return refuse(request, reply, 401, 'The access token or service credential is not valid (expired, forged or meant for another service).');
    const verdict = await judge(rule, request.caller, request, options.directory);
    if (!verdict.allowed) return refuse(request, reply, verdict.status, verdict.reason);
  });
}

export const accessControlPlugin = fp(accessControl, { name: 'jalon-access-control', fastify: '5.x' });
