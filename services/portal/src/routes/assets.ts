import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STYLESHEET_PATH } from '../pages/layout.js';
import { portalCss } from '../pages/styles.js';
import { pageSecurityHeaders } from '../security-headers.js';
import { webCss } from '../web/web-styles.js';

/** The pages' stylesheet: same-origin, as their CSP requires. */
export const assetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onSend', pageSecurityHeaders);
  app.get(STYLESHEET_PATH, { schema: { tags: ['decision pages'], summary: 'The stylesheet of the decision pages (CSS)' } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(portalCss + webCss));
};
