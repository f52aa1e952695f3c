import {
  authoritySchema, operationalPlanSchema, operationalPlanSummarySchema, personSchema, planKindSchema, planVersionSummarySchema, roleHolderSchema,
  strategicPlanSchema, strategicPlanSummarySchema, versionComparisonSchema,
  type OperationalPlan, type OperationalPlanSummary, type Person, type Role, type RoleHolder,
  type StrategicPlan, type StrategicPlanSummary, type VersionComparison,
} from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';
import { z } from 'zod';

export type PlanKind = z.infer<typeof planKindSchema>;
type Authority = z.infer<typeof authoritySchema>;
type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

/**
 * What the portal reads from the plans service: people and their roles, the plans and their
 * versions. The portal keeps no copy, so a role removed there is refused here at once. Each read
 * gives undefined when the service does not have what is asked, and throws a 503 when it does not
 * answer.
 */
export interface PlansReader {
  person(personId: string): Promise<Person | undefined>;
  personByEmail(email: string): Promise<Person | undefined>;
  /** who holds the role in the organisation on that day, deputies included */
  roleHolders(org: string, role: Role, on: string): Promise<RoleHolder[] | undefined>;
  authorities(org: string): Promise<Authority[] | undefined>;
  strategicPlans(org: string): Promise<StrategicPlanSummary[] | undefined>;
  operationalPlans(org: string): Promise<OperationalPlanSummary[] | undefined>;
  strategicPlan(planId: string): Promise<StrategicPlan | undefined>;
  operationalPlan(planId: string): Promise<OperationalPlan | undefined>;
  /** the organisation a plan belongs to */
  planOrganisation(kind: PlanKind, planId: string): Promise<string | undefined>;
  versions(kind: PlanKind, planId: string): Promise<PlanVersionSummary[] | undefined>;
  compareVersions(kind: PlanKind, planId: string, from: number, to: number): Promise<VersionComparison | undefined>;
}

export const plansUnavailable = () => new HttpError(503, 'The plan data service does not answer; try again in a moment.');

const collections: Record<PlanKind, string> = { strategic: 'strategic-plans', operational: 'operational-plans' };
/** A person or a role is looked up by identifiers the portal checked: only 404 means "unknown". */
const PEOPLE_ABSENT = [404];
/** A plan is looked up by an address a reader typed: a malformed one is as absent as an unknown one. */
const PLANS_ABSENT = [404, 400];

/** The plans service over HTTP. */
export class HttpPlansReader implements PlansReader {
  constructor(private readonly plansUrl: string) {}

  private async get<T extends z.ZodType>(path: string, schema: T, absent: number[]): Promise<z.output<T> | undefined> {
    const response = await fetch(`${this.plansUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    if (absent.includes(response.status)) return undefined;
    if (!response.ok) throw plansUnavailable();
    return schema.parse(await response.json());
  }

  person(personId: string) {
    return this.get(`/people/${personId}`, personSchema, PEOPLE_ABSENT);
  }

  personByEmail(email: string) {
    return this.get(`/people/by-email/${encodeURIComponent(email)}`, personSchema, PEOPLE_ABSENT);
  }

  roleHolders(org: string, role: Role, on: string) {
    return this.get(`/organisations/${encodeURIComponent(org)}/role-holders?${new URLSearchParams({ role, on })}`, z.array(roleHolderSchema), PEOPLE_ABSENT);
  }

  authorities(org: string) {
    return this.get(`/organisations/${org}/authorities`, z.array(authoritySchema), PLANS_ABSENT);
  }

  async strategicPlans(org: string) {
    return (await this.get(`/organisations/${org}/strategic-plans?limit=100`, z.object({ items: z.array(strategicPlanSummarySchema) }), PLANS_ABSENT))?.items;
  }

  async operationalPlans(org: string) {
    return (await this.get(`/organisations/${org}/operational-plans?limit=100`, z.object({ items: z.array(operationalPlanSummarySchema) }), PLANS_ABSENT))?.items;
  }

  strategicPlan(planId: string) {
    return this.get(`/strategic-plans/${planId}`, strategicPlanSchema, PLANS_ABSENT);
  }

  operationalPlan(planId: string) {
    return this.get(`/operational-plans/${planId}`, operationalPlanSchema, PLANS_ABSENT);
  }

  async planOrganisation(kind: PlanKind, planId: string) {
    return (await this.get(`/${collections[kind]}/${planId}`, z.object({ organisationCode: z.string() }), PLANS_ABSENT))?.organisationCode;
  }

  versions(kind: PlanKind, planId: string) {
    return this.get(`/${collections[kind]}/${planId}/versions`, z.array(planVersionSummarySchema), PLANS_ABSENT);
  }

  compareVersions(kind: PlanKind, planId: string, from: number, to: number) {
    return this.get(`/${collections[kind]}/${planId}/versions/${from}/compare?to=${to}`, versionComparisonSchema, PLANS_ABSENT);
  }
}
