import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { roundStateOutcome, linkStateOutcome } from '../../decide.js';
import { decisionPage } from '../../pages/decision-page.js';
import { findLinkById } from '../../repositories/decision-links.js';
import { openLinksOf } from '../../repositories/sessions.js';
import { decideWithLink } from '../../routes/decisions.js';
import { csrfValue } from '../../tokens.js';
import { tasksContent } from '../pages/tasks-page.js';
import { appLayout } from '../web-layout.js';
import type { WebContext } from '../web-context.js';
import { webCopy } from '../web-copy.js';
import { frameOf, signedIn } from './guards.js';

const linkParams = z.object({ linkId: z.uuid() });

/** "My tasks": every open step of the signed-in person, decided with the same form as the e-mail's link. */
export const taskRoutes: FastifyPluginAsync<{ web: WebContext }> = async (app, { web }) => {
  app.get('/tasks', { schema: { tags: ['pages'], summary: 'The steps waiting for the signed-in person (HTML)' } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const open = [];
    for (const link of await openLinksOf(web.db, viewer.person.id)) {
      const view = await web.round.view(link, request.log);
      if (!roundStateOutcome(link, view)) open.push(link);
    }
    return web.page(reply, 200, appLayout(frameOf(request, viewer), webCopy[viewer.language].tasks.title, tasksContent(viewer.language, open)));
  });

  const ownLink = async (linkId: string, personId: string) => {
    const link = await findLinkById(web.db, linkId);
    return link && link.person_id === personId ? link : undefined;
  };

  app.get('/tasks/:linkId', { schema: { tags: ['pages'], summary: 'One task: the decision form of the step (HTML)', params: linkParams } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const link = await ownLink((request.params as { linkId: string }).linkId, viewer.person.id);
    if (!link) return reply.redirect('/tasks', 303);
    const view = await web.round.view(link, request.log);
    if (linkStateOutcome(link) || roundStateOutcome(link, view)) return reply.redirect('/tasks', 303);
    const frame = frameOf(request, viewer);
    return web.page(reply, 200, decisionPage(link, view?.openKeys ?? link.items.map((i) => i.key), csrfValue(web.secret, link), undefined, (title, content) => appLayout(frame, title, content)));
  });

  app.post('/tasks/:linkId', { schema: { tags: ['pages'], summary: 'Decide on a task (form), as with the e-mailed link', params: linkParams } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const link = await ownLink((request.params as { linkId: string }).linkId, viewer.person.id);
    if (!link) return reply.redirect('/tasks', 303);
    return decideWithLink({ db: web.db, round: web.round, csrfSecret: web.secret, publicOrigin: new URL(web.publicBaseUrl).origin }, request, reply, link);
  });
};
