import createClient, { type Client } from 'openapi-fetch';
import type { PlansBody, PlansPaths, PlansQuery } from './api-types.js';
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

export type Outcome = { data?: unknown; error?: unknown; response: Response };

/**
 * The plans client's transport and error policy, with the organisation and people calls; the plan
 * calls are in PlansClient (plans-client.ts), split so that each file stays readable.
 */
export class PlansClientCore {
  protected readonly api: Client<PlansPaths>;

  readonly baseUrl: string;
  protected readonly options: PlansClientOptions;
  constructor(baseUrl: string, options: PlansClientOptions = {}) {
    this.baseUrl = baseUrl;
    this.options = options;
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

  protected async settle<R extends Outcome>(method: string, call: () => Promise<R>): Promise<Exclude<R['data'], undefined>> {
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
