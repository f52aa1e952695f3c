import { actorOf } from '@jalon/auth';
import { planVersionSchema, planVersionSummarySchema, uuidParam, versionComparisonSchema } from '@jalon/contracts';
import { errorBodySchema } from '@jalon/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { PlansRouteOptions } from '../access/access-rules.js';
import type { Database } from '../database.js';
import { getOperationalPlan } from '../repositories/operational-plans.js';
import { getStrategicPlan } from '../repositories/strategic-plans.js';
import { freezeVersion, getVersion, listVersions, type PlanKind } from '../repositories/versions.js';
import { recordedPdfSha256 } from '../documents/version-document.js';
import { compareSnapshots } from '../versions/compare-versions.js';
import { operationalPlanContent, strategicPlanContent } from '../versions/snapshot.js';
import { callerErrors, found } from './answers.js';

type Prefix = '/strategic-plans' | '/operational-plans';
const kinds: Array<{ kind: PlanKind; prefix: Prefix; content: (db: Kysely<Database>, id: string) => Promise<unknown> }> = [
  { kind: 'strategic', prefix: '/strategic-plans', content: async (db, id) => strategicPlanContent(await found(getStrategicPlan(db, id), `Strategic plan ${id}`)) },
  { kind: 'operational', prefix: '/operational-plans', content: async (db, id) => operationalPlanContent(await found(getOperationalPlan(db, id), `Operational plan ${id}`)) },
];
const version = (db: Kysely<Database>, kind: PlanKind, planId: string, number: number) =>
  found(getVersion(db, kind, planId, number), `Version ${number} of ${kind} plan ${planId}`);
const params = z.object({ planId: uuidParam });
const versionParams = params.extend({ number: z.coerce.number().int().min(1) });
const errors = { 400: errorBodySchema, 404: errorBodySchema, ...callerErrors };

/** Frozen versions, the same for strategic and operational plans. */
export const versionRoutes: FastifyPluginAsyncZod<PlansRouteOptions> = async (app, { db, rules, onVersionFrozen }) => {
  for (const { kind, prefix, content } of kinds) {
    const tags = [`${kind} plans`];
    app.post(`${prefix}/:planId/versions`, {
      config: { access: rules[`POST ${prefix}/:planId/versions`] },
      schema: {
        tags, summary: 'Freeze the current content as a version (canonical JSON snapshot and its SHA-256; the workflows alone); identical content returns the latest version',
        params, response: { 200: planVersionSummarySchema, 201: planVersionSummarySchema, ...errors },
      },
    }, async (req, reply) => {
      const result = await freezeVersion(db, kind, req.params.planId, await content(db, req.params.planId), actorOf(req.caller));
      // The version is committed; its PDF is rendered beside this answer (document-renderer.ts), not in it.
      if (result.created) onVersionFrozen?.();
      return reply.code(result.created ? 201 : 200).send(result.version);
    });

    app.get(`${prefix}/:planId/versions`, {
      config: { access: rules[`GET ${prefix}/:planId/versions`] },
      schema: { tags, summary: 'Every frozen version, oldest first', params, response: { 200: z.array(planVersionSummarySchema), ...errors } },
    }, async (req) => {
      await content(db, req.params.planId);
      return listVersions(db, kind, req.params.planId);
    });

    app.get(`${prefix}/:planId/versions/:number`, {
      config: { access: rules[`GET ${prefix}/:planId/versions/:number`] },
      schema: { tags, summary: 'One frozen version with its snapshot, the SHA-256 of its canonical JSON (`sha256`) and of its PDF (`pdfSha256`)', params: versionParams, response: { 200: planVersionSchema, ...errors } },
    }, async (req) => {
      const frozen = await version(db, kind, req.params.planId, req.params.number);
      // Rendering a plan takes seconds: the version's JSON names the PDF's hash once it is recorded, and
      // does not render it for every reader of the version.
      return { ...frozen, pdfSha256: await recordedPdfSha256(db, kind, req.params.planId, req.params.number) };
    });

    app.get(`${prefix}/:planId/versions/:number/compare`, {
      config: { access: rules[`GET ${prefix}/:planId/versions/:number/compare`] },
      schema: {
        tags, summary: 'What changed from version `number` to version `to`',
        params: versionParams, querystring: z.object({ to: z.coerce.number().int().min(1) }), response: { 200: versionComparisonSchema, ...errors },
      },
    }, async (req) => {
      const [{ snapshot: from, ...fromVersion }, { snapshot: to, ...toVersion }] = await Promise.all([
        version(db, kind, req.params.planId, req.params.number), version(db, kind, req.params.planId, req.query.to),
      ]);
      return { from: fromVersion, to: toVersion, ...compareSnapshots(from as Record<string, unknown>, to as Record<string, unknown>) };
    });
  }
};
