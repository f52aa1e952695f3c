import { createService } from '@jalon/service-kit';
import type { Connection } from '@temporalio/client';
import type { FastifyServerOptions } from 'fastify';

export interface PortalAppOptions {
  temporal: Connection;
  logger?: FastifyServerOptions['logger'];
}

export async function buildPortalApp({ temporal, logger }: PortalAppOptions) {
  return createService({
    name: 'portal',
    title: 'Jalon portal',
    description: 'Approval links, sign-in, decision pages and the dashboard of the President\'s office.',
    health: [{ name: 'temporal', check: async () => { await temporal.healthService.check({}); } }],
    ...(logger !== undefined ? { logger } : {}),
  });
}
