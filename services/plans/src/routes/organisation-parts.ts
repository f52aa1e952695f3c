import { actorOf } from '@jalon/auth';
import { authorityChangeSchema, authorityInputSchema, authoritySchema, entityChangeSchema, entityInputSchema, entitySchema } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { changeAuthority, createAuthority, removeAuthority } from '../changes/authorities.js';
import { changeEntity, createEntity, removeEntity } from '../changes/entities.js';
import { answer, callerErrors } from './answers.js';

const orgParams = z.object({ org: z.string().min(1).max(100) });
const entityParams = orgParams.extend({ code: z.string().min(1).max(40) });
const authorityParams = orgParams.extend({ code: z.string().min(1).max(63) });
const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, ...callerErrors };
const removed = z.object({ removed: z.string() });

/** An organisation's entities and supervising authorities, as its administrator builds and changes them (each change audited under the organisation). */
export const organisationPartRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.post('/organisations/:org/entities', {
    config: { access: rules['POST /organisations/:org/entities'] },
    schema: {
      tags: ['organisations'], summary: 'Add an entity (directorate, service, cell): 409 entity.code_taken, 400 entity.unknown_parent',
      params: orgParams, body: entityInputSchema, response: { 201: entitySchema, ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createEntity(db, req.params.org, req.body, actorOf(req.caller)))));

  app.patch('/organisations/:org/entities/:code', {
    config: { access: rules['PATCH /organisations/:org/entities/:code'] },
    schema: {
      tags: ['organisations'], summary: 'Change an entity\'s names, kind, abbreviation or parent (400 entity.parent_cycle)',
      params: entityParams, body: entityChangeSchema, response: { 200: entitySchema, ...errors },
    },
  }, (req) => answer(changeEntity(db, req.params.org, req.params.code, req.body, actorOf(req.caller))));

  app.delete('/organisations/:org/entities/:code', {
    config: { access: rules['DELETE /organisations/:org/entities/:code'] },
    schema: {
      tags: ['organisations'], summary: 'Remove an entity nothing names any more (409 entity.in_use: roles, child entities, scopes or plans still name it)',
      params: entityParams, response: { 200: removed, ...errors },
    },
  }, async (req) => {
    await answer(removeEntity(db, req.params.org, req.params.code, actorOf(req.caller)));
    return { removed: req.params.code };
  });

  app.post('/organisations/:org/authorities', {
    config: { access: rules['POST /organisations/:org/authorities'] },
    schema: {
      tags: ['organisations'],
      summary: 'Add a supervising authority (minister or state secretary) with its competence scope: 409 authority.code_taken or authority.signer_taken, 400 authority.unknown_entity',
      params: orgParams, body: authorityInputSchema, response: { 201: authoritySchema, ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createAuthority(db, req.params.org, req.body, actorOf(req.caller)))));

  app.patch('/organisations/:org/authorities/:code', {
    config: { access: rules['PATCH /organisations/:org/authorities/:code'] },
    schema: {
      tags: ['organisations'], summary: 'Change an authority: its title, holder, whether it signs, its competence scope (the scope is replaced whole)',
      params: authorityParams, body: authorityChangeSchema, response: { 200: authoritySchema, ...errors },
    },
  }, (req) => answer(changeAuthority(db, req.params.org, req.params.code, req.body, actorOf(req.caller))));

  app.delete('/organisations/:org/authorities/:code', {
    config: { access: rules['DELETE /organisations/:org/authorities/:code'] },
    schema: {
      tags: ['organisations'], summary: 'Remove an authority whose cell nobody belongs to (409 authority.in_use)',
      params: authorityParams, response: { 200: removed, ...errors },
    },
  }, async (req) => {
    await answer(removeAuthority(db, req.params.org, req.params.code, actorOf(req.caller)));
    return { removed: req.params.code };
  });
};
