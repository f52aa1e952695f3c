import { uuidParam } from '@jalon/contracts';
import type { PlansClient } from '@jalon/plans-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appLayout } from '../../ui/app-layout.js';
import { formFields, sendPage } from '../../ui/serve-pages.js';
import { frameOf, sessionFormOk, signedIn } from '../guards.js';
import type { Viewer } from '../viewer.js';
import { formError, refusalMessage, type FormError, type FormValues } from './form-fields.js';
import type { OrganisationChangeRefused } from './organisation-admin.js';
import { organisationCopy } from './organisation-catalogue.js';
import { delegationInput, personInput, roleInput } from './organisation-forms.js';
import { adminLanguage, submitChange, type AdminPageOptions } from './organisation-routes.js';
import { delegationFields, peopleContent, personFields, roleFields, roleRemovalContent } from './people-page.js';
import { removalError } from './removal-confirmation.js';
import { notFoundPage } from '../not-found-page.js';
import { pageText } from '../../ui/page-language.js';

const what = pageText((l) => organisationCopy[l].what);
const personParams = z.object({ personId: uuidParam });
const roleParams = personParams.extend({ roleId: uuidParam });
const savedQuery = z.object({ saved: z.literal('1').optional() });

/** People, their roles and delegations, managed by the organisation's administrator (never on themselves: the plans service refuses it). */
export const peopleAdminRoutes: FastifyPluginAsyncZod<AdminPageOptions> = async (app, { web, admin }) => {
  const rule = web.rules.holding(['org_admin'], what);

  async function render(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, status: number, extra: { notice?: string; error?: FormError } = {}) {
    const org = viewer.person.organisationCode;
    const [people, entities, authorities] = await admin.as(viewer.person.id, (c) => Promise.all([c.listPeople(org), c.listEntities(org), c.listAuthorities(org)]));
    const language = adminLanguage(viewer);
    const content = peopleContent(language, { people: people.items, entities, authorities, csrf: viewer.csrf, ...extra });
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), organisationCopy[language].people.title, content) });
  }

  /** A signed-in administrator whose form carries the session's anti-forgery value. */
  async function administrator(request: FastifyRequest, reply: FastifyReply, body: FormValues) {
    const viewer = await signedIn(web, request, reply);
    if (!viewer || !sessionFormOk(web, request, reply, viewer, body.csrf)) return undefined;
    return viewer;
  }

  const change = (request: FastifyRequest, reply: FastifyReply, viewer: Viewer, body: FormValues, form: string, fields: readonly string[], call: (c: PlansClient) => Promise<unknown>) =>
    submitChange(reply, () => admin.as(viewer.person.id, call), async (refused: OrganisationChangeRefused) => render(request, reply, viewer, refused.refusal.status, {
      error: formError(organisationCopy[adminLanguage(viewer)], form, body, refused.refusal, fields),
    }), '/organisation/people?saved=1');

  app.get('/organisation/people', { config: rule, schema: { tags: ['pages'], summary: 'People, roles and delegations of the organisation (HTML)', querystring: savedQuery } }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    return render(request, reply, viewer, 200, request.query.saved ? { notice: organisationCopy[adminLanguage(viewer)].people.saved } : {});
  });

  app.post('/organisation/people', { config: rule, schema: { tags: ['pages'], summary: 'Add a person (form)', body: formFields } }, async (request, reply) => {
    const viewer = await administrator(request, reply, request.body);
    if (!viewer) return reply;
    return change(request, reply, viewer, request.body, 'person', personFields,
      (c) => c.createPerson(viewer.person.organisationCode, personInput(request.body) as Parameters<PlansClient['createPerson']>[1]));
  });

  app.post('/organisation/people/:personId/roles', { config: rule, schema: { tags: ['pages'], summary: 'Give a person a role (form)', params: personParams, body: formFields } }, async (request, reply) => {
    const viewer = await administrator(request, reply, request.body);
    if (!viewer) return reply;
    return change(request, reply, viewer, request.body, `role-${request.params.personId}`, roleFields,
      (c) => c.addRole(request.params.personId, roleInput(request.body) as Parameters<PlansClient['addRole']>[1]));
  });

  /** The confirmation before a role is taken away, or a page not found for a role the organisation's people do not hold. */
  async function roleRemoval(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, personId: string, roleId: string, status: number, error?: FormError) {
    const org = viewer.person.organisationCode;
    const [people, entities, authorities] = await admin.as(viewer.person.id, (c) => Promise.all([c.listPeople(org), c.listEntities(org), c.listAuthorities(org)]));
    const person = people.items.find((p) => p.id === personId);
    const role = person?.roles.find((r) => r.id === roleId);
    if (!person || !role) return notFoundPage(request, reply);
    const language = adminLanguage(viewer);
    const content = roleRemovalContent(language, { people: people.items, entities, authorities, csrf: viewer.csrf, error }, person, role);
    return sendPage(reply, { status, page: appLayout(frameOf(request, viewer), organisationCopy[language].people.title, content) });
  }

  app.get('/organisation/people/:personId/roles/:roleId/remove', {
    config: rule, schema: { tags: ['pages'], summary: 'Confirm taking a role away: the delegations that end with it (HTML)', params: roleParams },
  }, async (request, reply) => {
    const viewer = await signedIn(web, request, reply);
    if (!viewer) return reply;
    return roleRemoval(request, reply, viewer, request.params.personId, request.params.roleId, 200);
  });

  app.post('/organisation/people/:personId/roles/:roleId/remove', {
    config: rule, schema: { tags: ['pages'], summary: 'Take a role away from a person, once confirmed (form)', params: roleParams, body: formFields },
  }, async (request, reply) => {
    const viewer = await administrator(request, reply, request.body);
    if (!viewer) return reply;
    const { personId, roleId } = request.params;
    return submitChange(reply, () => admin.as(viewer.person.id, (c) => c.removeRole(personId, roleId)),
      (refused: OrganisationChangeRefused) => roleRemoval(request, reply, viewer, personId, roleId, refused.refusal.status,
        removalError(refusalMessage(organisationCopy[adminLanguage(viewer)], refused.refusal))),
      '/organisation/people?saved=1');
  });

  app.post('/organisation/people/:personId/delegations', {
    config: rule, schema: { tags: ['pages'], summary: 'Delegate one of a person\'s roles to a deputy, with dates (form)', params: personParams, body: formFields },
  }, async (request, reply) => {
    const viewer = await administrator(request, reply, request.body);
    if (!viewer) return reply;
    const { personId } = request.params;
    return change(request, reply, viewer, request.body, `delegation-${personId}`, delegationFields, async (c) => {
      const person = await c.getPerson(personId);
      return c.addDelegation(personId, delegationInput(request.body, person.roles) as Parameters<PlansClient['addDelegation']>[1]);
    });
  });

  app.post('/organisation/people/:personId/delegations/:delegationId/remove', {
    config: rule, schema: { tags: ['pages'], summary: 'End a delegation (form)', params: personParams.extend({ delegationId: uuidParam }), body: formFields },
  }, async (request, reply) => {
    const viewer = await administrator(request, reply, request.body);
    if (!viewer) return reply;
    // A refusal (ending one's own delegation, one already gone) is said in that person's section, beside their delegation form.
    const { personId, delegationId } = request.params;
    return change(request, reply, viewer, request.body, `delegation-${personId}`, delegationFields, (c) => c.removeDelegation(personId, delegationId));
  });
};
