export { PlansClient, type PlansClientOptions } from './plans-client.js';
export { PlansRefusal, PlansUnavailable, isStaleRevision, unlessMissing, withFreshRevision } from './errors.js';
export { prepareCycleLaunch } from './cycle-launch.js';
export type {
  OperationalPlan, Person, PlanKind, PlansAnswer, PlansBody, PlansPaths, PlansQuery, RoleHolder, StrategicPlan,
} from './api-types.js';
