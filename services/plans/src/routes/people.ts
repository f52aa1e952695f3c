import {
  ACTOR_HEADER, actorHeadersSchema, delegationInputSchema, pageOf, pageQuerySchema, peopleQuerySchema, personInputSchema,
  personSchema, roleAssignmentSchema, roleHolderSchema, roleHoldersQuerySchema, uuidParam,
} from '@jalon/contracts';
import { errorBodySchema, HttpError } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../database.js';
import { getOrganisation } from '../repositories/organisations.js';
import { addDelegation, addRole, createPerson, removeRole } from '../changes/people.js';
import { getPerson, getPersonByEmail, listPeople, roleHolders } from '../repositories/people.js';
import { answer, found } from './answers.js';

const tags = ['people'];
const orgParams = z.object({ org: z.string().min(1).max(100) });
const personParams = z.object({ personId: uuidParam });
const errors = { 400: errorBodySchema, 404: errorBodySchema };
const changeErrors = { 409: errorBodySchema, ...errors };

export const peopleRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/organisations/:org/people', {
    schema: {
      tags, summary: 'Register a person with their roles; an e-mail identifies one person (case does not matter)',
      params: orgParams, headers: actorHeadersSchema, body: personInputSchema, response: { 201: personSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createPerson(db, req.params.org, req.body, req.headers[ACTOR_HEADER]))));

  app.get('/organisations/:org/people', {
    schema: {
      tags, summary: 'People of an organisation by name, optionally only those holding a role',
      params: orgParams, querystring: pageQuerySchema.extend(peopleQuerySchema.shape), response: { 200: pageOf(personSchema), 404: errorBodySchema },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listPeople(db, req.params.org, req.query);
  });

  app.get('/organisations/:org/role-holders', {
    schema: {
      tags, summary: 'Who holds a role on a day: holders, and deputies whose delegation covers the day (with asDeputyOf)',
      params: orgParams, querystring: roleHoldersQuerySchema, response: { 200: z.array(roleHolderSchema), ...errors },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return roleHolders(db, req.params.org, req.query);
  });

  app.get('/people/by-email/:email', {
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
    schema: { tags, summary: 'One person with roles and delegations', params: personParams, response: { 200: personSchema, ...errors } },
  }, (req) => found(getPerson(db, req.params.personId), `Person ${req.params.personId}`));

  app.post('/people/:personId/roles', {
    schema: {
      tags, summary: 'Give a person a role', params: personParams, headers: actorHeadersSchema, body: roleAssignmentSchema,
      response: { 201: personSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(addRole(db, req.params.personId, req.body, req.headers[ACTOR_HEADER]))));

  app.delete('/people/:personId/roles/:roleId', {
    schema: {
      tags, summary: 'Take a role away from a person, with its delegations', params: personParams.extend({ roleId: uuidParam }),
      headers: actorHeadersSchema, response: { 200: personSchema, ...errors },
    },
  }, (req) => answer(removeRole(db, req.params.personId, req.params.roleId, req.headers[ACTOR_HEADER])));

  app.post('/people/:personId/delegations', {
    schema: {
      tags, summary: 'Let a deputy hold one of the person\'s roles from startsOn to endsOn (inclusive)',
      params: personParams, headers: actorHeadersSchema, body: delegationInputSchema, response: { 201: personSchema, ...changeErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(addDelegation(db, req.params.personId, req.body, req.headers[ACTOR_HEADER]))));
};
