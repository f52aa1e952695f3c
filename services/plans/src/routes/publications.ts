import { publicationFileSchema, publishedKindSchema, publishedVersionSchema, uuidParam } from '@jalon/contracts';
import { errorBodySchema, notFound } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { versionDocument } from '../documents/version-document.js';
import { getOrganisation } from '../repositories/organisations.js';
import { isPublished, listPublications } from '../repositories/publications.js';
import { getVersion } from '../repositories/versions.js';
import { canonicalJson } from '../versions/snapshot.js';
import { callerErrors, found } from './answers.js';

const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };

/**
 * What the public page shows and serves: published versions only, and of them only what anyone may
 * read (the plan's text, its hashes), never who published or decided. The portal calls these on its
 * own account for a reader who has not signed in.
 */
export const publicationRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.get('/organisations/:org/publications', {
    config: { access: rules['GET /organisations/:org/publications'] },
    schema: {
      tags: ['publications'], summary: 'The organisation\'s published versions, newest first, with the SHA-256 of their canonical JSON and of their PDF',
      params: z.object({ org: z.string() }), response: { 200: z.array(publishedVersionSchema), ...errors },
    },
  }, async (req) => {
    await found(getOrganisation(db, req.params.org), `Organisation ${req.params.org}`);
    return listPublications(db, req.params.org);
  });

  app.get('/publications/:kind/:planId/:number/:file', {
    config: { access: rules['GET /publications/:kind/:planId/:number/:file'] },
    schema: {
      tags: ['publications'],
      summary: 'A published version\'s file: `document.pdf`, or `canonical.json` (the exact bytes whose SHA-256 is the version\'s hash); 404 unless published',
      params: z.object({ kind: publishedKindSchema, planId: uuidParam, number: z.coerce.number().int().min(1), file: publicationFileSchema }),
      produces: ['application/pdf', 'application/json'], response: { 200: z.any(), ...errors },
    },
  }, async (req, reply) => {
    const { kind, planId, number, file } = req.params;
    const what = `Published version ${number} of ${kind} plan ${planId}`;
    if (!(await isPublished(db, kind, planId, number))) throw notFound(what);
    if (file === 'document.pdf') {
      const document = await found(versionDocument(db, kind, planId, number), what);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${kind}-plan-version-${number}.pdf"`).send(document.pdf);
    }
    const version = await found(getVersion(db, kind, planId, number), what);
    // Sent as a string of bytes, not through the JSON serialiser: it must be exactly what was hashed.
    return reply.type('application/json; charset=utf-8').header('content-disposition', `inline; filename="${kind}-plan-version-${number}.json"`)
      .send(Buffer.from(canonicalJson(version.snapshot), 'utf8'));
  });
};
