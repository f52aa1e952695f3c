import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The address of the page a request shows. A GET shows its own; a form sent by POST and answered
 * with its page again (a validation error) shows the page it was sent from, the nearest page above
 * its action (`/organisation/settings` → `/organisation`). The language switch and the error pages
 * link there: a link to the action itself would be a GET of a route that does not exist.
 */
const postedFrom = new WeakMap<FastifyRequest, string>();

/** `:name` matches one segment; the page patterns are the plugin's GET routes, collected as they are added. */
const matches = (pattern: readonly string[], segments: readonly string[]) =>
  pattern.length === segments.length && pattern.every((p, i) => p.startsWith(':') ? segments[i] !== '' : p === segments[i]);

/** The nearest page at or above `path` among the GET routes' patterns; the start page when none is. */
export function nearestPage(pages: ReadonlyArray<readonly string[]>, path: string): string {
  const segments = (path.split('?')[0] ?? '/').split('/');
  for (let n = segments.length; n > 1; n -= 1) {
    const prefix = segments.slice(0, n);
    if (pages.some((p) => matches(p, prefix))) return prefix.join('/') || '/';
  }
  return '/';
}

/** Collects the GET pages registered after it in `app` and its children, and notes each form's page. */
export function trackPageAddresses(app: FastifyInstance): void {
  const pages: string[][] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.includes('GET')) pages.push(route.url.split('/'));
  });
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') postedFrom.set(request, nearestPage(pages, request.url));
  });
}

/** The address of the page this request shows (see above). */
export const pageAddressOf = (request: FastifyRequest): string => postedFrom.get(request) ?? request.url;
