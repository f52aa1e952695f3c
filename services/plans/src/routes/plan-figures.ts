import { planFiguresSchema, uuidParam } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { getPlanFigures } from '../repositories/plan-figures.js';
import { organisationOfPlan } from '../repositories/ownership.js';
import { callerErrors, found } from './answers.js';

const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };
const planParams = z.object({ planId: uuidParam });

/**
 * A strategic plan's staff (7.1) and budget (7.2) figures, read like the plan itself. They are
 * served apart from the plan's JSON: that JSON is what versions freeze and hash, and the figures
 * come from the reference data, not from drafting.
 */
export const planFigureRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.get('/strategic-plans/:planId/figures', {
    config: { access: rules['GET /strategic-plans/:planId/figures'] },
    schema: {
      tags: ['strategic plans'],
      summary: 'The plan\'s staff (FTE, exact decimals as text) and budget (kEUR, CE and CL) tables, labelled as the plan labels them',
      params: planParams, response: { 200: planFiguresSchema, ...errors },
    },
  }, async (req) => {
    await found(organisationOfPlan(db, 'strategic', req.params.planId), `Strategic plan ${req.params.planId}`);
    return getPlanFigures(db, req.params.planId);
  });
};
