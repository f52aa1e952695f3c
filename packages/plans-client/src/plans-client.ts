import createClient, { type Client } from 'openapi-fetch';
import type { PlansPaths } from './api-types.js';
import type { PlanKind, PlansBody, PlansQuery } from './api-types.js';
import { PlansRefusal, PlansUnavailable } from './errors.js';

export interface PlansClientOptions {
  /** how long one request may take before it counts as unanswered (default 15 s) */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /**
   * The caller's credential for each request (a service token, made fresh since it lives minutes),
   * naming the person the caller acts for when it does.
   */
  authorization?: (actingFor: string | undefined) => Promise<string>;
  /** the person this client acts for (see onBehalfOf) */
  actingFor?: string;
}

type Outcome = { data?: unknown; error?: unknown; response: Response };

/**
 * The plans service's API, typed from its OpenAPI document, with one error policy: a 4xx answer is
 * final (PlansRefusal, with the service's message), a 5xx, a network error or a time-out may pass
 * (PlansUnavailable). A stale revision is a PlansRefusal that withFreshRevision reads again for.
 */
export class PlansClient {
  private readonly api: Client<PlansPaths>;

  constructor(readonly baseUrl: string, private readonly options: PlansClientOptions = {}) {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const send = options.fetch ?? globalThis.fetch;
    const { authorization, actingFor } = options;
    this.api = createClient<PlansPaths>({
      baseUrl,
      fetch: async (request) => {
        if (authorization) request.headers.set('authorization', `Bearer ${await authorization(actingFor)}`);
        return send(request, { signal: AbortSignal.timeout(timeoutMs) });
      },
    });
  }

  /** The same client, its calls made on behalf of this person (recorded as such in the audit log). */
  onBehalfOf(personId: string): PlansClient {
    return new PlansClient(this.baseUrl, { ...this.options, actingFor: personId });
  }

  getOrganisation(org: string) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}', { params: { path: { org } } }));
  }

  listEntities(org: string) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/entities', { params: { path: { org } } }));
  }

  listAuthorities(org: string) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/authorities', { params: { path: { org } } }));
  }

  /** An organisation, created by an operator (an org_admin of the organisation running the installation). */
  createOrganisation(input: PlansBody<'/organisations', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations', { body: input }));
  }

  /** The first org_admin of an organisation an operator created (409 organisation.has_administrator once it has one). */
  nameFirstAdministrator(org: string, input: PlansBody<'/organisations/{org}/first-administrator', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations/{org}/first-administrator', { params: { path: { org } }, body: input }));
  }

  /** A new, empty strategic plan in draft (409 strategic_plan.period_taken, strategic_plan.code_taken). */
  createStrategicPlan(org: string, input: PlansBody<'/organisations/{org}/strategic-plans', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations/{org}/strategic-plans', { params: { path: { org } }, body: input }));
  }

  changeOrganisationSettings(org: string, change: PlansBody<'/organisations/{org}/settings', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/organisations/{org}/settings', { params: { path: { org } }, body: change }));
  }

  createEntity(org: string, input: PlansBody<'/organisations/{org}/entities', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations/{org}/entities', { params: { path: { org } }, body: input }));
  }

  createAuthority(org: string, input: PlansBody<'/organisations/{org}/authorities', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations/{org}/authorities', { params: { path: { org } }, body: input }));
  }

  /** The organisation's names, short name or languages (its administrator). */
  changeOrganisation(org: string, change: PlansBody<'/organisations/{org}', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/organisations/{org}', { params: { path: { org } }, body: change }));
  }

  changeEntity(org: string, code: string, change: PlansBody<'/organisations/{org}/entities/{code}', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/organisations/{org}/entities/{code}', { params: { path: { org, code } }, body: change }));
  }

  removeEntity(org: string, code: string) {
    return this.settle('DELETE', () => this.api.DELETE('/organisations/{org}/entities/{code}', { params: { path: { org, code } } }));
  }

  changeAuthority(org: string, code: string, change: PlansBody<'/organisations/{org}/authorities/{code}', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/organisations/{org}/authorities/{code}', { params: { path: { org, code } }, body: change }));
  }

  removeAuthority(org: string, code: string) {
    return this.settle('DELETE', () => this.api.DELETE('/organisations/{org}/authorities/{code}', { params: { path: { org, code } } }));
  }

  /** People of an organisation by name (one page of up to 200). */
  listPeople(org: string) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/people', { params: { path: { org }, query: { limit: 200 } } }));
  }

  createPerson(org: string, input: PlansBody<'/organisations/{org}/people', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations/{org}/people', { params: { path: { org } }, body: input }));
  }

  addRole(personId: string, input: PlansBody<'/people/{personId}/roles', 'post'>) {
    return this.settle('POST', () => this.api.POST('/people/{personId}/roles', { params: { path: { personId } }, body: input }));
  }

  removeRole(personId: string, roleId: string) {
    return this.settle('DELETE', () => this.api.DELETE('/people/{personId}/roles/{roleId}', { params: { path: { personId, roleId } } }));
  }

  addDelegation(personId: string, input: PlansBody<'/people/{personId}/delegations', 'post'>) {
    return this.settle('POST', () => this.api.POST('/people/{personId}/delegations', { params: { path: { personId } }, body: input }));
  }

  removeDelegation(personId: string, delegationId: string) {
    return this.settle('DELETE', () => this.api.DELETE('/people/{personId}/delegations/{delegationId}', { params: { path: { personId, delegationId } } }));
  }

  /** Who holds a role on a day, deputies included. */
  roleHolders(org: string, query: PlansQuery<'/organisations/{org}/role-holders', 'get'>) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/role-holders', { params: { path: { org }, query } }));
  }

  getPerson(personId: string) {
    return this.settle('GET', () => this.api.GET('/people/{personId}', { params: { path: { personId } } }));
  }

  getPersonByEmail(email: string) {
    return this.settle('GET', () => this.api.GET('/people/by-email/{email}', { params: { path: { email } } }));
  }

  listStrategicPlans(org: string, page: PlansQuery<'/organisations/{org}/strategic-plans', 'get'> = {}) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/strategic-plans', { params: { path: { org }, query: page } }));
  }

  getStrategicPlan(planId: string) {
    return this.settle('GET', () => this.api.GET('/strategic-plans/{planId}', { params: { path: { planId } } }));
  }

  /** Changes one objective of a draft plan (the President's office), naming the objective's revision. */
  patchObjective(planId: string, number: number, patch: PlansBody<'/strategic-plans/{planId}/objectives/{number}', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/strategic-plans/{planId}/objectives/{number}', { params: { path: { planId, number } }, body: patch }));
  }

  /** Adds an objective after the last one of a draft plan, naming the plan's revision. */
  addObjective(planId: string, input: PlansBody<'/strategic-plans/{planId}/objectives', 'post'>) {
    return this.settle('POST', () => this.api.POST('/strategic-plans/{planId}/objectives', { params: { path: { planId } }, body: input }));
  }

  replacePriorities(planId: string, input: PlansBody<'/strategic-plans/{planId}/priorities', 'put'>) {
    return this.settle('PUT', () => this.api.PUT('/strategic-plans/{planId}/priorities', { params: { path: { planId } }, body: input }));
  }

  replaceRiskDomains(planId: string, input: PlansBody<'/strategic-plans/{planId}/risk-domains', 'put'>) {
    return this.settle('PUT', () => this.api.PUT('/strategic-plans/{planId}/risk-domains', { params: { path: { planId } }, body: input }));
  }

  /** the plan's staff (7.1) and budget (7.2) tables */
  getPlanFigures(planId: string) {
    return this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/figures', { params: { path: { planId } } }));
  }

  /** the plan's chapters of running text (mission, environment, vision, values) */
  getPlanChapters(planId: string) {
    return this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/chapters', { params: { path: { planId } } }));
  }

  /**
   * The person signed in at the identity provider as this identity (the portal's sign-in): linked
   * by subject, or the first time by a verified e-mail; a refusal (404) when Jalon does not know them.
   */
  resolveIdentity(identity: PlansBody<'/identities/resolve', 'post'>) {
    return this.settle('POST', () => this.api.POST('/identities/resolve', { body: identity }));
  }

  setStrategicPlanStatus(planId: string, change: PlansBody<'/strategic-plans/{planId}/status', 'post'>) {
    return this.settle('POST', () => this.api.POST('/strategic-plans/{planId}/status', { params: { path: { planId } }, body: change }));
  }

  listOperationalPlans(org: string, page: PlansQuery<'/organisations/{org}/operational-plans', 'get'> = {}) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/operational-plans', { params: { path: { org }, query: page } }));
  }

  /** The year's plan, created in drafting, or the existing one (the same year again). */
  createOperationalPlan(org: string, input: PlansBody<'/organisations/{org}/operational-plans', 'post'>) {
    return this.settle('POST', () => this.api.POST('/organisations/{org}/operational-plans', { params: { path: { org } }, body: input }));
  }

  getOperationalPlan(planId: string) {
    return this.settle('GET', () => this.api.GET('/operational-plans/{planId}', { params: { path: { planId } } }));
  }

  carryOver(planId: string, input: PlansBody<'/operational-plans/{planId}/carry-over', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/carry-over', { params: { path: { planId } }, body: input }));
  }

  setOperationalPlanStatus(planId: string, change: PlansBody<'/operational-plans/{planId}/status', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/status', { params: { path: { planId } }, body: change }));
  }

  /** Progress during the year: checkpoints, updates, what is missing, year-end results. */
  progressOverview(planId: string) {
    return this.settle('GET', () => this.api.GET('/operational-plans/{planId}/progress', { params: { path: { planId } } }));
  }

  /** The cycle asks for a checkpoint, or marks it overdue (the worker alone). */
  openProgressCheckpoint(planId: string, input: PlansBody<'/operational-plans/{planId}/progress/checkpoints', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/progress/checkpoints', { params: { path: { planId } }, body: input }));
  }

  recordProgress(planId: string, code: string, input: PlansBody<'/operational-plans/{planId}/objectives/{code}/progress/{checkpoint}', 'put'>) {
    return this.settle('PUT', () => this.api.PUT('/operational-plans/{planId}/objectives/{code}/progress/{checkpoint}', { params: { path: { planId, code, checkpoint: input.checkpoint } }, body: input }));
  }

  recordYearEndResult(planId: string, code: string, input: PlansBody<'/operational-plans/{planId}/objectives/{code}/year-end-result', 'put'>) {
    return this.settle('PUT', () => this.api.PUT('/operational-plans/{planId}/objectives/{code}/year-end-result', { params: { path: { planId, code } }, body: input }));
  }

  recordBudgetAdoption(planId: string, input: PlansBody<'/operational-plans/{planId}/budget-adoption', 'put'>) {
    return this.settle('PUT', () => this.api.PUT('/operational-plans/{planId}/budget-adoption', { params: { path: { planId } }, body: input }));
  }

  addProject(planId: string, input: PlansBody<'/operational-plans/{planId}/projects', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/projects', { params: { path: { planId } }, body: input }));
  }

  withdrawProject(planId: string, projectId: string, input: PlansBody<'/operational-plans/{planId}/projects/{projectId}/withdraw', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/projects/{projectId}/withdraw', {
      params: { path: { planId, projectId } }, body: input,
    }));
  }

  /** Adds a project with its deadline to a plan in drafting; names the plan's revision. */
  addDraftedProject(planId: string, input: PlansBody<'/operational-plans/{planId}/drafted-projects', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/drafted-projects', { params: { path: { planId } }, body: input }));
  }

  /** Changes a drafted project's title, objective or deadline; names the project's revision. */
  patchDraftedProject(planId: string, projectId: string, patch: PlansBody<'/operational-plans/{planId}/drafted-projects/{projectId}', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/operational-plans/{planId}/drafted-projects/{projectId}', { params: { path: { planId, projectId } }, body: patch }));
  }

  /** Removes a drafted project while the plan is in drafting; names the project's revision. */
  removeDraftedProject(planId: string, projectId: string, expectedRevision: number) {
    return this.settle('DELETE', () => this.api.DELETE('/operational-plans/{planId}/drafted-projects/{projectId}', {
      params: { path: { planId, projectId }, query: { expectedRevision } },
    }));
  }

  /** Adds a SMART objective to a plan in drafting; names the plan's revision and gives the plan back. */
  addOperationalObjective(planId: string, input: PlansBody<'/operational-plans/{planId}/objectives', 'post'>) {
    return this.settle('POST', () => this.api.POST('/operational-plans/{planId}/objectives', { params: { path: { planId } }, body: input }));
  }

  /** Changes an objective of a plan in drafting; names the objective's revision. */
  patchOperationalObjective(planId: string, code: string, patch: PlansBody<'/operational-plans/{planId}/objectives/{code}', 'patch'>) {
    return this.settle('PATCH', () => this.api.PATCH('/operational-plans/{planId}/objectives/{code}', { params: { path: { planId, code } }, body: patch }));
  }

  /** Records (or clears) what an objective achieved, once the plan is in force. */
  recordObjectiveResult(planId: string, code: string, input: PlansBody<'/operational-plans/{planId}/objectives/{code}/result', 'put'>) {
    return this.settle('PUT', () => this.api.PUT('/operational-plans/{planId}/objectives/{code}/result', { params: { path: { planId, code } }, body: input }));
  }

  /** Freezes the plan's content as a version; unchanged content gives the latest version back. */
  freezeVersion(kind: PlanKind, planId: string) {
    const params = { path: { planId } };
    return kind === 'strategic'
      ? this.settle('POST', () => this.api.POST('/strategic-plans/{planId}/versions', { params }))
      : this.settle('POST', () => this.api.POST('/operational-plans/{planId}/versions', { params }));
  }

  listVersions(kind: PlanKind, planId: string) {
    const params = { path: { planId } };
    return kind === 'strategic'
      ? this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/versions', { params }))
      : this.settle('GET', () => this.api.GET('/operational-plans/{planId}/versions', { params }));
  }

  /** One frozen version with its snapshot: what was approved, as it was then. */
  getVersion(kind: PlanKind, planId: string, number: number) {
    const params = { path: { planId, number } };
    return kind === 'strategic'
      ? this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/versions/{number}', { params }))
      : this.settle('GET', () => this.api.GET('/operational-plans/{planId}/versions/{number}', { params }));
  }

  /** A frozen version's PDF (rendered once and kept: its SHA-256 is the version's pdfSha256). */
  versionDocument(kind: PlanKind, planId: string, number: number): Promise<ArrayBuffer> {
    const params = { path: { planId, number } };
    return kind === 'strategic'
      ? this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/versions/{number}/document.pdf', { params, parseAs: 'arrayBuffer' }))
      : this.settle('GET', () => this.api.GET('/operational-plans/{planId}/versions/{number}/document.pdf', { params, parseAs: 'arrayBuffer' }));
  }

  /** Publishes the signed / transmitted version (the communication plan's step), for the person this client acts for. */
  publishVersion(kind: PlanKind, planId: string, number: number) {
    const params = { path: { planId, number } };
    return kind === 'strategic'
      ? this.settle('POST', () => this.api.POST('/strategic-plans/{planId}/versions/{number}/publication', { params }))
      : this.settle('POST', () => this.api.POST('/operational-plans/{planId}/versions/{number}/publication', { params }));
  }

  /** The organisation's published versions and, for the public page, their files. */
  listPublications(org: string) { return this.settle('GET', () => this.api.GET('/organisations/{org}/publications', { params: { path: { org } } })); }
  publicationFile(kind: PlanKind, planId: string, number: number, file: 'document.pdf' | 'canonical.json'): Promise<ArrayBuffer> {
    return this.settle('GET', () => this.api.GET('/publications/{kind}/{planId}/{number}/{file}', { params: { path: { kind, planId, number, file } }, parseAs: 'arrayBuffer' }));
  }

  /** What changed from one frozen version to another. */
  compareVersions(kind: PlanKind, planId: string, from: number, to: number) {
    const params = { path: { planId, number: from }, query: { to } };
    return kind === 'strategic'
      ? this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/versions/{number}/compare', { params }))
      : this.settle('GET', () => this.api.GET('/operational-plans/{planId}/versions/{number}/compare', { params }));
  }

  /** Writes an act to the decision record (the workflows alone); a retried write returns the first record. */
  recordDecision(input: PlansBody<'/decisions', 'post'>) {
    return this.settle('POST', () => this.api.POST('/decisions', { body: input }));
  }

  /** Every decision and human act on a plan, oldest first, from the decision record. */
  listPlanDecisions(kind: PlanKind, planId: string) {
    const params = { path: { planId } };
    return kind === 'strategic'
      ? this.settle('GET', () => this.api.GET('/strategic-plans/{planId}/decisions', { params }))
      : this.settle('GET', () => this.api.GET('/operational-plans/{planId}/decisions', { params }));
  }

  /** Every decision and human act on an organisation's plans, oldest first. */
  listOrganisationDecisions(org: string) {
    return this.settle('GET', () => this.api.GET('/organisations/{org}/decisions', { params: { path: { org } } }));
  }

  private async settle<R extends Outcome>(method: string, call: () => Promise<R>): Promise<Exclude<R['data'], undefined>> {
    let outcome: R;
    try {
      outcome = await call();
    } catch (error) {
      throw new PlansUnavailable(`the plans service did not answer ${method} (${(error as Error).message}); it may answer later`, { cause: error });
    }
    const { response } = outcome;
    const where = `${method} ${response.url ? new URL(response.url).pathname : ''}`.trim();
    if (response.ok) return outcome.data as Exclude<R['data'], undefined>;
    const body = typeof outcome.error === 'string' ? outcome.error : JSON.stringify(outcome.error ?? '');
    if (response.status >= 400 && response.status < 500) {
      const { message: said, code } = (outcome.error ?? {}) as { message?: unknown; code?: unknown };
      throw new PlansRefusal(`plans.${response.status}`, `plans refused ${where}: ${typeof said === 'string' ? said : body}`, response.status, body.slice(0, 2000), typeof code === 'string' ? code : undefined);
    }
    throw new PlansUnavailable(`plans answered ${response.status} to ${where}; retrying`);
  }
}
