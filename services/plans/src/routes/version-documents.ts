import { actorOf } from '@jalon/auth';
import { publishedVersionSchema, uuidParam } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { versionDocument } from '../documents/version-document.js';
import { publishVersion } from '../changes/publish-version.js';
import type { PlanKind } from '../repositories/versions.js';
import { answer, callerErrors, found } from './answers.js';

const kinds: Array<{ kind: PlanKind; prefix: '/strategic-plans' | '/operational-plans' }> = [
  { kind: 'strategic', prefix: '/strategic-plans' }, { kind: 'operational', prefix: '/operational-plans' },
];
const versionParams = z.object({ planId: uuidParam, number: z.coerce.number().int().min(1) });
const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };

/** A frozen version as a document (PDF), and the communication plan's step that publishes it. */
export const versionDocumentRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  for (const { kind, prefix } of kinds) {
    const tags = [`${kind} plans`];
    app.get(`${prefix}/:planId/versions/:number/document.pdf`, {
      config: { access: rules[`GET ${prefix}/:planId/versions/:number/document.pdf`] },
      schema: {
        tags, summary: 'The version as a PDF laid out like the plan; the same version always gives the same bytes (its SHA-256 is the version\'s pdfSha256)',
        params: versionParams, produces: ['application/pdf'], response: { 200: z.any(), ...errors },
      },
    }, async (req, reply) => {
      const document = await found(versionDocument(db, kind, req.params.planId, req.params.number), `Version ${req.params.number} of ${kind} plan ${req.params.planId}`);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${kind}-plan-version-${req.params.number}.pdf"`).send(document.pdf);
    });

    app.post(`${prefix}/:planId/versions/:number/publication`, {
      config: { access: rules[`POST ${prefix}/:planId/versions/:number/publication`] },
      schema: {
        tags, summary: 'Publish the version (the communication plan\'s step, by the President\'s office): the signed or transmitted version appears on the organisation\'s public page with both hashes; audited. Publishing again changes nothing (200)',
        params: versionParams, response: { 200: publishedVersionSchema, 201: publishedVersionSchema, 409: errorBodySchema, ...errors },
      },
    }, async (req, reply) => {
      const result = await answer(publishVersion(db, kind, req.params.planId, req.params.number, actorOf(req.caller)));
      return reply.code(result.created ? 201 : 200).send(result.publication);
    });
  }
};
