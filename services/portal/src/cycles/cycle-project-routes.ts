import { randomUUID } from 'node:crypto';
import { cycleParams, cycleProjectAddSchema, cycleProjectWithdrawSchema, projectChangeResultSchema, uuidParam, type Role } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cycleErrors as errors, peopleHolding, tags } from './api-schemas.js';
import type { CycleRoutesOptions } from './cycle-routes.js';

/** Which role records a project change requested by each party: the President's office records any. */
const partyRoles: Record<string, Role[]> = {
  spf: ['president_office'],
  minister_cell: ['president_office', 'minister_cell'],
  state_secretary_cell: ['president_office', 'state_secretary_cell'],
};
/** Who may record a project change at all; the party named in the body then decides which of them may. */
const PROJECT_PARTIES = [...new Set(Object.values(partyRoles).flat())];

/**
 * The cycle's projects change during the year at the request of the SPF or a minister's cell; the
 * person recording the change must hold a role of the party that asked.
 */
export const cycleProjectRoutes: FastifyPluginAsyncZod<CycleRoutesOptions> = async (app, { cycles, roles }) => {
  app.post('/organisations/:org/cycles/:year/projects', {
    config: peopleHolding(PROJECT_PARTIES),
    schema: {
      tags, summary: 'Add a project at the request of the SPF or a minister\'s cell; the other party is told',
      params: cycleParams, body: cycleProjectAddSchema, response: { 201: projectChangeResultSchema, ...errors },
    },
  }, async (req, reply) => {
    const { org, year } = req.params;
    const person = await roles.actor(req.caller);
    await roles.require(org, person, partyRoles[req.body.requestedByParty]!, `record a project requested by ${req.body.requestedByParty.replaceAll('_', ' ')}`);
    const { id, ...change } = req.body;
    const projectId = id ?? randomUUID();
    const result = await cycles.addProject(org, year, { personId: person.id, projectId, ...change });
    return reply.code(201).send(result);
  });

  app.post('/organisations/:org/cycles/:year/projects/:projectId/withdraw', {
    config: peopleHolding(PROJECT_PARTIES),
    schema: {
      tags, summary: 'Withdraw a project at the request of the SPF or a minister\'s cell, with the reason; the other party is told',
      params: cycleParams.extend({ projectId: uuidParam }), body: cycleProjectWithdrawSchema, response: { 200: projectChangeResultSchema, ...errors },
    },
  }, async (req) => {
    const { org, year, projectId } = req.params;
    const person = await roles.actor(req.caller);
    await roles.require(org, person, partyRoles[req.body.requestedByParty]!, `record a withdrawal requested by ${req.body.requestedByParty.replaceAll('_', ' ')}`);
    return cycles.withdrawProject(org, year, { personId: person.id, projectId, ...req.body });
  });
};
