import { uuidParam, type StrategicPlan } from '@jalon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { pick } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import { sendPage } from '../../ui/serve-pages.js';
import { frameOf } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { DraftRefusal } from './draft-editor.js';
import { ownerChoices, type FormPage } from './draft-form-pages.js';
import { dedupe, messageFor, type FieldError, type FieldOf } from './draft-forms.js';
import { draftPageContent } from './draft-page.js';
import { commentsByItem } from './review-comments.js';
import { strategicCopy } from './strategic-catalogue.js';
import { pageText } from '../../ui/page-language.js';

export const what = pageText((l) => strategicCopy[l].what);
export const planParams = z.object({ planId: uuidParam });

/** What the draft's page routes share: the page frame, the plan of the viewer's organisation, the overview, sending a change. */
export function draftPageKit(web: WebContext) {
  const editor = web.strategicDraft;
  const page = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, title: string, content: Html, status = 200) =>
    sendPage(reply, { status, page: appLayout(frameOf(request, viewer), title, content) });

  /** The plan of the viewer's organisation, or a 404 page. */
  async function planOf(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, planId: string): Promise<StrategicPlan | undefined> {
    const plan = await web.plans.strategicPlan(planId);
    if (plan && plan.organisationCode === viewer.person.organisationCode) return plan;
    const t = strategicCopy[viewer.language];
    page(request, reply, viewer, t.editTitle, html`<h1>${t.editTitle}</h1><p><a href="/plans">${t.back}</a></p>`, 404);
    return undefined;
  }

  async function entityChoices(viewer: Viewer) {
    const entities = await editor.entities(viewer.person.organisationCode);
    const t = strategicCopy[viewer.language];
    return ownerChoices(t, entities.map((e) => ({ code: e.code, name: pick(e.name, viewer.language) })));
  }

  async function overview(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, plan: StrategicPlan, status: number, extra: { notice?: string; error?: { field: string; message: string } } = {}) {
    const org = viewer.person.organisationCode;
    const [lifecycle, records, entities] = await Promise.all([
      editor.lifecycle(org, plan.id), web.plans.decisions('strategic', plan.id), editor.entities(org),
    ]);
    const sentBack = lifecycle?.stage === 'drafting' ? lifecycle.version?.number : undefined;
    const t = strategicCopy[viewer.language];
    const content = draftPageContent(viewer.language, {
      plan, lifecycle, csrf: viewer.csrf, errorTitle: t.errorTitle, ...extra,
      entityNames: Object.fromEntries(entities.map((e) => [e.code, pick(e.name, viewer.language)])),
      comments: sentBack === undefined ? new Map() : commentsByItem(records ?? [], sentBack),
    });
    return page(request, reply, viewer, t.editTitle, content, status);
  }

  /** The API's refusal as field errors in the reader's language (400), or one message for the whole form (409). */
  function refusalErrors(viewer: Viewer, error: DraftRefusal, fieldOf: FieldOf): FieldError[] {
    const t = strategicCopy[viewer.language];
    const first = fieldOf([]);
    if (error.code === 'plan.stale_revision') return [{ field: first, message: t.errors.stale }];
    if (error.code === 'strategic_plan.not_editable') return [{ field: first, message: t.errors.notEditable }];
    if (error.issues.length === 0) return [{ field: first, message: t.errors.refused }];
    return dedupe(error.issues.map((i) => {
      const path = i.path.split('.').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { field: fieldOf(path), message: messageFor(t, path, undefined, i.message) };
    }));
  }

  /** Sends the change, or shows the form again with the person's values and what was refused. */
  async function submit(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, planId: string, send: () => Promise<unknown>, again: (errors: FieldError[], status: number) => Promise<unknown>, fieldOf: FieldOf) {
    try {
      await send();
    } catch (error) {
      if (!(error instanceof DraftRefusal)) throw error;
      request.log.info({ planId, code: error.code, by: viewer.person.id }, 'draft strategic plan change refused');
      // Someone saved in between: the form comes back with the person's values and the current
      // revision, so saving again is a choice made after the warning, never a silent overwrite.
      if (error.currentRevision !== undefined) (request.body as Record<string, string>).revision = String(error.currentRevision);
      return again(refusalErrors(viewer, error, fieldOf), error.status);
    }
    return reply.redirect(`/strategic-drafts/${planId}?saved=1`, 303);
  }

  const formPage = (viewer: Viewer, planId: string, fields: Record<string, string>, errors: FieldError[], entities: FormPage['entities']): FormPage =>
    ({ t: strategicCopy[viewer.language], errorTitle: strategicCopy[viewer.language].errorTitle, planId, csrf: viewer.csrf, fields, errors, entities });

  return { editor, page, planOf, entityChoices, overview, submit, formPage };
}
export type DraftPageKit = ReturnType<typeof draftPageKit>;

/** The index of a list form's blank row: one past the highest row it sent. */
export function rowCount(fields: Record<string, string>, kind: string): number {
  const rows = Object.keys(fields).map((k) => Number(new RegExp(`^${kind}:(\\d+):`).exec(k)?.[1] ?? -1));
  return Math.max(0, ...rows);
}
