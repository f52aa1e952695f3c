import type { AccessRule, Caller, ServiceName } from '@jalon/auth';
import type { TemplateName } from '@jalon/contracts';
import { HttpError } from '@jalon/service-kit';

/**
 * Who may call each route of the notifications service, in one table. Only Jalon's own services
 * queue e-mails or read the outbox: its rows name people, addresses and what they were asked, and
 * no person reads it directly. /health and /docs are open (service-kit declares them).
 */
export const notificationsAccess = {
  queue: { services: ['worker', 'portal'] },
  status: { services: ['worker', 'portal'] },
  list: { services: ['worker', 'portal'] },
} as const satisfies Record<string, AccessRule>;

/**
 * Which service may send which e-mail: the portal signs people in, the workflows (run by the worker)
 * write everything else. Failure reports are queued by this service itself, never through the API.
 */
export const templateSenders: { readonly [T in TemplateName]: readonly ServiceName[] } = {
  sign_in: ['portal'],
  review_request: ['worker'],
  reminder: ['worker'],
  escalation: ['worker'],
  communication: ['worker'],
  drafting_task: ['worker'],
  problem_raised: ['worker'],
  plan_transmitted: ['worker'],
  project_changed: ['worker'],
  progress_request: ['worker'],
  delivery_failed: [],
};

/** The calling service, once the route's rule has let it in (the rules admit services only). */
export function callingService(caller: Caller): ServiceName {
  if (caller.kind !== 'service') throw new HttpError(403, 'Only Jalon\'s services use the notifications service.');
  return caller.service;
}

/** Refuses a template its caller may not send, before anything is queued. */
export function assertMaySend(service: ServiceName, template: TemplateName): void {
  if (!templateSenders[template].includes(service)) {
    throw new HttpError(403, `The ${service} service may not send the ${template} e-mail.`);
  }
}
