import { PlansRefusal, PlansUnavailable, type PlansClient } from '@jalon/plans-client';
import { plansUnavailable } from '../../plans-reader.js';

/** Why the plans service refused an administrator's change: its stable code and the fields at fault (API paths, `body.` removed). */
export interface AdminRefusal { code: string; fields: string[]; /** the plans service's own status (409 taken or in use, 404, 403, 400) */ status: number }

export class OrganisationChangeRefused extends Error {
  readonly refusal: AdminRefusal;
  constructor(refusal: AdminRefusal) {
    super(`refused: ${refusal.code}`);
    this.refusal = refusal;
    this.name = 'OrganisationChangeRefused';
  }
}

/** The refusal's code and fields as the plans service answered them (a 400 from validation has no code: `invalid`). */
function refusalOf(error: PlansRefusal): AdminRefusal {
  let body: { code?: unknown; issues?: Array<{ path?: unknown }> } = {};
  try {
    body = JSON.parse(error.body ?? '{}') as typeof body;
  } catch {
    // a body cut at 2,000 characters: the status alone speaks
  }
  const fields = (body.issues ?? []).map((i) => (typeof i.path === 'string' ? i.path.replace(/^body\./, '') : '')).filter(Boolean);
  return { code: typeof body.code === 'string' ? body.code : error.status === 400 ? 'invalid' : `plans.${error.status ?? 'refused'}`, fields, status: error.status ?? 400 };
}

/**
 * The organisation administrator's calls to the plans service, made on behalf of the signed-in
 * person: the plans service checks their role again and audits them by name. A 4xx becomes an
 * OrganisationChangeRefused the page shows beside the field; the service not answering, a 503.
 */
export class OrganisationAdmin {
  private readonly client: PlansClient;
  constructor(client: PlansClient) {
    this.client = client;
  }

  async as<T>(personId: string, call: (client: PlansClient) => Promise<T>): Promise<T> {
    try {
      return await call(this.client.onBehalfOf(personId));
    } catch (error) {
      if (error instanceof PlansRefusal && error.status !== undefined && error.status < 500) throw new OrganisationChangeRefused(refusalOf(error));
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }
}
