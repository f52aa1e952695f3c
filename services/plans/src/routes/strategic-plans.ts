import { actorOf } from '@jalon/auth';
import {
  addendumInputSchema, conflictBodySchema, objectivePatchSchema, statusChangeSchema,
  strategicObjectiveSchema, strategicPlanSchema, strategicPlanSummarySchema, uuidParam,
} from '@jalon/contracts';
import { errorBodySchema, notFound } from '@jalon/service-kit';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { addAddendum, changeStrategicPlanStatus, patchObjective } from '../changes/strategic-plans.js';
import { SerialisedPlanCache } from '../plan-cache.js';
import { listAuthorities } from '../repositories/organisations.js';
import { getObjective, getStrategicPlan, planRevision } from '../repositories/strategic-plans.js';
import { answer, callerErrors, found } from './answers.js';

const planParams = z.object({ planId: uuidParam });
const objectiveParams = planParams.extend({ number: z.coerce.number().int().min(1) });
const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };

export const strategicPlanRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  const cache = new SerialisedPlanCache();
  app.get('/strategic-plans/:planId', {
    config: { access: rules['GET /strategic-plans/:planId'] },
    schema: {
      tags: ['strategic plans'],
      summary: 'A whole strategic plan: priorities, objectives with ambitions, risk domains, addenda, communication plan. '
        + 'The ETag is the plan\'s revision: If-None-Match answers 304 while nothing changed.',
      params: planParams, response: { 200: strategicPlanSchema, 304: z.null(), ...errors },
    },
  }, async (req, reply) => {
    const { planId } = req.params;
    const revision = await found(planRevision(db, planId), `Strategic plan ${planId}`);
    const etag = `"${planId}.${revision}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === etag) return reply.code(304).send(null);
    let body = cache.get(planId, revision);
    if (!body) {
      const plan = await found(getStrategicPlan(db, planId), `Strategic plan ${planId}`);
      body = Buffer.from(JSON.stringify(strategicPlanSchema.parse(plan)), 'utf8');
      // Cached under the revision the plan was read at, which may be newer than the one checked above.
      cache.set(planId, plan.revision, body);
    }
    // Already validated and serialised above: sent as it is, past the route's serialiser.
    return (reply as FastifyReply).type('application/json; charset=utf-8').send(body);
  });

  app.get('/strategic-plans/:planId/objectives/:number', {
    config: { access: rules['GET /strategic-plans/:planId/objectives/:number'] },
    schema: { tags: ['strategic plans'], summary: 'One strategic objective', params: objectiveParams, response: { 200: strategicObjectiveSchema, ...errors } },
  }, (req) => found(getObjective(db, req.params.planId, req.params.number), `Objective ${req.params.number} of strategic plan ${req.params.planId}`));

  app.patch('/strategic-plans/:planId/objectives/:number', {
    config: { access: rules['PATCH /strategic-plans/:planId/objectives/:number'] },
    schema: {
      tags: ['strategic plans'], summary: 'Change an objective of a plan in drafting (the President\'s office); names the revision it edits',
      params: objectiveParams, body: objectivePatchSchema,
      response: { 200: strategicObjectiveSchema, 409: conflictBodySchema, ...errors },
    },
  }, async (req) => {
    await answer(patchObjective(db, req.params.planId, req.params.number, req.body, actorOf(req.caller)));
    return found(getObjective(db, req.params.planId, req.params.number), `Objective ${req.params.number} of strategic plan ${req.params.planId}`);
  });

  app.get('/strategic-plans/:planId/authorities/:authority/scope', {
    config: { access: rules['GET /strategic-plans/:planId/authorities/:authority/scope'] },
    schema: {
      tags: ['strategic plans'], summary: 'The objectives of this plan an authority must review (its competence scope)',
      params: planParams.extend({ authority: z.string().min(1) }), response: { 200: z.array(strategicObjectiveSchema), ...errors },
    },
  }, async (req) => {
    const plan = await found(getStrategicPlan(db, req.params.planId), `Strategic plan ${req.params.planId}`);
    const authority = (await listAuthorities(db, plan.organisationCode)).find((a) => a.code === req.params.authority);
    if (!authority) throw notFound(`Authority ${req.params.authority}`);
    return plan.objectives.filter((o) => authority.scope.objectiveNumbers.includes(o.number));
  });

  app.post('/strategic-plans/:planId/status', {
    config: { access: rules['POST /strategic-plans/:planId/status'] },
    schema: {
      tags: ['strategic plans'], summary: 'Move the plan to its next status (the lifecycle workflow alone); signing needs the signature',
      params: planParams, body: statusChangeSchema,
      response: { 200: strategicPlanSummarySchema, 409: conflictBodySchema, ...errors },
    },
  }, (req) => answer(changeStrategicPlanStatus(db, req.params.planId, req.body, actorOf(req.caller))));

  app.post('/strategic-plans/:planId/addenda', {
    config: { access: rules['POST /strategic-plans/:planId/addenda'] },
    schema: {
      tags: ['strategic plans'], summary: 'Add an addendum to a signed plan (e.g. the transversal objectives of 6.4)',
      params: planParams, body: addendumInputSchema,
      response: { 201: addendumInputSchema.extend({ number: z.number().int() }), 409: conflictBodySchema, ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(addAddendum(db, req.params.planId, req.body, actorOf(req.caller)))));
};
