import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { HttpError } from './http-error.js';

/**
 * Limits every listener has, so that a slow or stuck client cannot hold a connection open: the
 * whole request must arrive within `requestTimeout` (slow-loris); a kept-alive connection waits
 * `keepAliveTimeout` for its next request (longer than a reverse proxy's usual 60 s, so the proxy
 * closes first and never reuses a socket the service is closing); and a socket silent for
 * `connectionTimeout` (a client that stopped reading its answer) is closed, later than the two
 * others so as not to cut them short.
 */
export const serverLimits = {
  connectionTimeout: 120_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 72_000,
  bodyLimit: 1024 * 1024,
} satisfies Partial<FastifyServerOptions>;

/** Headers every response carries, JSON included; pages add their own policy on top. */
const baseHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response. A response without a policy of its own may not be framed;
 * an answer of the API is about people and plans, so no cache keeps it unless the route said so.
 * With `hsts` (the service is reached over https), browsers keep to https for a year.
 */
export function installSecurityHeaders(app: FastifyInstance, options: { hsts: boolean }): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    addSecurityHeaders(reply, options.hsts);
    return payload;
  });
}

function addSecurityHeaders(reply: FastifyReply, hsts: boolean): void {
  reply.headers(baseHeaders);
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "frame-ancestors 'none'");
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  if (hsts) reply.header('strict-transport-security', HSTS);
}

/** `charset=…` of a content type; undefined when none is given (JSON is UTF-8 by definition). */
function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType)?.[1]?.toLowerCase();
}

/** The content type as it may be shown back: printable ASCII only, and short. */
const shown = (contentType: string) => contentType.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);

/**
 * The one JSON parser of every service: JSON in UTF-8 only. A body declared in another charset
 * (iso-8859-1, utf-7) would be read as UTF-8 and stored corrupted, so it is refused with 415.
 * Fastify's own parser does the parsing (and its protection against prototype poisoning).
 */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const contentType = request.headers['content-type'] ?? '';
    const charset = charsetOf(contentType);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(new HttpError(415, `The content type "${shown(contentType)}" is not accepted: send JSON encoded in UTF-8 (application/json, or application/json; charset=utf-8).`), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}

/** What a service answers for an address the router refuses before any route (a parameter too long, bad encoding). */
export type RejectedAddress = (request: FastifyRequest, reply: FastifyReply, problem: 'too-long' | 'malformed') => unknown;

/** JSON 400, without echoing the address: it may be long, and is anyone's input. */
export const rejectedAddressJson: RejectedAddress = (_request, reply, problem) => reply.code(400).send({
  statusCode: 400,
  error: 'Bad Request',
  message: problem === 'too-long'
    ? 'A part of the address is longer than any valid value; check the address.'
    : 'The address is not validly encoded; check the address.',
});

/** Fastify's `frameworkErrors`: the router's refusals get the service's answer instead of Fastify's English 414 echoing the URL. */
export function frameworkErrorsOf(rejected: RejectedAddress, hsts: boolean) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // These answers come before any route, so no onSend hook adds the headers.
    addSecurityHeaders(reply, hsts);
    if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return rejected(request, reply, 'too-long');
    if (error.code === 'FST_ERR_BAD_URL') return rejected(request, reply, 'malformed');
    return reply.code(error.statusCode ?? 500).send({ statusCode: error.statusCode ?? 500, error: 'Error', message: 'The request could not be routed.' });
  };
}
