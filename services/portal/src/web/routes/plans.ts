import type { FastifyPluginAsync } from 'fastify';
import type { WebContext } from '../web-context.js';

/** The plan viewer: filled in below. */
export const planRoutes: FastifyPluginAsync<{ web: WebContext }> = async (_app, { web: _web }) => {};
