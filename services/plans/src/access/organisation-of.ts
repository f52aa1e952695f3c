import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { organisationOfPerson, organisationOfPlan, organisationOfProject } from '../repositories/ownership.js';

/** The organisation a request acts on, for its access check and its handler alike. */
export type OrganisationOf = (request: FastifyRequest) => Promise<string | undefined>;

type Lookup = (db: Kysely<Database>, id: string) => Promise<string | undefined>;

const planOf = (kind: 'strategic' | 'operational'): Lookup => (db, id) => organisationOfPlan(db, kind, id);
const beforeHash: (lookup: Lookup) => Lookup = (lookup) => (db, id) => lookup(db, id.split('#')[0] ?? '');

/** The audit log's subjects, each with the way to its organisation (objectives are `planId#key`). */
const subjects: Record<string, Lookup> = {
  organisation: async (_db, code) => code,
  person: organisationOfPerson,
  strategic_plan: planOf('strategic'),
  operational_plan: planOf('operational'),
  strategic_objective: beforeHash(planOf('strategic')),
  operational_objective: beforeHash(planOf('operational')),
  project: organisationOfProject,
};

async function find(db: Kysely<Database>, request: FastifyRequest): Promise<string | undefined> {
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  const url = request.routeOptions.url ?? '';
  if (params.org !== undefined) return params.org;
  if (params.planId !== undefined) return organisationOfPlan(db, url.startsWith('/strategic-plans') ? 'strategic' : 'operational', params.planId);
  if (params.personId !== undefined) return organisationOfPerson(db, params.personId);
  if (url === '/audit') {
    // People read the audit log of one subject of their organisation at a time.
    const query = (request.query ?? {}) as Record<string, unknown>;
    const lookup = typeof query.subjectType === 'string' ? subjects[query.subjectType] : undefined;
    return lookup && typeof query.subjectId === 'string' ? lookup(db, query.subjectId) : undefined;
  }
  return undefined;
}

/**
 * One resolver for every route: from the organisation in the path, or the plan, person or audited
 * subject it names. Looked up once per request, however many checks ask.
 */
export function organisationResolver(db: Kysely<Database>): OrganisationOf {
  const cache = new WeakMap<FastifyRequest, Promise<string | undefined>>();
  return (request) => {
    let found = cache.get(request);
    if (!found) {
      found = find(db, request);
      cache.set(request, found);
    }
    return found;
  };
}
