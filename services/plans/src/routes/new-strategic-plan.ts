import { actorOf } from '@jalon/auth';
import { firstAdministratorInputSchema, newStrategicPlanInputSchema, personSchema, strategicPlanSummarySchema } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { createFirstAdministrator, createStrategicPlan } from '../changes/new-strategic-plan.js';
import { answer, callerErrors } from './answers.js';

const orgParams = z.object({ org: z.string().min(1).max(100) });
const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, ...callerErrors };

/** What starts an organisation's own work: its first administrator, and a new strategic plan. */
export const organisationStartRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.post('/organisations/:org/strategic-plans', {
    config: { access: rules['POST /organisations/:org/strategic-plans'] },
    schema: {
      tags: ['strategic plans'],
      summary: 'Start a new, empty strategic plan in draft (the President\'s office or an administrator of the organisation); '
        + '409 strategic_plan.period_taken when a plan of the organisation that is not superseded covers part of the period, strategic_plan.code_taken for a code in use',
      params: orgParams, body: newStrategicPlanInputSchema, response: { 201: strategicPlanSummarySchema, ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createStrategicPlan(db, req.params.org, req.body, actorOf(req.caller)))));

  app.post('/organisations/:org/first-administrator', {
    config: { access: rules['POST /organisations/:org/first-administrator'] },
    schema: {
      tags: ['organisations'],
      summary: 'Name the first administrator (org_admin) of an organisation (an administrator of the operator organisation); '
        + '409 organisation.has_administrator once it has one, person.email_taken for an address already registered',
      params: orgParams, body: firstAdministratorInputSchema, response: { 201: personSchema, ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createFirstAdministrator(db, req.params.org, req.body, actorOf(req.caller)))));
};
