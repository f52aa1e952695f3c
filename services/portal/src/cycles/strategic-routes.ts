import { strategicLifecycleStartSchema } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '@jalon/service-kit';
import { errors, orgParams, peopleHolding } from './api-schemas.js';
import type { CycleGateway } from './cycle-gateway.js';
import type { RoleCheck } from './roles.js';
import type { StrategicLifecycleStarter } from './strategic-start.js';

export interface StrategicRoutesOptions {
  cycles: CycleGateway;
  starter: StrategicLifecycleStarter;
  roles: RoleCheck;
}

const planParams = orgParams.extend({ plan: z.string().min(1).max(100) });

/** The strategic plan's lifecycle: the President's office starts it; the committee's e-mails follow. */
export const strategicRoutes: FastifyPluginAsyncZod<StrategicRoutesOptions> = async (app, { cycles, starter, roles }) => {
  app.post('/organisations/:org/strategic-plans/:plan/lifecycle', {
    config: peopleHolding(['president_office']),
    schema: {
      tags: ['strategic plan'],
      summary: 'Start the lifecycle of a draft strategic plan and send it to the committee (President\'s office); starting it again returns the lifecycle that exists',
      description: 'Refusals carry a stable `code`: `strategic_plan.not_found` (404), `strategic_plan.not_draft` and `strategic_plan.no_signing_authority` (409).',
      params: planParams,
      response: {
        200: strategicLifecycleStartSchema, 201: strategicLifecycleStartSchema,
        ...errors, 404: errorBodySchema, 409: errorBodySchema,
      },
    },
  }, async (req, reply) => {
    const { org, plan } = req.params;
    const person = await roles.actor(req.caller);
    const { workflowId, created } = await starter.start(org, plan, person.id);
    req.log.info({ workflowId, created, by: person.id }, 'strategic plan lifecycle started');
    // A lifecycle just started may not have answered its first query yet: the start still succeeded.
    const lifecycle = await cycles.strategicState(org, plan).catch(() => undefined);
    return reply.code(created ? 201 : 200).send({ workflowId, created, lifecycle: lifecycle ?? null });
  });
};
