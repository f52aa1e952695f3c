import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { CycleGateway } from '../cycles/cycle-gateway.js';
import type { RoleCheck } from '../cycles/roles.js';
import type { Database } from '../database.js';
import type { RoundGateway } from '../round.js';
import { pageSecurityHeaders } from '../security-headers.js';
import { appLayout } from './web-layout.js';
import { webCopy } from './web-copy.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { frameOf } from './routes/guards.js';
import { planRoutes } from './routes/plans.js';
import { signInRoutes } from './routes/sign-in.js';
import { taskRoutes } from './routes/tasks.js';
import { languageOf, resolveViewer, type Viewer } from './viewer.js';
import type { WebContext } from './web-context.js';
import { html } from '../pages/html.js';

export interface WebRoutesOptions {
  db: Kysely<Database>;
  roles: RoleCheck;
  cycles: CycleGateway;
  round: RoundGateway;
  plansUrl: string;
  notificationsUrl: string;
  secret: string;
  publicBaseUrl: string;
  /** sign-in requests per minute and client address */
  signInRateLimit: number;
}

/**
 * The pages of the people who run the cycle: sign-in, the President's office's dashboard, the plan
 * viewer and "my tasks". Server-rendered, without script, in French and Dutch; every form carries an
 * anti-forgery value and every action checks the person's roles.
 */
export const webRoutes: FastifyPluginAsync<WebRoutesOptions> = async (app, options) => {
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  app.addHook('onSend', pageSecurityHeaders);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));

  const viewers = new WeakMap<FastifyRequest, Promise<Viewer | undefined>>();
  const web: WebContext = {
    db: options.db, roles: options.roles, cycles: options.cycles, round: options.round, plansUrl: options.plansUrl,
    secret: options.secret, publicBaseUrl: options.publicBaseUrl,
    cookieOptions: { path: '/', httpOnly: true, secure: options.publicBaseUrl.startsWith('https:'), sameSite: 'lax' },
    signInRateLimit: { max: options.signInRateLimit, timeWindow: 60_000 },
    page: (reply, status, body) => reply.code(status).type('text/html; charset=utf-8').send(body),
    viewer: (request) => {
      let found = viewers.get(request);
      if (!found) {
        found = resolveViewer(request, options.db, options.roles, options.secret);
        viewers.set(request, found);
      }
      return found;
    },
    async sendSignInEmail(person, url, link) {
      const response = await fetch(`${options.notificationsUrl}/notifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          idempotencyKey: `sign-in:${link.id}`, kind: 'sign_in', template: 'sign_in',
          recipient: { email: person.email, name: person.name, language: person.language },
          params: { link: url, expiresAt: link.expires_at.toISOString(), requestedAt: link.created_at.toISOString() },
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`the notifications service answered ${response.status} to the sign-in e-mail`);
    },
  };

  // A person sees a page in their language, never a JSON error.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'page failed');
    const language = languageOf(request);
    const title = status === 429 ? (language === 'nl' ? 'Te veel aanvragen' : 'Trop de demandes') : (language === 'nl' ? 'Er ging iets mis' : 'Un problème est survenu');
    const body = status === 429
      ? (language === 'nl' ? 'Wacht een minuut en probeer opnieuw.' : 'Attendez une minute et réessayez.')
      : (language === 'nl' ? 'Er werd niets gewijzigd. Probeer het over een minuut opnieuw.' : 'Rien n’a été modifié. Réessayez dans une minute.');
    // The language switch of this page must not carry a sign-in token into another address.
    const path = request.url.startsWith('/sign-in/') ? '/sign-in' : request.url;
    return web.page(reply, status >= 400 ? status : 500, appLayout({ language, path }, title, html`<h1>${title}</h1><p>${body}</p>`));
  });

  app.get('/', { schema: { tags: ['pages'], summary: 'The start page: the dashboard for the President\'s office, the tasks for everyone else' } }, async (request, reply) => {
    const viewer = await web.viewer(request);
    if (!viewer) return reply.redirect('/sign-in', 303);
    return reply.redirect(viewer.isPresidentOffice ? '/dashboard' : '/tasks', 303);
  });

  await app.register(signInRoutes, { web });
  await app.register(taskRoutes, { web });
  await app.register(dashboardRoutes, { web });
  await app.register(planRoutes, { web });
  void frameOf;
  void webCopy;
};
