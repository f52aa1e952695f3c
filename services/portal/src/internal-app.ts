import { accessControlPlugin, ServiceTokenVerifier, type AccessRule } from '@jalon/auth';
import { createService } from '@jalon/service-kit';
import type { PortalAppOptions, PortalParts } from './app.js';
import { codecRoutes } from './codec/codec-routes.js';
import { cycleProjectRoutes } from './cycles/cycle-project-routes.js';
import { cycleRoutes } from './cycles/cycle-routes.js';
import { cycleScheduleRoutes } from './cycles/schedule-routes.js';
import { strategicRoutes } from './cycles/strategic-routes.js';
import { linkRoutes } from './decisions/link-routes.js';

/** Routes registered by plugins that cannot carry a rule: the health check and the API documentation. */
export const internalRulesByPrefix: Array<{ prefix: string; rule: AccessRule }> = [
  { prefix: '/health', rule: { anonymous: true } },
  { prefix: '/docs', rule: { anonymous: true } },
];

/**
 * The internal listener: the cycle API for people with an access token from the provider, the
 * links the worker asks for, and the payload codec of the Temporal UI's operators. Every route declares who may call it; nothing here is a page.
 */
export async function buildInternalApp(options: PortalAppOptions, parts: PortalParts) {
  const app = await createService({
    name: 'portal',
    title: 'Jalon portal API',
    description: 'The yearly cycle\'s API and the decision links the workflows ask for. Internal: never exposed by the reverse proxy.',
    health: parts.health,
    logger: parts.logger,
  });
  await app.register(accessControlPlugin, {
    services: new ServiceTokenVerifier('portal', options.trustedServiceKeys ?? {}),
    ...(parts.personTokens ? { people: parts.personTokens, personFor: (claims) => parts.identities.personIdFor(claims) } : {}),
    directory: parts.directory,
    rulesByPrefix: internalRulesByPrefix,
  });
  await app.register(cycleRoutes, { cycles: parts.cycles, roles: parts.roles });
  await app.register(cycleProjectRoutes, { cycles: parts.cycles, roles: parts.roles });
  await app.register(cycleScheduleRoutes, { schedules: parts.schedules });
  await app.register(strategicRoutes, { cycles: parts.cycles, starter: parts.strategicStart, roles: parts.roles });
  await app.register(linkRoutes, { db: parts.db, publicBaseUrl: options.publicBaseUrl, secret: options.csrfSecret, holders: parts.holders });
  await app.register(codecRoutes, {
    codec: parts.codec, namespace: options.namespace,
    operatorOrganisation: options.codec?.operatorOrganisation, uiOrigin: options.codec?.uiOrigin,
  });
  return app;
}
