import { auditEntrySchema, auditQuerySchema, pageOf, pageQuerySchema } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import { listAuditEntries } from '../repositories/audit.js';
import { callerErrors } from './answers.js';

export const auditRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules }) => {
  app.get('/audit', {
    config: { access: rules['GET /audit'] },
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first; filter by subject. People (President\'s office, administrators) read one subject of their organisation at a time',
      querystring: pageQuerySchema.extend(auditQuerySchema.shape), response: { 200: pageOf(auditEntrySchema), ...callerErrors },
    },
  }, (req) => listAuditEntries(db, req.query));
};
