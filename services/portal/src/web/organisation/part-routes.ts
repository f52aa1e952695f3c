import type { PlansClient } from '@jalon/plans-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { type Html } from '../../ui/html.js';
import { pageText } from '../../ui/page-language.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk, signedIn } from '../guards.js';
import { notFoundPage } from '../not-found-page.js';
import type { Viewer } from '../viewer.js';
import { formError, refusalMessage, type FormError, type FormValues } from './form-fields.js';
import type { OrganisationChangeRefused } from './organisation-admin.js';
import { organisationCopy } from './organisation-catalogue.js';
import { organisationEditCopy } from './organisation-edit-catalogue.js';
import { authorityChange, entityChange } from './organisation-forms.js';
import { adminLanguage, submitChange, type AdminPageOptions } from './organisation-routes.js';
import { authorityChangeFields, entityChangeFields, nameIn, type Authority, type Entity } from './part-forms.js';
import { authorityPage, authorityRemovalPage, entityPage, entityRemovalPage, type PartPageData } from './part-pages.js';
import { removalError } from './removal-confirmation.js';

const what = pageText((l) => organisationCopy[l].what);
// Any text: an unknown code is a page not found, not a refused request.
const partParams = z.object({ code: z.string().min(1).max(63) });

type Kind = 'entity' | 'authority';

/**
 * Changing and removing an organisation's entities and supervising authorities: each has its own
 * page (its form filled with what is stored) and a confirmation page before its removal, which
 * says what still names it; the plans service checks again, refuses with a stable code, and audits.
 */
export const organisationPartRoutes: FastifyPluginAsyncZod<AdminPageOptions> = async (app, { web, admin }) => {
  const rule = web.rules.holding(['org_admin'], what);

  async function load(viewer: Viewer): Promise<Omit<PartPageData, 'error'>> {
    const org = viewer.person.organisationCode;
    const [entities, authorities, people] = await admin.as(viewer.person.id, (c) => Promise.all([c.listEntities(org), c.listAuthorities(org), c.listPeople(org)]));
    return { entities, authorities, people: people.items, csrf: viewer.csrf };
  }

  /** The part's page (or its removal's confirmation), or a page not found when the organisation has no such part. */
  async function render(
    request: FastifyRequest, reply: FastifyReply, viewer: Viewer, kind: Kind, code: string, status: number,
    page: (language: 'fr' | 'nl' | 'de', d: PartPageData, part: Entity | Authority) => Html, error?: FormError,
  ) {
    const data = await load(viewer);
    const list: Array<Entity | Authority> = kind === 'entity' ? data.entities : data.authorities;
    const part = list.find((p) => p.code === code);
    if (!part) return notFoundPage(request, reply);
    const language = adminLanguage(viewer);
    const title = nameIn('name' in part ? part.name : part.title, language);
    const e = organisationEditCopy[language][kind];
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), e.title(title), page(language, { ...data, error }, part)) });
  }

  async function administrator(request: FastifyRequest, reply: FastifyReply, body: FormValues) {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, body.csrf)) return undefined;
    return viewer;
  }

  interface PartRoutes {
    kind: Kind; path: string; fields: readonly string[];
    page: (language: 'fr' | 'nl' | 'de', d: PartPageData, part: never) => Html;
    removal: (language: 'fr' | 'nl' | 'de', d: PartPageData, part: never) => Html;
    change: (c: PlansClient, org: string, code: string, body: FormValues) => Promise<unknown>;
    remove: (c: PlansClient, org: string, code: string) => Promise<unknown>;
  }
  const parts: PartRoutes[] = [
    {
      kind: 'entity', path: 'entities', page: entityPage, removal: entityRemovalPage, fields: entityChangeFields,
      change: (c: PlansClient, org: string, code: string, body: FormValues) => c.changeEntity(org, code, entityChange(body) as Parameters<PlansClient['changeEntity']>[2]),
      remove: (c: PlansClient, org: string, code: string) => c.removeEntity(org, code),
    },
    {
      kind: 'authority', path: 'authorities', page: authorityPage, removal: authorityRemovalPage, fields: authorityChangeFields,
      change: async (c: PlansClient, org: string, code: string, body: FormValues) => {
        const entityCodes = (await c.listEntities(org)).map((x) => x.code);
        return c.changeAuthority(org, code, authorityChange(body, entityCodes) as Parameters<PlansClient['changeAuthority']>[2]);
      },
      remove: (c: PlansClient, org: string, code: string) => c.removeAuthority(org, code),
    },
  ];

  for (const part of parts) {
    const { kind, path } = part;
    // Each part's pages take that part: the list above pairs them, so the cast is safe.
    const page = part.page as (language: 'fr' | 'nl' | 'de', d: PartPageData, p: Entity | Authority) => Html;
    const removal = part.removal as typeof page;

    app.get(`/organisation/${path}/:code`, { config: rule, schema: { tags: ['pages'], summary: `One ${kind} of the organisation, to change it (HTML)`, params: partParams } }, async (request, reply) => {
      const viewer = await signedIn(web, request, reply);
      if (!viewer) return reply;
      return render(request, reply, viewer, kind, request.params.code, 200, page);
    });

    app.post(`/organisation/${path}/:code`, { config: rule, schema: { tags: ['pages'], summary: `Change one ${kind} (form)`, params: partParams, body: formFields } }, async (request, reply) => {
      const viewer = await administrator(request, reply, request.body);
      if (!viewer) return reply;
      const { code } = request.params;
      return submitChange(reply, () => admin.as(viewer.person.id, (c) => part.change(c, viewer.person.organisationCode, code, request.body)),
        (refused: OrganisationChangeRefused) => render(request, reply, viewer, kind, code, refused.refusal.status, page,
          formError(organisationCopy[adminLanguage(viewer)], kind, request.body, refused.refusal, part.fields)),
        `/organisation?saved=${kind}-changed`);
    });

    app.get(`/organisation/${path}/:code/remove`, {
      config: rule, schema: { tags: ['pages'], summary: `Confirm the removal of one ${kind}: what still names it (HTML)`, params: partParams },
    }, async (request, reply) => {
      const viewer = await signedIn(web, request, reply);
      if (!viewer) return reply;
      return render(request, reply, viewer, kind, request.params.code, 200, removal);
    });

    app.post(`/organisation/${path}/:code/remove`, {
      config: rule, schema: { tags: ['pages'], summary: `Remove one ${kind}, once confirmed (form)`, params: partParams, body: formFields },
    }, async (request, reply) => {
      const viewer = await administrator(request, reply, request.body);
      if (!viewer) return reply;
      const { code } = request.params;
      return submitChange(reply, () => admin.as(viewer.person.id, (c) => part.remove(c, viewer.person.organisationCode, code)),
        (refused: OrganisationChangeRefused) => render(request, reply, viewer, kind, code, refused.refusal.status, removal,
          removalError(refusalMessage(organisationCopy[adminLanguage(viewer)], refused.refusal))),
        `/organisation?saved=${kind}-removed`);
    });
  }
};
