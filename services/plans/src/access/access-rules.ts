import type { AccessRule } from '@jalon/auth';
import { publisherRoles, type Role } from '@jalon/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { OrganisationOf } from './organisation-of.js';

/**
 * Who may call each route of the plans service, in one table (the route-table test checks that
 * every route has its rule here and uses it). People are judged by the roles they hold that day in
 * the organisation the route acts on, deputies included, whether they call with their own access
 * token or through the portal acting for them.
 *
 * - Lifecycle state (plan status, budget adoption, signature, frozen versions, carry-over, the
 *   year's plan) is written by the workflows alone: the worker's identity.
 * - Content (objectives, results, addenda, projects) by the worker, or by a person whose role
 *   covers it; a drafter only for the entities they draft for (checked on the item itself).
 * - People, roles and delegations by an organisation administrator, never on themselves; the
 *   organisation's settings (e-mailed sign-in) by its administrator alone. The installation's
 *   operator (its own tooling, holding the data folder) registers people too: the first
 *   administrator of an organisation comes from there. The organisation's entities, authorities,
 *   names and languages by its administrator.
 * - A new organisation by an administrator of the organisation that runs the installation
 *   (JALON_OPERATOR_ORGANISATION; nobody when unset) or by the installation's loader; its first
 *   administrator by the same (the plans data refuses once it has one).
 * - A new strategic plan (empty, in draft) by the organisation's President's office or administrator.
 * - Reads by the worker and the portal; people read plans as members of the organisation, the
 *   lists of people (with their e-mail addresses) and the audit log as President's office or
 *   administrator.
 * - The decision record is written by the workflows alone; a plan's decisions are read like the plan.
 */
export function plansAccessRules(organisationOf: OrganisationOf, operatorOrganisation?: string) {
  const people = (roles: readonly Role[] | 'member') => ({ roles, organisation: organisationOf });
  const workflows: AccessRule = { services: ['worker'] };
  const services: AccessRule = { services: ['worker', 'portal'] };
  const portal: AccessRule = { services: ['portal'] };
  const members: AccessRule = { services: ['worker', 'portal'], onBehalfOf: ['portal'], people: people('member') };
  const peopleReaders: AccessRule = { services: ['worker', 'portal'], onBehalfOf: ['portal'], people: people(['president_office', 'org_admin']) };
  const administrators: AccessRule = { onBehalfOf: ['portal'], people: people(['org_admin']) };
  const registrars: AccessRule = { ...administrators, services: ['operator'] };
  const creators: AccessRule = { services: ['operator'], onBehalfOf: ['portal'], people: { roles: ['org_admin'], organisation: () => operatorOrganisation } };
  // A new strategic plan is started by the President's office, or by the administrator setting the organisation up.
  const planStarters: AccessRule = { onBehalfOf: ['portal'], people: people(['president_office', 'org_admin']) };
  const strategicEditors: AccessRule = { services: ['worker'], onBehalfOf: ['portal'], people: people(['president_office']) };
  const objectiveEditors: AccessRule = { services: ['worker'], onBehalfOf: ['portal'], people: people(['president_office', 'drafter']) };
  // A project is added or withdrawn at the request of the President's office or a cell; the
  // workflow that records it acts for the person who asked.
  // The communication plan (7.3) is carried by the Corporate cell (the President's office) and the
  // communication service: either publishes.
  const publishers: AccessRule = { onBehalfOf: ['portal'], people: people(publisherRoles) };
  // The public page: the portal, on its own account, for readers who have not signed in.
  const publicPage: AccessRule = { services: ['portal'] };
  const projectRequesters: AccessRule = {
    services: ['worker'], onBehalfOf: ['portal', 'worker'], people: people(['president_office', 'minister_cell', 'state_secretary_cell']),
  };

  const table = {
    'GET /organisations': services,
    'GET /organisations/:org': members,
    'POST /organisations': creators,
    'POST /organisations/:org/first-administrator': creators,
    'PATCH /organisations/:org': administrators,
    'PATCH /organisations/:org/settings': administrators,
    'POST /organisations/:org/entities': administrators,
    'PATCH /organisations/:org/entities/:code': administrators,
    'DELETE /organisations/:org/entities/:code': administrators,
    'POST /organisations/:org/authorities': administrators,
    'PATCH /organisations/:org/authorities/:code': administrators,
    'DELETE /organisations/:org/authorities/:code': administrators,
    'GET /organisations/:org/entities': members,
    'GET /organisations/:org/authorities': members,
    'GET /organisations/:org/strategic-plans': members,
    'POST /organisations/:org/strategic-plans': planStarters,
    'GET /organisations/:org/operational-plans': members,
    'POST /organisations/:org/operational-plans': workflows,

    'GET /organisations/:org/people': peopleReaders,
    'GET /organisations/:org/role-holders': peopleReaders,
    'GET /people/by-email/:email': { services: ['worker', 'portal', 'operator'] },
    'GET /people/:personId': peopleReaders,
    'POST /organisations/:org/people': registrars,
    'POST /people/:personId/roles': administrators,
    'DELETE /people/:personId/roles/:roleId': administrators,
    'POST /people/:personId/delegations': administrators,
    'DELETE /people/:personId/delegations/:delegationId': administrators,
    'POST /identities/resolve': portal,

    'GET /strategic-plans/:planId': members,
    'GET /strategic-plans/:planId/objectives/:number': members,
    'GET /strategic-plans/:planId/figures': members,
    'GET /strategic-plans/:planId/chapters': members,
    'GET /strategic-plans/:planId/authorities/:authority/scope': members,
    'PATCH /strategic-plans/:planId/objectives/:number': strategicEditors,
    'POST /strategic-plans/:planId/objectives': strategicEditors,
    'PUT /strategic-plans/:planId/priorities': strategicEditors,
    'PUT /strategic-plans/:planId/risk-domains': strategicEditors,
    'POST /strategic-plans/:planId/addenda': strategicEditors,
    'POST /strategic-plans/:planId/status': workflows,

    'GET /operational-plans/:planId': members,
    'POST /operational-plans/:planId/objectives': objectiveEditors,
    'PATCH /operational-plans/:planId/objectives/:code': objectiveEditors,
    'PUT /operational-plans/:planId/objectives/:code/result': objectiveEditors,
    'GET /operational-plans/:planId/progress': members,
    'POST /operational-plans/:planId/progress/checkpoints': workflows,
    'PUT /operational-plans/:planId/objectives/:code/progress/:checkpoint': objectiveEditors,
    'PUT /operational-plans/:planId/objectives/:code/year-end-result': objectiveEditors,
    'POST /operational-plans/:planId/drafted-projects': objectiveEditors,
    'PATCH /operational-plans/:planId/drafted-projects/:projectId': objectiveEditors,
    'DELETE /operational-plans/:planId/drafted-projects/:projectId': objectiveEditors,
    'POST /operational-plans/:planId/projects': projectRequesters,
    'POST /operational-plans/:planId/projects/:projectId/withdraw': projectRequesters,
    'PUT /operational-plans/:planId/budget-adoption': workflows,
    'POST /operational-plans/:planId/carry-over': workflows,
    'POST /operational-plans/:planId/status': workflows,

    'POST /strategic-plans/:planId/versions': workflows,
    'GET /strategic-plans/:planId/versions': members,
    'GET /strategic-plans/:planId/versions/:number': members,
    'GET /strategic-plans/:planId/versions/:number/compare': members,
    'POST /operational-plans/:planId/versions': workflows,
    'GET /operational-plans/:planId/versions': members,
    'GET /operational-plans/:planId/versions/:number': members,
    'GET /operational-plans/:planId/versions/:number/compare': members,
    'GET /strategic-plans/:planId/versions/:number/document.pdf': members,
    'GET /operational-plans/:planId/versions/:number/document.pdf': members,
    'POST /strategic-plans/:planId/versions/:number/publication': publishers,
    'POST /operational-plans/:planId/versions/:number/publication': publishers,
    'GET /organisations/:org/publications': publicPage,
    'GET /publications/:kind/:planId/:number/:file': publicPage,

    'GET /audit': peopleReaders,

    // The decision record: written by the workflows alone as they accept each act; read by the
    // organisation's people like the plans they are on, the whole organisation's by its office.
    'POST /decisions': workflows,
    'GET /strategic-plans/:planId/decisions': members,
    'GET /operational-plans/:planId/decisions': members,
    'GET /organisations/:org/decisions': peopleReaders,
  } satisfies Record<string, AccessRule>;
  return table as Record<keyof typeof table, AccessRule>;
}

export type PlansAccessRules = ReturnType<typeof plansAccessRules>;
export type PlansRoute = keyof PlansAccessRules;

/** What a route plugin needs: the database, the rules, and the organisation a request acts on. */
export interface PlansRouteOptions {
  db: Kysely<Database>;
  rules: PlansAccessRules;
  organisationOf: OrganisationOf;
  /** called once a freeze has committed a new version: its document is rendered now, beside the request */
  onVersionFrozen?: (() => void) | undefined;
}
