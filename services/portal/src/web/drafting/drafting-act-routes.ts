import { randomUUID } from 'node:crypto';
import { HttpError } from '@jalon/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccessRule } from '@jalon/auth';
import type { PageText } from '../../ui/page-language.js';
import { sendAnswer } from '../../decisions/outcome-page.js';
import { csrfValue } from '../../decisions/tokens.js';
import { formFields } from '../../ui/serve-pages.js';
import { sessionFormOk } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { draftingCopy } from './drafting-catalogue.js';
import type { DraftingData } from './drafting-data.js';
import { entityPath, type DraftingPageState } from './drafting-page.js';
import { entityParams } from './drafting-params.js';


/** What the entity's sub-pages share with its main page: loading it for an allowed person, rendering it, its rule. */
export interface DraftingActOptions {
  web: WebContext;
  load: (request: FastifyRequest, reply: FastifyReply, year: number, entity: string) => Promise<{ viewer: Viewer; d: DraftingData } | undefined>;
  render: (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, d: DraftingData, status: number, state?: DraftingPageState) => unknown;
  rule: { access: AccessRule; forbiddenAction: PageText };
}

/**
 * The drafter's acts on the cycle from the drafting page: "I have finished" answers the person's
 * drafting task (the same round and record as the e-mailed link, channel `session`); a problem
 * raised goes to the cycle, which tells both cells at once.
 */
export const draftingActRoutes: FastifyPluginAsyncZod<DraftingActOptions> = async (app, { web, load, render, rule }) => {
  app.post('/drafting/:year/:entity/done', { config: rule, schema: { tags: ['pages'], summary: '"I have finished": the entity\'s drafting task is done (form)', params: entityParams, body: formFields } }, async (request, reply) => {
    const found = await load(request, reply, request.params.year, request.params.entity);
    if (!found || !sessionFormOk(web, request, reply, found.viewer, request.body.csrf)) return reply;
    const { viewer, d } = found;
    const link = d.openTask;
    if (!link) return render(request, reply, viewer, d, 409, { refusal: draftingCopy[viewer.language].drafting.task.noTask });
    // The task's own form, filled for the person: the same checks and record as their e-mailed link.
    const csrf = csrfValue(web.secret, link);
    const answer = await web.decisions.decide(link, { csrf, 'outcome:drafting': 'approve' }, request.headers, request.log, 'session');
    if (answer.kind === 'recorded' || answer.kind === 'used') return reply.redirect(`${entityPath(d)}?finished=1`, 303);
    return sendAnswer(request, reply, link, answer, csrf);
  });

  app.post('/drafting/:year/:entity/problems', { config: rule, schema: { tags: ['pages'], summary: 'Raise a problem found while drafting; both cells are told at once (form)', params: entityParams, body: formFields } }, async (request, reply) => {
    const found = await load(request, reply, request.params.year, request.params.entity);
    if (!found || !sessionFormOk(web, request, reply, found.viewer, request.body.csrf)) return reply;
    const { viewer, d } = found;
    const t = draftingCopy[viewer.language].drafting;
    const description = (request.body.description ?? '').trim();
    if (!description || description.length > 4000) {
      return render(request, reply, viewer, d, 400, { otherErrors: { 'problem-description': description ? t.tooLong(4000) : t.required } });
    }
    // The form's id makes the Update's: a form sent twice raises the problem once.
    const problemId = z.uuid().safeParse(request.body.problemId).data ?? randomUUID();
    try {
      await web.cycles.raiseProblem(viewer.person.organisationCode, d.year, { personId: viewer.person.id, name: viewer.person.name, description, problemId });
    } catch (error) {
      if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
      return render(request, reply, viewer, d, error.statusCode, { refusal: t.problem.notSent });
    }
    return reply.redirect(`${entityPath(d)}?problem=1`, 303);
  });
};
