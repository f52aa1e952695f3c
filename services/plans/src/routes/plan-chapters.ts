import { planChapterSchema, uuidParam } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { organisationOfPlan } from '../repositories/ownership.js';
import { callerErrors, found } from './answers.js';

const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };
const planParams = z.object({ planId: uuidParam });

/**
 * A strategic plan's chapters of running text, read like the plan. Served apart from the plan's
 * JSON, like its figures: they come from the reference data and are not drafted in Jalon.
 */
export const planChapterRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.get('/strategic-plans/:planId/chapters', {
    config: { access: rules['GET /strategic-plans/:planId/chapters'] },
    schema: {
      tags: ['strategic plans'],
      summary: 'The plan\'s chapters of running text (mission, environment, vision, values), in order; paragraphs separated by a blank line',
      params: planParams, response: { 200: z.array(planChapterSchema), ...errors },
    },
  }, async (req) => {
    await found(organisationOfPlan(db, 'strategic', req.params.planId), `Strategic plan ${req.params.planId}`);
    return db.selectFrom('plan_chapters').select(['number', 'title', 'text']).where('plan_id', '=', req.params.planId).orderBy('number').execute();
  });
};
