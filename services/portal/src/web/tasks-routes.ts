import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DecisionLinkRow } from '../database.js';
import { decisionPage, isTask } from '../decisions/decision-page.js';
import { concernedScope } from '../decisions/concerned-objectives.js';
import { loadDecisionContent } from '../decisions/frozen-content.js';
import { findLinkById, openLinksOf } from '../decisions/links-repository.js';
import { sendAnswer } from '../decisions/outcome-page.js';
import { csrfValue } from '../decisions/tokens.js';
import { appLayout } from '../ui/app-layout.js';
import { formFields, sendPage } from '../ui/serve-pages.js';
import { webCopy } from '../ui/web-catalogue.js';
import { frameOf, signedIn } from './guards.js';
import { tasksContent } from './tasks-page.js';
import type { WebContext } from './web-context.js';

const linkParams = z.object({ linkId: z.uuid() });

/** "My tasks": every open step of the signed-in person, decided with the same form as the e-mail's link. */
export const taskRoutes: FastifyPluginAsyncZod<{ web: WebContext }> = async (app, { web }) => {
  app.get('/tasks', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'The steps waiting for the signed-in person (HTML)' } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const open: DecisionLinkRow[] = [];
    for (const link of await openLinksOf(web.db, viewer.person.id)) {
      if ((await web.decisions.status(link, request.log)).kind === 'open') open.push(link);
    }
    // The Minister's cell finds the plans awaiting its signature among its tasks, not only in the menu.
    const awaiting = viewer.isMinisterCell ? await web.strategic.awaitingSignature(viewer.person.organisationCode) : [];
    const page = appLayout(frameOf(request, viewer), webCopy[viewer.language].tasks.title, tasksContent(viewer.language, open, awaiting));
    return sendPage(reply, { status: 200, page });
  });

  const ownLink = async (linkId: string, personId: string) => {
    const link = await findLinkById(web.db, linkId);
    return link && link.person_id === personId ? link : undefined;
  };

  app.get('/tasks/:linkId', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'One task: the decision form of the step (HTML)', params: linkParams } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const link = await ownLink(request.params.linkId, viewer.person.id);
    if (!link) return reply.redirect('/tasks', 303);
    const status = await web.decisions.status(link, request.log);
    if (status.kind !== 'open') return reply.redirect('/tasks', 303);
    const frame = frameOf(request, viewer);
    const content = isTask(link) ? undefined : await loadDecisionContent(web.plans, link, request.log);
    // In the language of the person's pages, which the language switch changes, rather than the link's.
    const page = decisionPage({ ...link, language: viewer.language }, status.openKeys, csrfValue(web.secret, link), undefined, (title, body) => appLayout(frame, title, body), content);
    return sendPage(reply, { status: 200, page });
  });

  app.post('/tasks/:linkId', { config: web.rules.signedIn, schema: { tags: ['pages'], summary: 'Decide on a task (form), as with the e-mailed link', params: linkParams, body: formFields } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const link = await ownLink(request.params.linkId, viewer.person.id);
    if (!link) return reply.redirect('/tasks', 303);
    // The frozen text tells which objectives a comment may name, and is shown again with any errors.
    const content = isTask(link) ? undefined : await loadDecisionContent(web.plans, link, request.log);
    const answer = await web.decisions.decide(link, request.body, request.headers, request.log, 'session', concernedScope(content));
    return sendAnswer(request, reply, { ...link, language: viewer.language }, answer, csrfValue(web.secret, link), answer.kind === 'invalid' ? content : undefined);
  });
};
