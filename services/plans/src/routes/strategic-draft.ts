import { actorOf } from '@jalon/auth';
import {
  conflictBodySchema, newObjectiveInputSchema, prioritiesInputSchema, riskDomainsInputSchema, strategicObjectiveSchema, uuidParam,
} from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { addObjective, changePriorities, changeRiskDomains } from '../changes/strategic-draft.js';
import { getObjective } from '../repositories/strategic-plans.js';
import { answer, callerErrors, found } from './answers.js';

const planParams = z.object({ planId: uuidParam });
const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: conflictBodySchema, ...callerErrors };
const revised = z.object({ revision: z.number().int() });
const editNote = 'The President\'s office, while the plan is in drafting (409 strategic_plan.not_editable otherwise); names the plan\'s revision it edits (409 plan.stale_revision otherwise).';

/** The President's office edits the draft strategic plan: its priorities, risk domains and new objectives. */
export const strategicDraftRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.put('/strategic-plans/:planId/priorities', {
    config: { access: rules['PUT /strategic-plans/:planId/priorities'] },
    schema: {
      tags: ['strategic plans'], summary: `Replace the plan's priorities with this list, numbered in its order. ${editNote}`,
      params: planParams, body: prioritiesInputSchema, response: { 200: revised, ...errors },
    },
  }, async (req) => answer(changePriorities(db, req.params.planId, req.body, actorOf(req.caller))));

  app.put('/strategic-plans/:planId/risk-domains', {
    config: { access: rules['PUT /strategic-plans/:planId/risk-domains'] },
    schema: {
      tags: ['strategic plans'], summary: `Replace the plan's risk domains with this list, numbered in its order; each names objectives of the plan. ${editNote}`,
      params: planParams, body: riskDomainsInputSchema, response: { 200: revised, ...errors },
    },
  }, async (req) => answer(changeRiskDomains(db, req.params.planId, req.body, actorOf(req.caller))));

  app.post('/strategic-plans/:planId/objectives', {
    config: { access: rules['POST /strategic-plans/:planId/objectives'] },
    schema: {
      tags: ['strategic plans'], summary: `Add a strategic objective after the last one (owner ALL stands for "(Tous)"). ${editNote}`,
      params: planParams, body: newObjectiveInputSchema, response: { 201: strategicObjectiveSchema, ...errors },
    },
  }, async (req, reply) => {
    const number = await answer(addObjective(db, req.params.planId, req.body, actorOf(req.caller)));
    return reply.code(201).send(await found(getObjective(db, req.params.planId, number), `Objective ${number} of strategic plan ${req.params.planId}`));
  });
};
