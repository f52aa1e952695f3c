import { randomUUID } from 'node:crypto';
import {
  alertSchema, alertsQuerySchema, consultationOutcomeSchema, cycleBudgetAdoptionSchema, cycleParams, cycleViewSchema,
  launchCycleSchema, launchResultSchema, problemSchema, raiseProblemSchema, uuidParam,
} from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cycleErrors as errors, orgParams, peopleHolding, tags } from './api-schemas.js';
import type { CycleGateway } from './cycle-gateway.js';
import { MINIMAL_APPLIED, prefersMinimal } from './return-preference.js';
import type { RoleCheck } from './roles.js';

export interface CycleRoutesOptions {
  cycles: CycleGateway;
  roles: RoleCheck;
}

/**
 * The yearly operational cycle: the President's office launches it and records the budget
 * adoption; drafters and the President's office raise problems (its projects: cycle-project-routes.ts). Every call is made by an authenticated person (their access token), checked against their roles.
 */
export const cycleRoutes: FastifyPluginAsyncZod<CycleRoutesOptions> = async (app, { cycles, roles }) => {
  const view = async (org: string, year: number) => {
    const found = await cycles.state(org, year);
    if (!found) throw new HttpError(404, `There is no operational cycle ${year} for ${org}; the President's office launches it (POST /organisations/${org}/cycles).`, { code: 'cycle.not_found' });
    return found;
  };

  app.post('/organisations/:org/cycles', {
    config: peopleHolding(['president_office']),
    schema: {
      tags, summary: 'Launch the operational cycle of a year (President\'s office); launching the same year again returns the cycle that exists',
      description: 'The answer carries the cycle as `GET /organisations/{org}/cycles/{year}` gives it, or null when it cannot be read yet. '
        + 'A caller that does not need it (launching for many organisations) sends `Prefer: return=minimal` (RFC 7240): the answer then has `cycle: null` '
        + 'and `Preference-Applied: return=minimal`, and the launch skips reading the cycle back.',
      params: orgParams, body: launchCycleSchema, response: { 200: launchResultSchema, 201: launchResultSchema, ...errors },
    },
  }, async (req, reply) => {
    const person = await roles.actor(req.caller);
    const { workflowId, created } = await cycles.launch(req.params.org, req.body.year, req.body.options);
    req.log.info({ workflowId, created, by: person.id }, 'operational cycle launched');
    if (prefersMinimal(req.headers.prefer)) return reply.code(created ? 201 : 200).header('preference-applied', MINIMAL_APPLIED).send({ workflowId, created, cycle: null });
    // A cycle just started may not have answered its first query yet: the launch still succeeded.
    const cycle = await cycles.state(req.params.org, req.body.year).catch(() => undefined);
    return reply.code(created ? 201 : 200).send({ workflowId, created, cycle: cycle ?? null });
  });

  app.get('/organisations/:org/cycles/:year', {
    config: peopleHolding('member'),
    schema: {
      tags, summary: 'Where the year\'s cycle stands: its step and who holds it, the due date (or that the budget is awaited), problems, alerts, transmission',
      params: cycleParams, response: { 200: cycleViewSchema, ...errors },
    },
  }, (req) => view(req.params.org, req.params.year));

  app.get('/organisations/:org/cycles/:year/alerts', {
    config: peopleHolding('member'),
    schema: {
      tags, summary: 'Every reminder and escalation the cycle sent, oldest first',
      params: cycleParams, querystring: alertsQuerySchema, response: { 200: z.array(alertSchema), ...errors },
    },
  }, async (req) => (await view(req.params.org, req.params.year)).alerts.filter((a) => !req.query.kind || a.kind === req.query.kind));

  app.put('/organisations/:org/cycles/:year/budget-adoption', {
    config: peopleHolding(['president_office']),
    schema: {
      tags, summary: 'Record, correct or withdraw (null) the date the Chamber adopted the budget (President\'s office); the due date, reminders and escalations follow',
      params: cycleParams, body: cycleBudgetAdoptionSchema, response: { 200: cycleViewSchema, ...errors },
    },
  }, async (req) => {
    const { org, year } = req.params;
    const person = await roles.actor(req.caller);
    await cycles.recordBudgetAdoption(org, year, { personId: person.id, adoptedOn: req.body.adoptedOn });
    return view(org, year);
  });

  app.post('/organisations/:org/cycles/:year/close-drafting', {
    config: peopleHolding(['president_office']),
    schema: {
      tags, summary: 'Stop waiting for the entities that have not answered and consolidate (President\'s office)',
      params: cycleParams, response: { 200: cycleViewSchema, ...errors },
    },
  }, async (req) => {
    const { org, year } = req.params;
    const person = await roles.actor(req.caller);
    await cycles.closeDrafting(org, year, person.id);
    return view(org, year);
  });

  app.post('/organisations/:org/cycles/:year/problems', {
    config: peopleHolding(['drafter', 'president_office']),
    schema: {
      tags, summary: 'Raise a problem found while drafting (a drafter or the President\'s office); the Minister\'s and State Secretary\'s cells are told at once',
      params: cycleParams, body: raiseProblemSchema, response: { 201: problemSchema, ...errors },
    },
  }, async (req, reply) => {
    const { org, year } = req.params;
    const person = await roles.actor(req.caller);
    const problemId = req.body.id ?? randomUUID();
    const problem = await cycles.raiseProblem(org, year, { personId: person.id, name: person.name, description: req.body.description, problemId });
    return reply.code(201).send(problem);
  });

  app.post('/organisations/:org/cycles/:year/problems/:problemId/outcome', {
    config: peopleHolding(['president_office']),
    schema: {
      tags, summary: 'Record the outcome of the consultation on a problem (President\'s office)',
      params: cycleParams.extend({ problemId: uuidParam }), body: consultationOutcomeSchema, response: { 200: problemSchema, ...errors },
    },
  }, async (req) => {
    const { org, year, problemId } = req.params;
    const person = await roles.actor(req.caller);
    return cycles.recordConsultationOutcome(org, year, { personId: person.id, problemId, outcome: req.body.outcome });
  });
};
