import {
  conflictBodySchema, draftedProjectCreateSchema, draftedProjectPatchSchema, draftedProjectRemovalSchema, projectSchema, uuidParam,
} from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { authorOf } from '../access/people-directory.js';
import { addDraftedProject, patchDraftedProject, removeDraftedProject } from '../changes/drafted-projects.js';
import { answer, callerErrors } from './answers.js';

const tags = ['operational plans'];
const planParams = z.object({ planId: uuidParam });
const projectParams = planParams.extend({ projectId: uuidParam });
const changeErrors = { 400: errorBodySchema, 404: errorBodySchema, 409: conflictBodySchema, ...callerErrors };
const note = 'The drafter of the project\'s entity or the President\'s office, while the plan is in drafting (409 operational_plan.not_drafting otherwise); '
  + 'the objective served is one of the plan\'s (400 project.unknown_objective), the deadline within its year (400 project.deadline_outside_year).';

/**
 * Projects drafted with the year's plan, with their deadlines (rule 6), beside the projects added or
 * withdrawn at a party's request once it is in force (operational-plans.ts).
 */
export const draftedProjectRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules, organisationOf }) => {
  const author = async (req: FastifyRequest) => authorOf(db, req.caller, await organisationOf(req));

  app.post('/operational-plans/:planId/drafted-projects', {
    config: { access: rules['POST /operational-plans/:planId/drafted-projects'] },
    schema: {
      tags, summary: `Add a project with its deadline to a plan in drafting; names the plan's revision (409 plan.stale_revision otherwise). ${note}`,
      params: planParams, body: draftedProjectCreateSchema, response: { 201: projectSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(addDraftedProject(db, req.params.planId, req.body, await author(req)))));

  app.patch('/operational-plans/:planId/drafted-projects/:projectId', {
    config: { access: rules['PATCH /operational-plans/:planId/drafted-projects/:projectId'] },
    schema: {
      tags, summary: `Change a drafted project's title, objective or deadline; names the project's revision. A project added at a party's request is refused (409 project.not_drafted). ${note}`,
      params: projectParams, body: draftedProjectPatchSchema, response: { 200: projectSchema, ...changeErrors },
    },
  }, async (req) => answer(patchDraftedProject(db, req.params.planId, req.params.projectId, req.body, await author(req))));

  app.delete('/operational-plans/:planId/drafted-projects/:projectId', {
    config: { access: rules['DELETE /operational-plans/:planId/drafted-projects/:projectId'] },
    schema: {
      tags, summary: `Remove a drafted project while the plan is in drafting; names the project's revision in the query. ${note}`,
      params: projectParams, querystring: draftedProjectRemovalSchema, response: { 204: z.null(), ...changeErrors },
    },
  }, async (req, reply) => {
    await answer(removeDraftedProject(db, req.params.planId, req.params.projectId, req.query, await author(req)));
    return reply.code(204).send(null);
  });
};
