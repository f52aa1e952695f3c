import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appLayout } from '../../ui/app-layout.js';
import { html, type Html } from '../../ui/html.js';
import { pageText } from '../../ui/page-language.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, presidentOffice, sessionFormOk } from '../guards.js';
import type { Viewer } from '../viewer.js';
import { errorSummary, formError, input, type FormError, type FormValues } from '../organisation/form-fields.js';
import { organisationCopy } from '../organisation/organisation-catalogue.js';
import { submitChange, type AdminPageOptions } from '../organisation/organisation-routes.js';
import { organisationStartCopy } from '../organisation/organisation-start-catalogue.js';

const what = pageText((l) => organisationStartCopy[l].newPlan.what);
const fields = ['code', 'period.from', 'period.to', 'title.fr', 'title.nl'] as const;

function newPlanContent(viewer: Viewer, error: FormError | undefined): Html {
  const t = organisationStartCopy[viewer.language].newPlan;
  const sent: FormValues = error?.values ?? {};
  const year = new Date().getUTCFullYear() + 1;
  return html`${errorSummary(organisationCopy[viewer.language], error)}
<h1>${t.title}</h1><p>${t.intro}</p>
<form method="post" action="/strategic-drafts/new" class="admin-form" novalidate>
<input type="hidden" name="csrf" value="${viewer.csrf}">
${input({ form: 'plan', name: 'code', label: t.code, hint: t.codeHint, error, value: sent.code, required: true })}
${input({ form: 'plan', name: 'period.from', label: t.from, type: 'number', error, value: sent['period.from'] ?? String(year), required: true })}
${input({ form: 'plan', name: 'period.to', label: t.to, type: 'number', error, value: sent['period.to'] ?? String(year + 4), required: true })}
${(['fr', 'nl'] as const).map((l) => input({ form: 'plan', name: `title.${l}`, label: t.titleIn[l], error, value: sent[`title.${l}`], required: true }))}
<button type="submit">${t.submit}</button>
</form>`;
}

/** A year as typed; anything else goes as it is, for the plans service to refuse at that field. */
const yearOf = (v: string | undefined) => (/^\d{1,4}$/.test((v ?? '').trim()) ? Number(v!.trim()) : (v ?? ''));

const planInput = (v: FormValues) => ({
  code: (v.code ?? '').trim(),
  period: { from: yearOf(v['period.from']), to: yearOf(v['period.to']) },
  title: { fr: (v['title.fr'] ?? '').trim(), nl: (v['title.nl'] ?? '').trim() },
});

/**
 * The President's office starts a new strategic plan: created empty, in draft, by the plans
 * service on the person's behalf (its role checked and audited there), then completed on the
 * draft's own pages.
 */
export const newStrategicPlanRoutes: FastifyPluginAsyncZod<AdminPageOptions> = async (app, { web, admin }) => {
  const rule = web.rules.holding(['president_office'], what);
  const render = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, error?: FormError) =>
    sendPage(reply, { status, page: appLayout(frameOf(request, viewer), organisationStartCopy[viewer.language].newPlan.title, newPlanContent(viewer, error)) });

  app.get('/strategic-drafts/new', { config: rule, schema: { tags: ['pages'], summary: 'The form of a new strategic plan (HTML)' } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer) return reply;
    return render(request, reply, viewer, 200);
  });

  app.post('/strategic-drafts/new', { config: rule, schema: { tags: ['pages'], summary: 'Create a new, empty strategic plan in draft (form)', body: formFields } }, async (request, reply) => {
    const viewer = await presidentOffice(web, request, reply, what);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    let created: { id: string } | undefined;
    return submitChange(reply,
      async () => {
        created = await admin.as(viewer.person.id, (c) => c.createStrategicPlan(viewer.person.organisationCode, planInput(request.body) as Parameters<typeof c.createStrategicPlan>[1]));
      },
      async (refused) => render(request, reply, viewer, refused.refusal.status, formError(organisationCopy[viewer.language], 'plan', request.body, refused.refusal, fields)),
      () => `/strategic-drafts/${created!.id}?created=1`);
  });
};
