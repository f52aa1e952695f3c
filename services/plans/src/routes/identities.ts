import { actorOf, personClaimsSchema } from '@jalon/auth';
import { personSchema } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { resolveIdentity } from '../changes/identities.js';
import { getPerson } from '../repositories/people.js';
import { answer, callerErrors, found } from './answers.js';

/** The portal's sign-in: who a person signed in at the identity provider is in Jalon. */
export const identityRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.post('/identities/resolve', {
    config: { access: rules['POST /identities/resolve'] },
    schema: {
      tags: ['people'],
      summary: 'The person signed in as this identity of the provider: linked by its subject; else, the first time, the person registered with its e-mail when the provider verified it (then linked); else 404',
      body: personClaimsSchema, response: { 200: personSchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, ...callerErrors },
    },
  }, async (req) => {
    const personId = await answer(resolveIdentity(db, req.body, actorOf(req.caller)));
    return found(getPerson(db, personId), `Person ${personId}`);
  });
};
