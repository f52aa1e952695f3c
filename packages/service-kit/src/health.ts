import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** A dependency the service needs to do its work; `check` throws when it is not usable. */
export interface HealthCheck {
  name: string;
  check: () => Promise<void>;
}

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  service: z.string(),
  version: z.string(),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), error: z.string().optional() })),
});

/** GET /health: 200 when every dependency answers, 503 naming the one that does not. */
export function registerHealthRoute(app: FastifyInstance, service: string, version: string, checks: HealthCheck[]): void {
  app.withTypeProvider<ZodTypeProvider>().get('/health', {
    schema: {
      tags: ['health'],
      summary: 'Whether the service and its dependencies are usable',
      response: { 200: healthSchema, 503: healthSchema },
    },
    logLevel: 'warn',
    // Probes and the run command ask without credentials; it says nothing about the data.
    config: { access: { anonymous: true } },
  }, async (_request, reply) => {
    const results = await Promise.all(checks.map(async ({ name, check }) => {
      try {
        await check();
        return [name, { ok: true }] as const;
      } catch (error) {
        // Only the kind of failure: a driver message may carry a host name or user.
        const code = (error as { code?: string }).code;
        return [name, { ok: false, error: code ? `unreachable (${code})` : 'unreachable' }] as const;
      }
    }));
    const ok = results.every(([, r]) => r.ok);
    return reply.code(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      service,
      version,
      checks: Object.fromEntries(results),
    });
  });
}
