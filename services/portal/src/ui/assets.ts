import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anyone } from '../auth/page-rules.js';
import { STYLESHEET_PATH } from './layout.js';
import { pageSecurityHeaders } from './security-headers.js';
import { stylesheetFor } from './styles.js';

/** The pages' stylesheet: same-origin, as their CSP requires. */
export const assetRoutes: FastifyPluginAsyncZod<{ publicBaseUrl: string }> = async (app, { publicBaseUrl }) => {
  const stylesheet = stylesheetFor(new URL(publicBaseUrl).origin);
  app.addHook('onSend', pageSecurityHeaders);
  app.get(STYLESHEET_PATH, { config: anyone, schema: { tags: ['decision pages'], summary: 'The stylesheet of the decision pages (CSS)' } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(stylesheet));
};
