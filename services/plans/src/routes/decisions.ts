import { decisionRecordInputSchema, decisionRecordResultSchema, decisionRecordSchema, uuidParam } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { recordDecision } from '../changes/decisions.js';
import { listDecisions } from '../repositories/decisions.js';
import { organisationOfPlan } from '../repositories/ownership.js';
import { answer, callerErrors, found } from './answers.js';

const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };
const planParams = z.object({ planId: uuidParam });

/**
 * The decision record: the workflows write every decision and human act as they accept it; people
 * of the organisation (and the portal for them) read it, long after Temporal has forgotten the
 * workflows.
 */
export const decisionRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.post('/decisions', {
    config: { access: rules['POST /decisions'] },
    schema: {
      tags: ['decisions'],
      summary: 'Record a decision or human act as a workflow accepted it (the workflows alone); a retried write returns the first record with 200',
      body: decisionRecordInputSchema, response: { 200: decisionRecordResultSchema, 201: decisionRecordResultSchema, ...errors },
    },
  }, async (req, reply) => {
    const result = await answer(recordDecision(db, req.body));
    return reply.code(result.created ? 201 : 200).send(result);
  });

  for (const kind of ['strategic', 'operational'] as const) {
    const prefix = kind === 'strategic' ? '/strategic-plans' : '/operational-plans';
    app.get(`${prefix}/:planId/decisions`, {
      config: { access: rules[`GET ${prefix}/:planId/decisions`] },
      schema: { tags: [`${kind} plans`, 'decisions'], summary: 'Every decision and human act on the plan, oldest first', params: planParams, response: { 200: z.array(decisionRecordSchema), ...errors } },
    }, async (req) => {
      await found(organisationOfPlan(db, kind, req.params.planId), `${kind === 'strategic' ? 'Strategic' : 'Operational'} plan ${req.params.planId}`);
      return listDecisions(db, { plan: { kind, id: req.params.planId } });
    });
  }

  app.get('/organisations/:org/decisions', {
    config: { access: rules['GET /organisations/:org/decisions'] },
    schema: { tags: ['decisions'], summary: 'Every decision and human act on the organisation\'s plans, oldest first', params: z.object({ org: z.string().min(1).max(100) }), response: { 200: z.array(decisionRecordSchema), ...errors } },
  }, (req) => listDecisions(db, { organisationCode: req.params.org }));
};
