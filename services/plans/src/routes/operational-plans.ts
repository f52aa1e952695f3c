import { actorOf, personOf, type Caller } from '@jalon/auth';
import {
  budgetAdoptionSchema, carryOverResultSchema, carryOverSchema, conflictBodySchema,
  objectiveResultSchema, operationalObjectiveCreateSchema, operationalObjectivePatchSchema, operationalObjectiveSchema, operationalPlanInputSchema, operationalPlanSchema,
  operationalPlanSummarySchema, operationalStatusChangeSchema, pageOf, pageQuerySchema, projectInputSchema, projectSchema,
  projectWithdrawalSchema, uuidParam,
} from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { authorOf } from '../access/people-directory.js';
import { carryOver } from '../changes/carry-over.js';
import { addObjective, patchObjective, recordObjectiveResult } from '../changes/operational-objectives.js';
import { changeOperationalPlanStatus, createOperationalPlan, recordBudgetAdoption } from '../changes/operational-plans.js';
import { addProject, withdrawProject } from '../changes/projects.js';
import { getOperationalPlan, listOperationalPlans } from '../repositories/operational-plans.js';
import { getOrganisation } from '../repositories/organisations.js';
import { answer, callerErrors, found } from './answers.js';

const tags = ['operational plans'];
const orgParams = z.object({ org: z.string().min(1).max(100) });
const planParams = z.object({ planId: uuidParam });
const objectiveParams = planParams.extend({ code: z.string().trim().min(1).max(40) });
const projectParams = planParams.extend({ projectId: uuidParam });
const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };
const changeErrors = { 409: conflictBodySchema, ...errors };

/** Who asked for a project change: the person the caller acts for, else the caller. */
const requester = (caller: Caller) => ({ actor: actorOf(caller), requestedBy: personOf(caller) ?? actorOf(caller) });

export const operationalPlanRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules, organisationOf }) => {
  const author = async (req: FastifyRequest) => authorOf(db, req.caller, await organisationOf(req));

  app.post('/organisations/:org/operational-plans', {
    config: { access: rules['POST /organisations/:org/operational-plans'] },
    schema: {
      tags, summary: 'Create the operational plan of a year, in drafting (the cycle\'s workflow alone); the same year again returns the existing plan',
      params: orgParams, body: operationalPlanInputSchema,
      response: { 200: operationalPlanSchema, 201: operationalPlanSchema, ...changeErrors },
    },
  }, async (req, reply) => {
    const { created, plan } = await answer(createOperationalPlan(db, req.params.org, req.body, actorOf(req.caller)));
    return reply.code(created ? 201 : 200).send(plan);
  });

  app.get('/organisations/:org/operational-plans', {
    config: { access: rules['GET /organisations/:org/operational-plans'] },
    schema: {
      tags, summary: 'Operational plans of an organisation, newest year first',
      params: orgParams, querystring: pageQuerySchema, response: { 200: pageOf(operationalPlanSummarySchema), 404: errorBodySchema, ...callerErrors },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listOperationalPlans(db, req.params.org, req.query);
  });

  app.get('/operational-plans/:planId', {
    config: { access: rules['GET /operational-plans/:planId'] },
    schema: {
      tags, summary: 'A whole operational plan: due date, objectives, projects with their history',
      params: planParams, response: { 200: operationalPlanSchema, ...errors },
    },
  }, (req) => found(getOperationalPlan(db, req.params.planId), `Operational plan ${req.params.planId}`));

  app.put('/operational-plans/:planId/budget-adoption', {
    config: { access: rules['PUT /operational-plans/:planId/budget-adoption'] },
    schema: {
      tags, summary: 'Record, correct or clear (null) the date the Chamber adopted the budget (the cycle\'s workflow alone); the due date follows',
      params: planParams, body: budgetAdoptionSchema,
      response: { 200: operationalPlanSchema, ...changeErrors },
    },
  }, (req) => answer(recordBudgetAdoption(db, req.params.planId, req.body, actorOf(req.caller))));

  app.post('/operational-plans/:planId/objectives', {
    config: { access: rules['POST /operational-plans/:planId/objectives'] },
    schema: {
      tags, summary: 'Add a SMART objective to a plan in drafting (the drafter of its entity, the President\'s office); names the plan\'s revision and returns the plan',
      params: planParams, body: operationalObjectiveCreateSchema,
      response: { 201: operationalPlanSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(addObjective(db, req.params.planId, req.body, await author(req)))));

  app.patch('/operational-plans/:planId/objectives/:code', {
    config: { access: rules['PATCH /operational-plans/:planId/objectives/:code'] },
    schema: {
      tags, summary: 'Change an objective of a plan in drafting; names the objective\'s revision',
      params: objectiveParams, body: operationalObjectivePatchSchema,
      response: { 200: operationalObjectiveSchema, ...changeErrors },
    },
  }, async (req) => answer(patchObjective(db, req.params.planId, req.params.code, req.body, await author(req))));

  app.put('/operational-plans/:planId/objectives/:code/result', {
    config: { access: rules['PUT /operational-plans/:planId/objectives/:code/result'] },
    schema: {
      tags, summary: 'Record (or clear, null) what an objective achieved, once the plan is transmitted or closed; names the objective\'s revision. A frozen version keeps its hash',
      params: objectiveParams, body: objectiveResultSchema,
      response: { 200: operationalObjectiveSchema, ...changeErrors },
    },
  }, async (req) => answer(recordObjectiveResult(db, req.params.planId, req.params.code, req.body, await author(req))));

  app.post('/operational-plans/:planId/carry-over', {
    config: { access: rules['POST /operational-plans/:planId/carry-over'] },
    schema: {
      tags, summary: 'Start a draft from an earlier year\'s plan: copies the objectives it does not have yet (deadlines moved to its year, results kept as previousResult); names the draft\'s revision',
      params: planParams, body: carryOverSchema,
      response: { 200: carryOverResultSchema, ...changeErrors },
    },
  }, (req) => answer(carryOver(db, req.params.planId, req.body, actorOf(req.caller))));

  app.post('/operational-plans/:planId/projects', {
    config: { access: rules['POST /operational-plans/:planId/projects'] },
    schema: {
      tags, summary: 'Add a project at the request of the SPF or a minister\'s cell (any time until the plan is closed); with an id, the same request again returns the project (200)',
      params: planParams, body: projectInputSchema,
      response: { 200: projectSchema, 201: projectSchema, ...changeErrors },
    },
  }, async (req, reply) => {
    const { created, project } = await answer(addProject(db, req.params.planId, req.body, requester(req.caller)));
    return reply.code(created ? 201 : 200).send(project);
  });

  app.post('/operational-plans/:planId/projects/:projectId/withdraw', {
    config: { access: rules['POST /operational-plans/:planId/projects/:projectId/withdraw'] },
    schema: {
      tags, summary: 'Withdraw a project at the request of either party; it stays in the plan with its history',
      params: projectParams, body: projectWithdrawalSchema,
      response: { 200: projectSchema, ...changeErrors },
    },
  }, (req) => answer(withdrawProject(db, req.params.planId, req.params.projectId, req.body, requester(req.caller))));

  app.post('/operational-plans/:planId/status', {
    config: { access: rules['POST /operational-plans/:planId/status'] },
    schema: {
      tags, summary: 'Move the plan to its next status (the cycle\'s workflow alone); transmitting names the frozen version sent',
      params: planParams, body: operationalStatusChangeSchema,
      response: { 200: operationalPlanSchema, ...changeErrors },
    },
  }, (req) => answer(changeOperationalPlanStatus(db, req.params.planId, req.body, actorOf(req.caller))));
};
