import type { PlansClient } from '@jalon/plans-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk, signedIn } from '../guards.js';
import type { Viewer } from '../viewer.js';
import type { WebContext } from '../web-context.js';
import { formError, type FormError, type FormValues } from './form-fields.js';
import { OrganisationChangeRefused, type OrganisationAdmin } from './organisation-admin.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import { authorityInput, entityInput, organisationChange, settingsChange } from './organisation-forms.js';
import { namesFields, offeredLanguages } from './names-form.js';
import { organisationContent, settingsFields, type AdminLanguage } from './organisation-page.js';
import { authorityFields, entityFields } from './part-forms.js';
import { pageText } from '../../ui/page-language.js';

const notices = ['settings', 'names', 'entity', 'authority', 'entity-changed', 'entity-removed', 'authority-changed', 'authority-removed'] as const;
const noticeQuery = z.object({ saved: z.enum(notices).optional() });

/** What the page says after a change went through. */
function noticeFor(language: AdminLanguage, saved: (typeof notices)[number]): string {
  const t = organisationCopy[language];
  const e = organisationEditCopy[language];
  switch (saved) {
    case 'settings': return t.settings.saved;
    case 'names': return e.names.saved;
    case 'entity-changed': return e.entity.changed;
    case 'entity-removed': return e.entity.removed;
    case 'authority-changed': return e.authority.changed;
    case 'authority-removed': return e.authority.removed;
    default: return t.people.saved;
  }
}
const what = pageText((l) => organisationCopy[l].what);

export interface AdminPageOptions { web: WebContext; admin: OrganisationAdmin }

/** The reader's language for these pages (they exist in German too). */
export const adminLanguage = (viewer: Viewer): AdminLanguage => viewer.language;

/**
 * Runs an administrator's change: on success, back to the page with a notice (POST-redirect-GET);
 * refused, the page again with the message for the refusal's code beside the field at fault (4xx,
 * nothing changed).
 */
export async function submitChange(
  reply: FastifyReply, change: () => Promise<unknown>, onRefused: (refusal: OrganisationChangeRefused) => Promise<unknown>,
  /** the page to go to, or what makes it from the change's result (a new plan's page) */
  redirectTo: string | (() => string),
) {
  try {
    await change();
  } catch (error) {
    if (error instanceof OrganisationChangeRefused) return onRefused(error);
    throw error;
  }
  return reply.redirect(typeof redirectTo === 'function' ? redirectTo() : redirectTo, 303);
}

/** The organisation administrator's page: its entities, authorities and cycle settings. */
export const organisationAdminRoutes: FastifyPluginAsyncZod<AdminPageOptions> = async (app, { web, admin }) => {
  const rule = web.rules.holding(['org_admin'], what);

  async function render(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, extra: { notice?: string; error?: FormError } = {}) {
    const org = viewer.person.organisationCode;
    const [organisation, entities, authorities] = await admin.as(viewer.person.id, (c) => Promise.all([c.getOrganisation(org), c.listEntities(org), c.listAuthorities(org)]));
    const language = adminLanguage(viewer);
    const content = organisationContent(language, { organisation, entities, authorities, csrf: viewer.csrf, ...extra });
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), organisationCopy[language].title, content) });
  }

  const refusedPage = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, form: string, values: FormValues, fields: readonly string[]) =>
    async (refused: OrganisationChangeRefused) => {
      const t = organisationCopy[adminLanguage(viewer)];
      return render(request, reply, viewer, refused.refusal.status, {
        error: formError(t, form, values, refused.refusal, fields, { progressCheckpoints: t.settings.checkpointsInvalid }),
      });
    };

  app.get('/organisation', {
    config: rule, schema: { tags: ['pages'], summary: 'The organisation administrator\'s page: entities, authorities, settings (HTML)', querystring: noticeQuery },
  }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    const { saved } = request.query;
    return render(request, reply, viewer, 200, saved ? { notice: noticeFor(adminLanguage(viewer), saved) } : {});
  });

  app.post('/organisation/names', { config: rule, schema: { tags: ['pages'], summary: 'Change the organisation\'s names, short name and languages (form)', body: formFields } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const org = viewer.person.organisationCode;
    return submitChange(reply,
      () => admin.as(viewer.person.id, async (c) => {
        const offered = offeredLanguages(await c.getOrganisation(org));
        return c.changeOrganisation(org, organisationChange(request.body, offered) as Parameters<PlansClient['changeOrganisation']>[1]);
      }),
      refusedPage(request, reply, viewer, 'names', request.body, namesFields), '/organisation?saved=names');
  });

  app.post('/organisation/settings', { config: rule, schema: { tags: ['pages'], summary: 'Change the organisation\'s settings (form)', body: formFields } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const org = viewer.person.organisationCode;
    return submitChange(reply,
      () => admin.as(viewer.person.id, (c) => c.changeOrganisationSettings(org, settingsChange(request.body) as Parameters<PlansClient['changeOrganisationSettings']>[1])),
      refusedPage(request, reply, viewer, 'settings', request.body, settingsFields), '/organisation?saved=settings');
  });

  app.post('/organisation/entities', { config: rule, schema: { tags: ['pages'], summary: 'Add an entity to the organisation (form)', body: formFields } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const org = viewer.person.organisationCode;
    return submitChange(reply,
      () => admin.as(viewer.person.id, (c) => c.createEntity(org, entityInput(request.body) as Parameters<PlansClient['createEntity']>[1])),
      refusedPage(request, reply, viewer, 'entity', request.body, entityFields), '/organisation?saved=entity');
  });

  app.post('/organisation/authorities', { config: rule, schema: { tags: ['pages'], summary: 'Add a supervising authority with its competence scope (form)', body: formFields } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, request.body.csrf)) return reply;
    const org = viewer.person.organisationCode;
    return submitChange(reply,
      () => admin.as(viewer.person.id, async (c) => {
        const entityCodes = (await c.listEntities(org)).map((e) => e.code);
        return c.createAuthority(org, authorityInput(request.body, entityCodes) as Parameters<PlansClient['createAuthority']>[1]);
      }),
      refusedPage(request, reply, viewer, 'authority', request.body, authorityFields), '/organisation?saved=authority');
  });
};
