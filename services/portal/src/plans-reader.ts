import type {
  authoritySchema, DecisionRecord, entitySchema, planVersionSchema, OperationalPlan, OperationalPlanSummary, Organisation, ProgressOverview, Person, PlanChapter, PlanFigures, planKindSchema, planVersionSummarySchema, Role, RoleHolder,
  StrategicPlan, StrategicPlanSummary, VersionComparison,
} from '@jalon/contracts';
import type { PersonClaims } from '@jalon/auth';
import { PlansRefusal, PlansUnavailable, type PlansClient } from '@jalon/plans-client';
import { HttpError } from '@jalon/service-kit';
import type { z } from 'zod';

export type PlanKind = z.infer<typeof planKindSchema>;
type Authority = z.infer<typeof authoritySchema>;
type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;
type PlanVersion = z.infer<typeof planVersionSchema>;
type Entity = z.infer<typeof entitySchema>;

/**
 * What the portal reads from the plans service: people and their roles, the plans and their
 * versions. The portal keeps no copy, so a role removed there is refused here at once. Each read
 * gives undefined when the service does not have what is asked, and throws a 503 when it does not
 * answer.
 */
export interface PlansReader {
  /** the organisation and its settings (whether its people may sign in by e-mail) */
  organisation(org: string): Promise<Organisation | undefined>;
  person(personId: string): Promise<Person | undefined>;
  /** the person behind a provider's identity (linked by subject, or the first time by a verified e-mail) */
  resolveIdentity(claims: PersonClaims): Promise<{ kind: 'known'; person: Person } | { kind: 'not-found' } | { kind: 'conflict' }>;
  personByEmail(email: string): Promise<Person | undefined>;
  /** who holds the role in the organisation on that day, deputies included */
  roleHolders(org: string, role: Role, on: string): Promise<RoleHolder[] | undefined>;
  authorities(org: string): Promise<Authority[] | undefined>;
  strategicPlans(org: string): Promise<StrategicPlanSummary[] | undefined>;
  operationalPlans(org: string): Promise<OperationalPlanSummary[] | undefined>;
  strategicPlan(planId: string): Promise<StrategicPlan | undefined>;
  operationalPlan(planId: string): Promise<OperationalPlan | undefined>;
  /** an operational plan's progress through its year: checkpoints, updates, what is missing, results */
  progressOf(planId: string): Promise<ProgressOverview | undefined>;
  /** a strategic plan's staff (7.1) and budget (7.2) tables */
  planFigures(planId: string): Promise<PlanFigures | undefined>;
  /** a strategic plan's chapters of running text (mission, environment, vision, values) */
  planChapters(planId: string): Promise<PlanChapter[] | undefined>;
  /** the organisation a plan belongs to */
  planOrganisation(kind: PlanKind, planId: string): Promise<string | undefined>;
  versions(kind: PlanKind, planId: string): Promise<PlanVersionSummary[] | undefined>;
  /** one frozen version with its snapshot (unknown: the decision page parses what it shows) */
  version(kind: PlanKind, planId: string, number: number): Promise<PlanVersion | undefined>;
  compareVersions(kind: PlanKind, planId: string, from: number, to: number): Promise<VersionComparison | undefined>;
  /** the organisation's entities, whose names the pages show instead of their codes */
  entities(org: string): Promise<Entity[] | undefined>;
  /** every decision and human act on the plan, from the decision record */
  decisions(kind: PlanKind, planId: string): Promise<DecisionRecord[] | undefined>;
}

export const plansUnavailable = () => new HttpError(503, 'The plan data service does not answer; try again in a moment.');

/** A person or a role is looked up by identifiers the portal checked: only 404 means "unknown". */
const PEOPLE_ABSENT = [404];
/** A plan is looked up by an address a reader typed: a malformed one is as absent as an unknown one. */
const PLANS_ABSENT = [404, 400];

/** The plans service through the shared client, with the portal's reading of its refusals. */
export class HttpPlansReader implements PlansReader {
  private readonly holdersAsked = new Map<string, Promise<RoleHolder[] | undefined>>();

  private readonly client: PlansClient;
  constructor(client: PlansClient) {
    this.client = client;
  }

  private async read<T>(call: Promise<T>, absent: number[]): Promise<T | undefined> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof PlansRefusal && error.status !== undefined && absent.includes(error.status)) return undefined;
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }

  organisation(org: string) {
    return this.read(this.client.getOrganisation(org), PEOPLE_ABSENT);
  }

  person(personId: string) {
    return this.read(this.client.getPerson(personId), PEOPLE_ABSENT);
  }

  async resolveIdentity(claims: PersonClaims) {
    try {
      return { kind: 'known' as const, person: await this.client.resolveIdentity(claims) };
    } catch (error) {
      // 404: nobody to match; 409: the person is already linked to another identity at the provider.
      if (error instanceof PlansRefusal && error.status === 404) return { kind: 'not-found' as const };
      if (error instanceof PlansRefusal && error.status === 409) return { kind: 'conflict' as const };
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }

  personByEmail(email: string) {
    return this.read(this.client.getPersonByEmail(email), PEOPLE_ABSENT);
  }

  /**
   * Checks made at the same moment share the request in flight: a cycle's batch of drafting links asks
   * who the organisation's drafters are for each link, four at a time. Nothing is kept once the answer
   * is in, so a role removed is still refused at once.
   */
  roleHolders(org: string, role: Role, on: string) {
    const key = `${org}\n${role}\n${on}`;
    const asked = this.holdersAsked.get(key);
    if (asked) return asked;
    const answer = this.read(this.client.roleHolders(org, { role, on }), PEOPLE_ABSENT).finally(() => this.holdersAsked.delete(key));
    this.holdersAsked.set(key, answer);
    return answer;
  }

  authorities(org: string) {
    return this.read(this.client.listAuthorities(org), PLANS_ABSENT);
  }

  async strategicPlans(org: string) {
    return (await this.read(this.client.listStrategicPlans(org, { limit: 100 }), PLANS_ABSENT))?.items;
  }

  async operationalPlans(org: string) {
    return (await this.read(this.client.listOperationalPlans(org, { limit: 100 }), PLANS_ABSENT))?.items;
  }

  strategicPlan(planId: string) {
    return this.read(this.client.getStrategicPlan(planId), PLANS_ABSENT);
  }

  operationalPlan(planId: string) {
    return this.read(this.client.getOperationalPlan(planId), PLANS_ABSENT);
  }

  progressOf(planId: string) {
    return this.read(this.client.progressOverview(planId), PLANS_ABSENT);
  }

  planFigures(planId: string) {
    return this.read(this.client.getPlanFigures(planId), PLANS_ABSENT);
  }

  planChapters(planId: string) {
    return this.read(this.client.getPlanChapters(planId), PLANS_ABSENT);
  }

  async planOrganisation(kind: PlanKind, planId: string) {
    const plan = kind === 'strategic' ? this.client.getStrategicPlan(planId) : this.client.getOperationalPlan(planId);
    return (await this.read<{ organisationCode: string }>(plan, PLANS_ABSENT))?.organisationCode;
  }

  versions(kind: PlanKind, planId: string) {
    return this.read(this.client.listVersions(kind, planId), PLANS_ABSENT);
  }

  version(kind: PlanKind, planId: string, number: number) {
    return this.read(this.client.getVersion(kind, planId, number), PLANS_ABSENT);
  }

  entities(org: string) {
    return this.read(this.client.listEntities(org), PLANS_ABSENT);
  }

  compareVersions(kind: PlanKind, planId: string, from: number, to: number) {
    return this.read(this.client.compareVersions(kind, planId, from, to), PLANS_ABSENT);
  }

  decisions(kind: PlanKind, planId: string) {
    return this.read(this.client.listPlanDecisions(kind, planId), PLANS_ABSENT);
  }
}
