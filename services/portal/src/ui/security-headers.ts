import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Headers of every page. The token is in the address, so no Referer may carry it elsewhere; the
 * pages run no script and load only the portal's stylesheet; no other site may frame them; and
 * nothing personal is kept by a browser or proxy cache.
 */
export const securityHeaders: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export async function pageSecurityHeaders(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.headers(securityHeaders);
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  return payload;
}
