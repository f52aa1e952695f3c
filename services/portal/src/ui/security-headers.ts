import type { FastifyReply, FastifyRequest } from 'fastify';

const policy = (formTargets: readonly string[]) =>
  `default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action ${["'self'", ...formTargets].join(' ')}; frame-ancestors 'none'`;

/**
 * Headers of every page. The token is in the address, so no Referer may carry it elsewhere; the
 * pages run no script and load only the portal's stylesheet; no other site may frame them; and
 * nothing personal is kept by a browser or proxy cache.
 */
export const securityHeaders: Record<string, string> = {
  'content-security-policy': policy([]),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * The pages' headers, as an onSend hook. `formTargets` are the origins a form may be redirected
 * to besides the portal (browsers hold a form's redirections to form-action too): the identity
 * provider, where signing out continues.
 */
export function pageSecurityHeadersFor(formTargets: readonly string[] = []) {
  const headers = formTargets.length === 0 ? securityHeaders : { ...securityHeaders, 'content-security-policy': policy(formTargets) };
  return async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    reply.headers(headers);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  };
}

export const pageSecurityHeaders = pageSecurityHeadersFor();
