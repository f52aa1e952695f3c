import fastifyCookie from '@fastify/cookie';
import { accessControlPlugin, ServiceTokenVerifier, type AccessRule } from '@jalon/auth';
import { createService } from '@jalon/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PortalAppOptions, PortalParts } from './app.js';
import { pageRules } from './auth/page-rules.js';
import { decisionRoutes } from './decisions/decision-routes.js';
import { refusedPageAddress } from './decisions/refused-address.js';
import { assetRoutes } from './ui/assets.js';
import { sendPage } from './ui/serve-pages.js';
import { webCopy } from './ui/web-catalogue.js';
import { frameOf } from './web/guards.js';
import { notFoundPage } from './web/not-found-page.js';
import { forbiddenWebPage } from './web/sign-in-pages.js';
import { languageOf, redirectToSignIn, requestSessions, type RequestSessions } from './web/viewer.js';
import { webRoutes } from './web/web-routes.js';

export const pagesRulesByPrefix: Array<{ prefix: string; rule: AccessRule }> = [{ prefix: '/health', rule: { anonymous: true } }];

/**
 * A refusal on a page is a page: signed out, to the sign-in page and back; without the role, a 403
 * page in the person's language. A call with a bearer token is a program, not a browser: the pages
 * take sessions only, so it is refused outright rather than sent to sign in.
 */
function refusePage(sessions: RequestSessions) {
  return async (request: FastifyRequest, reply: FastifyReply, status: 401 | 403) => {
    if (status === 401 && !/^Bearer\s/i.test(request.headers.authorization ?? '')) return redirectToSignIn(request, reply);
    const viewer = await sessions.viewer(request);
    const language = viewer?.language ?? languageOf(request);
    const what = request.routeOptions.config?.forbiddenAction?.[language] ?? webCopy[language].forbidden.thisPage;
    return sendPage(reply, { status: 403, page: forbiddenWebPage(frameOf(request, viewer), what) });
  };
}

/**
 * The pages' listener: what people's browsers reach through the reverse proxy. The pages of an
 * e-mailed link and sign-in are open to anyone; the others need a session of a person holding the
 * page's role. No JSON API answers here.
 */
export async function buildPagesApp(options: PortalAppOptions, parts: PortalParts) {
  const app = await createService({
    name: 'portal',
    title: 'Jalon portal pages',
    description: 'Pages',
    health: parts.health,
    logger: parts.logger,
    docs: false,
    https: options.publicBaseUrl.startsWith('https:'),
    rejectedAddress: refusedPageAddress,
    notFound: notFoundPage,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  const sessions = requestSessions({ db: parts.db, plans: parts.plans, roles: parts.roles, secret: options.csrfSecret, secureCookies: options.publicBaseUrl.startsWith('https:') });
  // The session cookie is read before any rule is applied.
  await app.register(fastifyCookie);
  await app.register(accessControlPlugin, {
    // Pages take no service calls: no service key is trusted here.
    services: new ServiceTokenVerifier('portal', {}),
    directory: parts.directory,
    sessionCaller: sessions.caller,
    rulesByPrefix: pagesRulesByPrefix,
    refuse: refusePage(sessions),
  });
  await app.register(assetRoutes, { publicBaseUrl: options.publicBaseUrl });
  await app.register(decisionRoutes, { db: parts.db, decisions: parts.decisions, plans: parts.plans, csrfSecret: options.csrfSecret, rateLimit: options.decisionRateLimit ?? 30 });
  await app.register(webRoutes, {
    db: parts.db, plans: parts.plans, roles: parts.roles, cycles: parts.cycles, strategic: parts.strategic, strategicStart: parts.strategicStart, strategicDraft: parts.strategicDraft, decisions: parts.decisions, notifications: parts.notifications,
    objectives: parts.objectives, publications: parts.publications,
    identities: parts.identities, provider: parts.provider, viewer: sessions.viewer,
    organisationAdmin: parts.organisationAdmin, operatorOrganisation: options.codec?.operatorOrganisation,
    rules: pageRules(async (request) => (await sessions.viewer(request))?.person.organisationCode),
    secret: options.csrfSecret, publicBaseUrl: options.publicBaseUrl,
    signInRateLimit: options.signInRateLimit ?? 10, signInEmailsPerHour: options.signInEmailsPerHour ?? 5, emailSignIn: options.emailSignIn ?? true,
    accessibilityContact: options.accessibilityContact,
  });
  return app;
}
