import { accessControlPlugin, type AccessControlOptions } from '@jalon/auth';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installErrorHandler, type NotFoundAnswer } from './error-handler.js';
import {
  frameworkErrorsOf, installJsonParser, installSecurityHeaders, rejectedAddressJson, serverLimits, type RejectedAddress,
} from './http-hardening.js';
import { registerHealthRoute, type HealthCheck } from './health.js';
import { loggerOptions } from './logger.js';

export interface ServiceOptions {
  name: string;
  title: string;
  description: string;
  version?: string;
  health?: HealthCheck[];
  /** false in tests that do not want request logs */
  logger?: FastifyServerOptions['logger'];
  /** behind a reverse proxy: which hops to trust for the client's address (Fastify's trustProxy) */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /**
   * Who may call what: every route then declares `config: { access }` and is refused without one.
   * The API documentation and /health are open to anyone.
   */
  access?: AccessControlOptions;
  /** false: no API documentation on this instance (a listener that serves only pages) */
  docs?: boolean;
  /** the service is reached over https (its public address is https): HSTS on every response */
  https?: boolean;
  /** the answer to an address the router refuses (a parameter too long); default a JSON 400 */
  rejectedAddress?: RejectedAddress;
  /** the answer to an address no route serves; default a JSON 404 */
  notFound?: NotFoundAnswer;
  /** the largest body a route takes, default 1 MiB */
  bodyLimit?: number;
}

/**
 * A Fastify instance with what every Jalon service shares: zod validation and serialisation,
 * the OpenAPI document at /docs/json and its page at /docs, one error handler, GET /health; timeouts,
 * security headers on every response, JSON in UTF-8 only, no echo of a refused address.
 * The caller registers its routes on the returned instance.
 */
export async function createService(options: ServiceOptions) {
  const version = options.version ?? '0.1.0';
  const app = Fastify({
    logger: options.logger ?? loggerOptions(options.name),
    // Request ids in logs let a person match a 5xx they saw with its log line.
    requestIdHeader: 'x-request-id',
    ...serverLimits,
    ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
    frameworkErrors: frameworkErrorsOf(options.rejectedAddress ?? rejectedAddressJson, options.https ?? false),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, options.notFound);
  installSecurityHeaders(app, { hsts: options.https ?? false });
  installJsonParser(app);
  // Registered before any route, so that every route, the documentation's included, is guarded.
  if (options.access) {
    await app.register(accessControlPlugin, {
      ...options.access,
      rulesByPrefix: [{ prefix: '/docs', rule: { anonymous: true } }, ...(options.access.rulesByPrefix ?? [])],
    });
  }
  // Every route the service serves, so a test can check that the documentation lists them all.
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  app.decorate('servedRoutes', routes);

  if (options.docs !== false) {
    await app.register(fastifySwagger, {
      openapi: {
        info: { title: options.title, description: options.description, version },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  }
  registerHealthRoute(app, options.name, version, options.health ?? []);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    servedRoutes: string[];
  }
}
