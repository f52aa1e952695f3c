import { actorOf, personOf, type Caller } from '@jalon/auth';
import {
  delegationInputSchema, pageOf, pageQuerySchema, peopleQuerySchema, personInputSchema,
  personSchema, roleAssignmentSchema, roleHolderSchema, roleHoldersQuerySchema, uuidParam,
} from '@jalon/contracts';
import { errorBodySchema, HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { getOrganisation } from '../repositories/organisations.js';
import { removeDelegation } from '../changes/delegations.js';
import { addDelegation, addRole, createPerson, removeRole } from '../changes/people.js';
import { getPerson, getPersonByEmail, listPeople, roleHolders } from '../repositories/people.js';
import { refuseSelfAdministration } from '../rules/editing.js';
import { answer, callerErrors, found } from './answers.js';

const tags = ['people'];
const orgParams = z.object({ org: z.string().min(1).max(100) });
const personParams = z.object({ personId: uuidParam });
const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };
const changeErrors = { 409: errorBodySchema, ...errors };

/** A change of roles or delegations, refused (403, nothing written) when it concerns the caller themselves. */
function notOnThemselves<T>(caller: Caller, concerned: string[], change: () => Promise<T>): Promise<T> {
  return answer((async () => {
    refuseSelfAdministration(personOf(caller), concerned);
    return change();
  })());
}

/** People, their roles and delegations: read by the services and the people who need them, changed by administrators. */
export const peopleRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.post('/organisations/:org/people', {
    config: { access: rules['POST /organisations/:org/people'] },
    schema: {
      tags, summary: 'Register a person with their roles (an organisation administrator); an e-mail identifies one person (case does not matter)',
      params: orgParams, body: personInputSchema, response: { 201: personSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createPerson(db, req.params.org, req.body, actorOf(req.caller)))));

  app.get('/organisations/:org/people', {
    config: { access: rules['GET /organisations/:org/people'] },
    schema: {
      tags, summary: 'People of an organisation by name, optionally only those holding a role',
      params: orgParams, querystring: pageQuerySchema.extend(peopleQuerySchema.shape), response: { 200: pageOf(personSchema), ...errors },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listPeople(db, req.params.org, req.query);
  });

  app.get('/organisations/:org/role-holders', {
    config: { access: rules['GET /organisations/:org/role-holders'] },
    schema: {
      tags, summary: 'Who holds a role on a day: holders, and deputies whose delegation covers the day (with asDeputyOf)',
      params: orgParams, querystring: roleHoldersQuerySchema, response: { 200: z.array(roleHolderSchema), ...errors },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return roleHolders(db, req.params.org, req.query);
  });

  app.get('/people/by-email/:email', {
    config: { access: rules['GET /people/by-email/:email'] },
    schema: {
      tags, summary: 'The person registered with an e-mail (case does not matter)',
      params: z.object({ email: z.string().trim().min(1).max(320) }), response: { 200: personSchema, ...errors },
    },
  }, async (req) => {
    const person = await getPersonByEmail(db, req.params.email);
    if (!person) throw new HttpError(404, `No one is registered with the e-mail ${req.params.email}; check the address, or register the person first.`);
    return person;
  });

  app.get('/people/:personId', {
    config: { access: rules['GET /people/:personId'] },
    schema: { tags, summary: 'One person with roles and delegations', params: personParams, response: { 200: personSchema, ...errors } },
  }, (req) => found(getPerson(db, req.params.personId), `Person ${req.params.personId}`));

  app.post('/people/:personId/roles', {
    config: { access: rules['POST /people/:personId/roles'] },
    schema: {
      tags, summary: 'Give a person a role (an organisation administrator, never to themselves)', params: personParams, body: roleAssignmentSchema,
      response: { 201: personSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await notOnThemselves(req.caller, [req.params.personId],
    () => addRole(db, req.params.personId, req.body, actorOf(req.caller)))));

  app.delete('/people/:personId/roles/:roleId', {
    config: { access: rules['DELETE /people/:personId/roles/:roleId'] },
    schema: {
      tags, summary: 'Take a role away from a person, with its delegations (an organisation administrator, never their own)',
      params: personParams.extend({ roleId: uuidParam }), response: { 200: personSchema, ...errors },
    },
  }, (req) => notOnThemselves(req.caller, [req.params.personId], () => removeRole(db, req.params.personId, req.params.roleId, actorOf(req.caller))));

  app.post('/people/:personId/delegations', {
    config: { access: rules['POST /people/:personId/delegations'] },
    schema: {
      tags, summary: 'Let a deputy hold one of the person\'s roles from startsOn to endsOn, inclusive (an organisation administrator, neither the person nor the deputy)',
      params: personParams, body: delegationInputSchema, response: { 201: personSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await notOnThemselves(req.caller, [req.params.personId, req.body.deputyId],
    () => addDelegation(db, req.params.personId, req.body, actorOf(req.caller)))));

  app.delete('/people/:personId/delegations/:delegationId', {
    config: { access: rules['DELETE /people/:personId/delegations/:delegationId'] },
    schema: {
      tags, summary: 'End a delegation before its time, or remove one made by mistake (an organisation administrator, neither the person nor the deputy)',
      params: personParams.extend({ delegationId: uuidParam }), response: { 200: personSchema, ...errors },
    },
  }, (req) => notOnThemselves(req.caller, [req.params.personId],
    () => removeDelegation(db, req.params.personId, req.params.delegationId, personOf(req.caller), actorOf(req.caller))));
};
