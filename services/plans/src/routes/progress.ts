import { actorOf } from '@jalon/auth';
import {
  checkpointOpeningSchema, conflictBodySchema, progressOverviewSchema, progressUpdateInputSchema, progressUpdateSchema, uuidParam,
  yearEndResultInputSchema, yearEndResultRecordedSchema,
} from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { authorOf } from '../access/people-directory.js';
import { recordCheckpointOpening, recordProgressUpdate, recordYearEndResult } from '../changes/progress.js';
import { getOrganisation } from '../repositories/organisations.js';
import { progressOverview } from '../repositories/progress.js';
import { invalidReference } from '../rules/refusal.js';
import { answer, callerErrors, found, httpErrorOf } from './answers.js';

const tags = ['progress'];
const planParams = z.object({ planId: uuidParam });
const objectiveParams = planParams.extend({ code: z.string().trim().min(1).max(40) });
const checkpointParams = objectiveParams.extend({ checkpoint: z.iso.date() });
const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };
const changeErrors = { 409: conflictBodySchema, ...errors };

/** Progress during the year and year-end results of an operational plan (issue 16). */
export const progressRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules, organisationOf }) => {
  app.get('/operational-plans/:planId/progress', {
    config: { access: rules['GET /operational-plans/:planId/progress'] },
    schema: {
      tags, summary: 'Where the plan stands: the checkpoints (upcoming, open, closed), each objective\'s updates, what is missing and its year-end result',
      params: planParams, response: { 200: progressOverviewSchema, ...errors },
    },
  }, async (req) => {
    const plan = await found(db.selectFrom('operational_plans').selectAll().where('id', '=', req.params.planId).executeTakeFirst(), `Operational plan ${req.params.planId}`);
    const organisation = await found(getOrganisation(db, plan.organisation_code), `Organisation ${plan.organisation_code}`);
    return progressOverview(db, plan, organisation.settings.progressCheckpoints);
  });

  app.post('/operational-plans/:planId/progress/checkpoints', {
    config: { access: rules['POST /operational-plans/:planId/progress/checkpoints'] },
    schema: {
      tags, summary: 'Open a checkpoint as the cycle asks for it, or mark it overdue (the cycle\'s workflow alone); again changes nothing',
      params: planParams, body: checkpointOpeningSchema, response: { 200: checkpointOpeningSchema, ...changeErrors },
    },
  }, (req) => answer(recordCheckpointOpening(db, req.params.planId, req.body, actorOf(req.caller))));

  app.put('/operational-plans/:planId/objectives/:code/progress/:checkpoint', {
    config: { access: rules['PUT /operational-plans/:planId/objectives/:code/progress/:checkpoint'] },
    schema: {
      tags, summary: 'Record where an objective stands at a checkpoint the cycle asked for (its owner entity\'s drafter, the President\'s office), while the plan is in force; names the objective\'s progress revision',
      params: checkpointParams, body: progressUpdateInputSchema, response: { 200: progressUpdateSchema, ...changeErrors },
    },
  }, async (req) => {
    if (req.body.checkpoint !== req.params.checkpoint) {
      throw httpErrorOf(invalidReference('body.checkpoint', `the address names the checkpoint ${req.params.checkpoint}; send the same date in the body`, 'progress.checkpoint_mismatch'));
    }
    return answer(recordProgressUpdate(db, req.params.planId, req.params.code, req.body, await authorOf(db, req.caller, await organisationOf(req))));
  });

  app.put('/operational-plans/:planId/objectives/:code/year-end-result', {
    config: { access: rules['PUT /operational-plans/:planId/objectives/:code/year-end-result'] },
    schema: {
      tags, summary: 'Record what an objective achieved over the year (value, status, explanation), once the plan is in force; it carries into next year\'s draft as previousResult',
      params: objectiveParams, body: yearEndResultInputSchema, response: { 200: yearEndResultRecordedSchema, ...changeErrors },
    },
  }, async (req) => answer(recordYearEndResult(db, req.params.planId, req.params.code, req.body, await authorOf(db, req.caller, await organisationOf(req)))));
};
