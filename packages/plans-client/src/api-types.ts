import type { paths } from '../generated/plans-api.js';

export type { paths as PlansPaths };
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body a route of the plans API takes. */
export type PlansBody<P extends keyof paths, M extends Method> =
  paths[P][M] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters a route of the plans API takes. */
export type PlansQuery<P extends keyof paths, M extends Method> =
  paths[P][M] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** What a route of the plans API answers on success (200 or 201). */
export type PlansAnswer<P extends keyof paths, M extends Method> =
  paths[P][M] extends { responses: infer R }
    ? R extends { 200: { content: { 'application/json': infer A } } } ? A
    : R extends { 201: { content: { 'application/json': infer A } } } ? A : never
    : never;

export type OperationalPlan = PlansAnswer<'/operational-plans/{planId}', 'get'>;
export type StrategicPlan = PlansAnswer<'/strategic-plans/{planId}', 'get'>;
export type Person = PlansAnswer<'/people/{personId}', 'get'>;
export type RoleHolder = PlansAnswer<'/organisations/{org}/role-holders', 'get'>[number];
export type PlanKind = 'strategic' | 'operational';
