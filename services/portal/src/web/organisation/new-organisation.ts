import type { PlansClient } from '@jalon/plans-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { html, type Html } from '../../ui/html.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk, signedIn } from '../guards.js';
import { forbiddenWebPage } from '../sign-in-pages.js';
import type { Viewer } from '../viewer.js';
import { choices, errorSummary, formError, input, type FormError, type FormValues } from './form-fields.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationInput } from './organisation-forms.js';
import type { AdminLanguage } from './organisation-page.js';
import { adminLanguage, submitChange, type AdminPageOptions } from './organisation-routes.js';
import { pageText, type PageText } from '../../ui/page-language.js';
import type { WebContext } from '../web-context.js';
import { organisationStartCopy } from './organisation-start-catalogue.js';

const what = pageText((l) => organisationCopy[l].whatCreate);
const fields = ['code', 'name.fr', 'name.nl', 'name.de', 'shortName', 'languages'] as const;

function newOrganisationContent(language: AdminLanguage, csrf: string, error: FormError | undefined, notice: Html | undefined): Html {
  const t = organisationCopy[language];
  const sent: FormValues = error?.values ?? {};
  return html`${errorSummary(t, error)}
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<h1>${t.create.title}</h1><p>${t.create.intro}</p>
<form method="post" action="/organisations/new" class="admin-form" novalidate>
<input type="hidden" name="csrf" value="${csrf}">
${input({ form: 'organisation', name: 'code', label: t.create.code, hint: t.create.codeHint, error, value: sent.code, required: true })}
${(['fr', 'nl', 'de'] as const).map((l) => input({
    form: 'organisation', name: `name.${l}`, label: `${t.names} ${t.nameIn[l]}${l === 'de' ? ` ${t.optional}` : ''}`, error, value: sent[`name.${l}`], required: l !== 'de',
  }))}
${input({ form: 'organisation', name: 'shortName', label: t.create.shortName, error, value: sent.shortName, required: true })}
${choices({
    form: 'organisation', name: 'languages', label: t.languagesLabel, error, kind: 'checkbox',
    options: (['fr', 'nl', 'de'] as const).map((l) => [l, t.languageNames[l]]), checked: (l) => (error ? sent[`languages.${l}`] === 'on' : l !== 'de'),
  })}
${choices({
    // People outside the identity provider (a minister's cell) need it; its administrator may change it later.
    form: 'organisation', name: 'emailSignIn', label: organisationStartCopy[language].signIn, error, kind: 'checkbox',
    options: [['allowed', t.settings.emailSignIn]], checked: () => sent['emailSignIn.allowed'] === 'on',
  })}
<button type="submit">${t.create.submit}</button>
</form>`;
}

/** The signed-in administrator of the operator organisation; anyone else gets a 403 page. */
export function operatorOnly(web: WebContext, operatorOrganisation: string | undefined, what: PageText) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<Viewer | undefined> => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return undefined;
    if (!operatorOrganisation || viewer.person.organisationCode !== operatorOrganisation) {
      sendPage(reply, { status: 403, page: forbiddenWebPage(frameOf(request, viewer), what[viewer.language]) });
      return undefined;
    }
    return viewer;
  };
}

/**
 * Operators (administrators of the organisation that runs the installation) create the other
 * organisations here; the plans service checks it again. Its administrator is then registered and
 * builds the rest from the organisation's own page.
 */
export const newOrganisationRoutes: FastifyPluginAsyncZod<AdminPageOptions & { operatorOrganisation: string | undefined }> = async (app, { web, admin, operatorOrganisation }) => {
  const rule = web.rules.holding(['org_admin'], what);

  const operator = operatorOnly(web, operatorOrganisation, what);

  const render = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, error?: FormError, notice?: Html) => {
    const language = adminLanguage(viewer);
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), organisationCopy[language].create.title, newOrganisationContent(language, viewer.csrf, error, notice)) });
  };

  app.get('/organisations/new', { config: rule, schema: { tags: ['pages'], summary: 'Create an organisation (operators, HTML)', querystring: z.object({ created: z.string().max(100).optional(), code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/).optional() }) } }, async (request, reply) => {
    const viewer = await operator(request, reply);
    if (!viewer) return reply;
    const { created, code } = request.query;
    const next = organisationStartCopy[viewer.language].firstAdmin;
    // Once created, the organisation needs its administrator: the notice leads there.
    const notice = created
      ? html`${organisationCopy[adminLanguage(viewer)].create.created(created)}${code ? html` <a href="/organisations/${code}/first-administrator">${next.link(created)}</a>` : ''}`
      : undefined;
    return render(request, reply, viewer, 200, undefined, notice);
  });

  app.post('/organisations/new', { config: rule, schema: { tags: ['pages'], summary: 'Create an organisation (operators, form)', body: formFields } }, async (request, reply) => {
    const viewer = await operator(request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const body = organisationInput(request.body);
    return submitChange(reply,
      () => admin.as(viewer.person.id, (c) => c.createOrganisation(body as Parameters<PlansClient['createOrganisation']>[0])),
      async (refused) => render(request, reply, viewer, refused.refusal.status,
        formError(organisationCopy[adminLanguage(viewer)], 'organisation', request.body, refused.refusal, fields)),
      `/organisations/new?created=${encodeURIComponent(body.shortName)}&code=${encodeURIComponent(body.code)}`);
  });
};
