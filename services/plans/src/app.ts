import type { PersonTokenVerifier, ServiceTokenVerifier } from '@jalon/auth';
import { createService, pingDatabase } from '@jalon/service-kit';
import type { FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { plansAccessRules, type PlansRouteOptions } from './access/access-rules.js';
import { organisationResolver } from './access/organisation-of.js';
import { plansDirectory } from './access/people-directory.js';
import { resolveIdentity } from './changes/identities.js';
import type { Database } from './database.js';
import { auditRoutes } from './routes/audit.js';
import { decisionRoutes } from './routes/decisions.js';
import { identityRoutes } from './routes/identities.js';
import { operationalPlanRoutes } from './routes/operational-plans.js';
import { progressRoutes } from './routes/progress.js';
import { draftedProjectRoutes } from './routes/drafted-projects.js';
import { organisationPartRoutes } from './routes/organisation-parts.js';
import { organisationRoutes } from './routes/organisations.js';
import { peopleRoutes } from './routes/people.js';
import { organisationStartRoutes } from './routes/new-strategic-plan.js';
import { strategicDraftRoutes } from './routes/strategic-draft.js';
import { planChapterRoutes } from './routes/plan-chapters.js';
import { planFigureRoutes } from './routes/plan-figures.js';
import { strategicPlanRoutes } from './routes/strategic-plans.js';
import { versionRoutes } from './routes/versions.js';
import { versionDocumentRoutes } from './routes/version-documents.js';
import { publicationRoutes } from './routes/publications.js';
import { Refusal } from './rules/refusal.js';
import { startDocumentRenderer } from './documents/document-renderer.js';

/** Who may call the service: the services whose keys it trusts, and people with the provider's access tokens. */
export interface PlansAuth {
  services: ServiceTokenVerifier;
  /** absent: no identity provider is configured, and people reach the service through the portal only */
  people?: PersonTokenVerifier;
}

export interface PlansAppOptions {
  db: Kysely<Database>;
  auth: PlansAuth;
  logger?: FastifyServerOptions['logger'];
  /** the organisation that runs the installation, whose administrators create organisations (JALON_OPERATOR_ORGANISATION) */
  operatorOrganisation?: string;
  /**
   * renders each version's PDF as soon as it is frozen (and any still missing every `pollMs`); absent:
   * a version's PDF is rendered at its first download only (tests that do not look at documents)
   */
  renderDocuments?: { pollMs: number };
}

/** The plans service as an application: its routes on a database it is handed, every one guarded by its access rule. */
export async function buildPlansApp({ db, auth, logger, operatorOrganisation, renderDocuments }: PlansAppOptions) {
  const organisationOf = organisationResolver(db);
  const app = await createService({
    name: 'plans',
    title: 'Jalon plans',
    description: 'Strategic and operational plans of an organisation, their objectives, frozen versions and the audit log. '
      + 'Every call names its caller in `Authorization: Bearer`: a service token signed by the calling service, or a person\'s access token '
      + 'from the organisation\'s identity provider. Every change names the revision it edits (409 when stale); the audit log records the caller.',
    health: [{ name: 'postgres', check: () => pingDatabase(db) }],
    ...(logger !== undefined ? { logger } : {}),
    access: {
      services: auth.services,
      ...(auth.people ? { people: auth.people } : {}),
      // A provider identity Jalon cannot place (unknown, or linked elsewhere) is no caller at all.
      personFor: (claims) => resolveIdentity(db, claims, 'access token (first sign-in, verified e-mail)')
        .catch((error: unknown) => { if (error instanceof Refusal) return undefined; throw error; }),
      directory: plansDirectory(db),
    },
  });
  const renderer = renderDocuments ? startDocumentRenderer(db, renderDocuments, app.log.child({ component: 'document-renderer' })) : undefined;
  if (renderer) app.addHook('onClose', () => renderer.stop());
  const options: PlansRouteOptions = { db, rules: plansAccessRules(organisationOf, operatorOrganisation), organisationOf, onVersionFrozen: renderer && (() => renderer.wake()) };
  for (const routes of [organisationRoutes, organisationPartRoutes, strategicPlanRoutes, strategicDraftRoutes, organisationStartRoutes, versionRoutes, operationalPlanRoutes, progressRoutes, draftedProjectRoutes, peopleRoutes, identityRoutes, auditRoutes, decisionRoutes, planFigureRoutes, planChapterRoutes, versionDocumentRoutes, publicationRoutes]) {
    await app.register(routes, options);
  }
  return app;
}
