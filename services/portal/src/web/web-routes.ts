import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appLayout } from '../ui/app-layout.js';
import { html } from '../ui/html.js';
import { servePages, type ErrorPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { planRoutes } from './plans-routes.js';
import { insightRoutes } from './insight/insight-routes.js';
import { strategicExportRoutes } from './insight/strategic-export-routes.js';
import { emailSignInRoutes } from './email-sign-in-routes.js';
import { anyone } from '../auth/page-rules.js';
import { accessibilityRoutes } from './accessibility-routes.js';
import { providerSignInRoutes } from './provider-sign-in-routes.js';
import { signInRoutes } from './sign-in-routes.js';
import { signatureRoutes } from './signature-routes.js';
import { strategicObjectiveFormRoutes, strategicListFormRoutes } from './strategic/draft-form-routes.js';
import { strategicDraftRoutes } from './strategic/draft-routes.js';
import { taskRoutes } from './tasks-routes.js';
import { consolidationRoutes } from './drafting/consolidation-routes.js';
import { draftingRoutes } from './drafting/drafting-routes.js';
import { progressRoutes } from './progress/progress-routes.js';
import { firstAdministratorRoutes } from './organisation/first-administrator.js';
import { newOrganisationRoutes } from './organisation/new-organisation.js';
import { newStrategicPlanRoutes } from './strategic/new-plan-routes.js';
import { organisationAdminRoutes } from './organisation/organisation-routes.js';
import { organisationPartRoutes } from './organisation/part-routes.js';
import { peopleAdminRoutes } from './organisation/people-routes.js';
import { languageOf } from './viewer.js';
import { pageAddressOf, trackPageAddresses } from './page-address.js';
import { publicationRoutes } from './publication/publication-routes.js';
import type { WebContext } from './web-context.js';

export type WebRoutesOptions = Omit<WebContext, 'cookieOptions' | 'signInRateLimit'> & {
  /** sign-in requests per minute and client address */
  signInRateLimit: number;
};

/** A person sees what failed in the language of their pages. */
const localizedErrorPage: ErrorPage = (request, failure) => {
  const language = languageOf(request);
  const { title, body } = webCopy[language].failed[failure === 'too-many' ? 'tooMany' : failure];
  // The language switch of this page must not carry a sign-in token into another address.
  const page = pageAddressOf(request);
  const path = page.startsWith('/sign-in/') ? '/sign-in' : page;
  return appLayout({ language, path }, title, html`<h1>${title}</h1><p>${body}</p>`);
};

/**
 * The pages of the people who run the cycle: sign-in, the President's office's dashboard, the plan
 * viewer, "my tasks" and the Minister's cell's signature. Server-rendered, without script, in French, Dutch and German; every form carries an
 * anti-forgery value and every action checks the person's roles.
 */
export const webRoutes: FastifyPluginAsyncZod<WebRoutesOptions> = async (app, options) => {
  trackPageAddresses(app);
  await app.register(fastifyRateLimit, { global: false });
  // Signing out continues at the provider: the form's redirection must be allowed to go there.
  servePages(app, { bodyLimit: 64 * 1024, errorPage: localizedErrorPage, formTargets: options.provider ? [options.provider.origin] : [] });

  const web: WebContext = {
    ...options,
    cookieOptions: { path: '/', httpOnly: true, secure: options.publicBaseUrl.startsWith('https:'), sameSite: 'lax' },
    signInRateLimit: { max: options.signInRateLimit, timeWindow: 60_000 },
  };

  app.get('/', { config: anyone, schema: { tags: ['pages'], summary: 'The start page: the dashboard for the President\'s office, the tasks for everyone else' } }, async (request, reply) => {
    const viewer = await web.viewer(request);
    if (!viewer) return reply.redirect('/sign-in', 303);
    return reply.redirect(viewer.isPresidentOffice ? '/dashboard' : '/tasks', 303);
  });

  await app.register(signInRoutes, { web });
  if (web.provider) await app.register(providerSignInRoutes, { web, provider: web.provider });
  if (web.emailSignIn) await app.register(emailSignInRoutes, { web });
  await app.register(taskRoutes, { web });
  await app.register(dashboardRoutes, { web });
  await app.register(planRoutes, { web });
  await app.register(insightRoutes, { web });
  await app.register(strategicExportRoutes, { web });
  await app.register(signatureRoutes, { web });
  for (const routes of [strategicDraftRoutes, strategicObjectiveFormRoutes, strategicListFormRoutes]) await app.register(routes, { web });
  await app.register(draftingRoutes, { web });
  await app.register(progressRoutes, { web });
  await app.register(consolidationRoutes, { web });
  await app.register(publicationRoutes, { web, publications: web.publications });
  await app.register(accessibilityRoutes, { publicBaseUrl: web.publicBaseUrl, contact: web.accessibilityContact });
  if (web.organisationAdmin) {
    const admin = web.organisationAdmin;
    await app.register(organisationAdminRoutes, { web, admin });
    await app.register(peopleAdminRoutes, { web, admin });
    await app.register(organisationPartRoutes, { web, admin });
    await app.register(newOrganisationRoutes, { web, admin, operatorOrganisation: web.operatorOrganisation });
    await app.register(firstAdministratorRoutes, { web, admin, operatorOrganisation: web.operatorOrganisation });
    await app.register(newStrategicPlanRoutes, { web, admin });
  }
};
