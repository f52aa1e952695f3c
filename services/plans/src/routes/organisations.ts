import { actorOf } from '@jalon/auth';
import {
  authoritySchema, entitySchema, organisationChangeSchema, organisationInputSchema, organisationSchema, organisationSettingsChangeSchema, pageOf,
  pageQuerySchema, strategicPlanSummarySchema,
} from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { changeOrganisationSettings } from '../changes/organisation-settings.js';
import { changeOrganisation, createOrganisation } from '../changes/organisations.js';
import { getOrganisation, listAuthorities, listEntities, listOrganisations } from '../repositories/organisations.js';
import { listStrategicPlans } from '../repositories/strategic-plans.js';
import { answer, callerErrors, found } from './answers.js';

const orgParams = z.object({ org: z.string().min(1).max(100) });
const errors = { 404: errorBodySchema, ...callerErrors };
const changeErrors = { 400: errorBodySchema, 409: errorBodySchema, ...errors };

export const organisationRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.get('/organisations', {
    config: { access: rules['GET /organisations'] },
    schema: { tags: ['organisations'], summary: 'Every organisation', response: { 200: z.array(organisationSchema), ...callerErrors } },
  }, () => listOrganisations(db));

  app.post('/organisations', {
    config: { access: rules['POST /organisations'] },
    schema: {
      tags: ['organisations'],
      summary: 'Create an organisation (an administrator of the organisation that runs the installation, or the installation\'s loader): '
        + 'its code, names, languages and settings; its entities, authorities and people follow. 409 organisation.code_taken',
      body: organisationInputSchema, response: { 201: organisationSchema, 400: errorBodySchema, 409: errorBodySchema, ...callerErrors },
    },
  }, async (req, reply) => reply.code(201).send(await answer(createOrganisation(db, req.body, actorOf(req.caller)))));

  app.patch('/organisations/:org', {
    config: { access: rules['PATCH /organisations/:org'] },
    schema: {
      tags: ['organisations'], summary: 'Change the organisation\'s names or languages (its administrator)',
      params: orgParams, body: organisationChangeSchema, response: { 200: organisationSchema, ...changeErrors },
    },
  }, (req) => answer(changeOrganisation(db, req.params.org, req.body, actorOf(req.caller))));

  app.get('/organisations/:org', {
    config: { access: rules['GET /organisations/:org'] },
    schema: { tags: ['organisations'], summary: 'One organisation', params: orgParams, response: { 200: organisationSchema, ...errors } },
  }, (req) => found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`));

  app.patch('/organisations/:org/settings', {
    config: { access: rules['PATCH /organisations/:org/settings'] },
    schema: {
      tags: ['organisations'],
      summary: 'Change the organisation\'s settings (an organisation administrator): emailSignIn (e-mailed sign-in), committeeRule, reviewDays, '
        + 'allEntitiesObjectivesGoTo, consolidatorName, reviewers; the settings not named stay',
      params: orgParams, body: organisationSettingsChangeSchema, response: { 200: organisationSchema, 400: errorBodySchema, ...errors },
    },
  }, (req) => answer(changeOrganisationSettings(db, req.params.org, req.body, actorOf(req.caller))));

  app.get('/organisations/:org/entities', {
    config: { access: rules['GET /organisations/:org/entities'] },
    schema: { tags: ['organisations'], summary: 'Directorates, services and cells of an organisation', params: orgParams, response: { 200: z.array(entitySchema), ...errors } },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listEntities(db, req.params.org);
  });

  app.get('/organisations/:org/authorities', {
    config: { access: rules['GET /organisations/:org/authorities'] },
    schema: { tags: ['organisations'], summary: 'Supervising authorities and their competence scopes', params: orgParams, response: { 200: z.array(authoritySchema), ...errors } },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listAuthorities(db, req.params.org);
  });

  app.get('/organisations/:org/strategic-plans', {
    config: { access: rules['GET /organisations/:org/strategic-plans'] },
    schema: {
      tags: ['strategic plans'], summary: 'Strategic plans of an organisation, newest period first',
      params: orgParams, querystring: pageQuerySchema, response: { 200: pageOf(strategicPlanSummarySchema), ...errors },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listStrategicPlans(db, req.params.org, req.query);
  });
};
