import { auditEntrySchema, auditQuerySchema, pageOf, pageQuerySchema } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { listAuditEntries } from '../repositories/audit.js';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/audit', {
    schema: {
      tags: ['audit'], summary: 'The audit log, newest first; filter by subject',
      querystring: pageQuerySchema.extend(auditQuerySchema.shape), response: { 200: pageOf(auditEntrySchema) },
    },
  }, (req) => listAuditEntries(db, req.query));
};
