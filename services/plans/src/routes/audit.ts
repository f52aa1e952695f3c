import { auditEntrySchema, auditQuerySchema, pageOf, pageQuerySchema } from '@jalon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/audit', {
    schema: {
      tags: ['audit'], summary: 'The audit log, newest first; filter by subject',
      querystring: pageQuerySchema.extend(auditQuerySchema.shape), response: { 200: pageOf(auditEntrySchema) },
    },
  }, async (req) => {
    const { limit, offset, subjectType, subjectId } = req.query;
    let q = db.selectFrom('audit_log');
    if (subjectType) q = q.where('subject_type', '=', subjectType);
    if (subjectId) q = q.where('subject_id', '=', subjectId);
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id, at: new Date(r.at).toISOString(), actor: r.actor, action: r.action,
        subjectType: r.subject_type, subjectId: r.subject_id, before: r.before, after: r.after,
      })),
      total: count.n, limit, offset,
    };
  });
};
