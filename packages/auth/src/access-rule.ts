import type { FastifyRequest } from 'fastify';
import type { Caller } from './caller.js';
import type { ServiceName } from './service-names.js';

/** People who may call a route: those holding one of these roles in its organisation that day. */
export interface PeopleRule {
  /** roles, deputies included; `member`: anyone who belongs to the organisation */
  roles: readonly string[] | 'member';
  /** the organisation the route acts on (from its parameters, or looked up from the item it names) */
  organisation: (request: FastifyRequest) => string | undefined | Promise<string | undefined>;
  /** also accepted from a signed-in session (pages); a bearer token is always accepted */
  session?: boolean;
}

/**
 * Who may call a route, declared beside it (`config: { access }`): the service refuses to serve a
 * route without one. Rules add up: a caller matching any part is let through.
 */
export interface AccessRule {
  /** anyone: health, the API documentation, sign-in, the pages reached by an e-mailed link */
  anonymous?: true;
  /** services calling on their own account */
  services?: readonly ServiceName[];
  /** people, by role */
  people?: PeopleRule;
  /** services trusted to act for a person: the person they name must then satisfy `people` */
  onBehalfOf?: readonly ServiceName[];
}

/** Looks people up for the access checks; each service implements it over what it can reach. */
export interface PeopleDirectory {
  /** whether the person holds one of the roles in the organisation on that day, deputies included */
  holds(personId: string, organisationCode: string, roles: readonly string[] | 'member'): Promise<boolean>;
}

export type Verdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

const rolesText = (roles: readonly string[] | 'member') => (roles === 'member' ? 'a member of the organisation' : `one of the roles ${roles.join(', ')}`);

/** Applies a rule to an authenticated caller. Pure apart from the directory's look-ups. */
export async function judge(rule: AccessRule, caller: Caller, request: FastifyRequest, directory: PeopleDirectory | undefined): Promise<Verdict> {
  if (rule.anonymous) return { allowed: true };
  if (caller.kind === 'anonymous') return { allowed: false, status: 401, reason: 'Sign in, or call with a valid access token or service credential.' };
  if (caller.kind === 'service' && rule.services?.includes(caller.service) && caller.actingFor === null) return { allowed: true };
  const person = caller.kind === 'person' ? caller.personId : rule.onBehalfOf?.includes(caller.service) ? caller.actingFor : null;
  if (caller.kind === 'person' && caller.via === 'session' && !rule.people?.session) {
    return { allowed: false, status: 403, reason: 'This call needs an access token; a page session is not enough.' };
  }
  if (person === null || !rule.people) {
    const who = caller.kind === 'service' ? `the ${caller.service} service${caller.actingFor ? ' acting for a person' : ''}` : 'a person';
    return { allowed: false, status: 403, reason: `This route may not be called by ${who}.` };
  }
  const organisation = await rule.people.organisation(request);
  if (organisation === undefined || !directory) return { allowed: false, status: 403, reason: 'This route is not open to people.' };
  if (await directory.holds(person, organisation, rule.people.roles)) return { allowed: true };
  return { allowed: false, status: 403, reason: `This needs ${rolesText(rule.people.roles)} in ${organisation} today.` };
}
