import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { pick } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import { pageText } from '../../ui/page-language.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk } from '../guards.js';
import type { Viewer } from '../viewer.js';
import { errorSummary, formError, input, select, type FormError } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';
import { personInput } from './organisation-forms.js';
import { operatorOnly } from './new-organisation.js';
import { submitChange, type AdminPageOptions } from './organisation-routes.js';
import { organisationStartCopy } from './organisation-start-catalogue.js';

const what = pageText((l) => organisationStartCopy[l].firstAdmin.what);
const fields = ['name', 'email', 'language'] as const;
const params = z.object({ org: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/) });

function firstAdministratorContent(viewer: Viewer, org: { code: string; name: string }, error: FormError | undefined, notice: string | undefined): Html {
  const t = organisationStartCopy[viewer.language].firstAdmin;
  const o = organisationCopy[viewer.language];
  const sent = error?.values ?? {};
  return html`${errorSummary(o, error)}
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<h1>${t.title(org.name)}</h1><p>${t.intro}</p>
<form method="post" action="/organisations/${org.code}/first-administrator" class="admin-form" novalidate>
<input type="hidden" name="csrf" value="${viewer.csrf}">
${input({ form: 'administrator', name: 'name', label: t.name, error, value: sent.name, required: true })}
${input({ form: 'administrator', name: 'email', label: t.email, type: 'email', error, value: sent.email, required: true })}
${select({ form: 'administrator', name: 'language', label: t.language, error, value: sent.language ?? viewer.language, options: (['fr', 'nl', 'de'] as const).map((l) => [l, o.languageNames[l]]) })}
<button type="submit">${t.submit}</button>
</form>`;
}

/**
 * An operator names the first administrator of an organisation it created: from then on the
 * organisation is run by its own people (the plans service refuses a second one).
 */
export const firstAdministratorRoutes: FastifyPluginAsyncZod<AdminPageOptions & { operatorOrganisation: string | undefined }> = async (app, { web, admin, operatorOrganisation }) => {
  const rule = web.rules.holding(['org_admin'], what);
  const operator = operatorOnly(web, operatorOrganisation, what);

  /** The organisation by its name in the reader's language, or a 404 page. */
  async function organisationOf(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, code: string) {
    const organisation = await web.plans.organisation(code);
    if (organisation) return { code, name: pick(organisation.name, viewer.language) };
    const t = organisationStartCopy[viewer.language].firstAdmin;
    sendPage(reply, { status: 404, page: appLayout(frameOf(request, viewer), t.unknown, html`<h1>${t.unknown}</h1>`) });
    return undefined;
  }

  const render = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, org: { code: string; name: string }, status: number, error?: FormError, notice?: string) =>
    sendPage(reply, { status, page: appLayout(frameOf(request, viewer), organisationStartCopy[viewer.language].firstAdmin.title(org.name), firstAdministratorContent(viewer, org, error, notice)) });

  app.get('/organisations/:org/first-administrator', {
    config: rule, schema: { tags: ['pages'], summary: 'Name the first administrator of an organisation (operators, HTML)', params, querystring: z.object({ named: z.string().max(200).optional() }) },
  }, async (request, reply) => {
    const viewer = await operator(request, reply);
    if (!viewer) return reply;
    const org = await organisationOf(request, reply, viewer, request.params.org);
    if (!org) return reply;
    const { named } = request.query;
    return render(request, reply, viewer, org, 200, undefined, named ? organisationStartCopy[viewer.language].firstAdmin.named(named, org.name) : undefined);
  });

  app.post('/organisations/:org/first-administrator', {
    config: rule, schema: { tags: ['pages'], summary: 'Name the first administrator of an organisation (operators, form)', params, body: formFields },
  }, async (request, reply) => {
    const viewer = await operator(request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const org = await organisationOf(request, reply, viewer, request.params.org);
    if (!org) return reply;
    const { roles: _none, ...person } = personInput(request.body);
    return submitChange(reply,
      () => admin.as(viewer.person.id, (c) => c.nameFirstAdministrator(org.code, person as Parameters<typeof c.nameFirstAdministrator>[1])),
      async (refused) => render(request, reply, viewer, org, refused.refusal.status, formError(organisationCopy[viewer.language], 'administrator', request.body, refused.refusal, fields)),
      `/organisations/${org.code}/first-administrator?named=${encodeURIComponent(person.name)}`);
  });
};
