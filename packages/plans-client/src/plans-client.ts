import type { PlanKind, PlansBody, PlansQuery } from './api-types.js';
import { PlansClientCore } from './plans-client-core.js';

export type { PlansClientOptions } from './plans-client-core.js';

/**
 * The plans service's API, typed from its OpenAPI document, with one error policy: a 4xx answer is
 * final (PlansRefusal, with the service's message), a 5xx, a network error or a time-out may pass
 * (PlansUnavailable). A stale revision is a PlansRefusal that withFreshRevision reads again for.
 */
export class PlansClient extends PlansClientCore {
  /** The same client, its calls made on behalf of this person (recorded as such in the audit log). */
  onBehalfOf(personId: string): PlansClient {
    return new PlansClient(this.baseUrl, { ...this.options, actingFor: personId });
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

}
