import { personSchema, roleHolderSchema, type Role } from '@jalon/contracts';
import { brusselsDateOf } from '@jalon/domain';
import { HttpError } from '@jalon/service-kit';
import { z } from 'zod';

export type Person = z.infer<typeof personSchema>;

/**
 * Who may do what, from the plans service: the roles a person holds today, deputies included. The
 * portal keeps no copy, so a role removed there is refused here at once.
 */
export class RoleCheck {
  constructor(private readonly plansUrl: string) {}

  private async get<T extends z.ZodType>(path: string, schema: T): Promise<z.output<T> | undefined> {
    const response = await fetch(`${this.plansUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new HttpError(503, 'The plan data service does not answer; try again in a moment.');
    return schema.parse(await response.json());
  }

  /** The person acting, or 401 when the header names nobody Jalon knows. */
  async actor(personId: string | undefined): Promise<Person> {
    if (!personId || !z.uuid().safeParse(personId).success) {
      throw new HttpError(401, 'Say who you are: the x-jalon-actor header must hold your person id (see GET /organisations/:org/people on the plans service).');
    }
    const person = await this.get(`/people/${personId}`, personSchema);
    if (!person) throw new HttpError(401, `No person ${personId} is known to Jalon; ask the President's office to add you.`);
    return person;
  }

  /** Whether the person holds one of the roles today, in their own right or as a deputy. */
  async holds(org: string, person: Person, roles: Role[]): Promise<boolean> {
    return this.require(org, person, roles, '').then(() => true, (error: unknown) => {
      if (error instanceof HttpError && error.statusCode === 403) return false;
      throw error;
    });
  }

  /** The person, or undefined when Jalon does not know them (any more). */
  async person(personId: string): Promise<Person | undefined> {
    return this.get(`/people/${personId}`, personSchema);
  }

  async personByEmail(email: string): Promise<Person | undefined> {
    return this.get(`/people/by-email/${encodeURIComponent(email)}`, personSchema);
  }

  /** 403 unless the person holds one of the roles today, in their own right or as a deputy. */
  async require(org: string, person: Person, roles: Role[], what: string): Promise<Role> {
    const on = brusselsDateOf(new Date());
    for (const role of roles) {
      const holders = await this.get(`/organisations/${encodeURIComponent(org)}/role-holders?${new URLSearchParams({ role, on })}`, z.array(roleHolderSchema));
      if (holders?.some((h) => h.personId === person.id)) return role;
    }
    throw new HttpError(403, `${person.name} may not ${what}: it needs the role ${roles.join(' or ')} in ${org} today.`);
  }
}
