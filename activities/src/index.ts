import type { ServiceTokenSigner } from '@jalon/auth';
import { PlansClient } from '@jalon/plans-client';
import { createDecisionRecordActivities } from './decision-record-activities.js';
import { createDecisionRequestActivity } from './decision-request.js';
import { createDecisionRequestsActivity } from './decision-requests.js';
import { createNotificationActivities } from './notification-activities.js';
import { createOperationalPlanActivities } from './operational-plan-activities.js';
import { createOperationalProjectActivities } from './operational-project-activities.js';
import { refusalsFinal } from './plans-failures.js';
import { createPlansActivities } from './plans-activities.js';
import { createPortalActivities } from './portal-activities.js';
import { createProgressActivities } from './progress-activities.js';
import { createTransmissionActivity } from './transmission-activity.js';

/**
 * Activity implementations are created with their dependencies (the services' addresses), so that
 * tests hand in real ones pointed at test servers.
 */
export interface ActivityDependencies {
  plansUrl: string;
  notificationsUrl: string;
  portalUrl: string;
  /** the worker's identity: every call to a service carries a short-lived token it signs */
  signer: ServiceTokenSigner;
  /** the portal's public address, for links to its pages in e-mails (default: the portal as `npm start` runs it) */
  publicBaseUrl?: string;
}

export function createActivities(deps: ActivityDependencies) {
  const plans = new PlansClient(deps.plansUrl, { authorization: (actingFor) => deps.signer.sign('plans', actingFor) });
  const notifications = createNotificationActivities(deps.notificationsUrl, deps.signer);
  const portal = createPortalActivities(deps.portalUrl, deps.signer);
  const decisionRequest = createDecisionRequestActivity(portal, notifications);
  return {
    ...refusalsFinal(createPlansActivities(plans)),
    ...refusalsFinal(createOperationalPlanActivities(plans)),
    ...refusalsFinal(createOperationalProjectActivities(plans)),
    ...refusalsFinal(createDecisionRecordActivities(plans)),
    ...notifications,
    ...portal,
    ...decisionRequest,
    ...createDecisionRequestsActivity(portal, notifications, decisionRequest.sendDecisionRequest),
    ...refusalsFinal(createProgressActivities(plans, notifications.sendNotification, deps.publicBaseUrl ?? 'http://127.0.0.1:3000')),
    ...refusalsFinal(createTransmissionActivity(plans, notifications.sendNotification, deps.publicBaseUrl ?? 'http://127.0.0.1:3000')),
  };
}

export type Activities = ReturnType<typeof createActivities>;
export type { NotificationRequest } from './notification-activities.js';
export type { DecisionRequestInput } from './decision-request.js';
export type { BatchedRequestOutcome } from './decision-requests.js';
export type { ProgressFollowUpInput, ProgressOwed } from './progress-activities.js';
export type { PlanTransmissionInput } from './transmission-activity.js';
