import type { ServiceName } from './service-names.js';

/**
 * Who is calling, as authentication established it: never from a header the caller sets itself.
 * A service acting for a person carries that person's id; the audit log names both.
 */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'person'; personId: string; via: 'token' | 'session' }
  | { kind: 'service'; service: ServiceName; actingFor: string | null };

/** The name the audit log records for a change. */
export function actorOf(caller: Caller): string {
  if (caller.kind === 'person') return caller.personId;
  if (caller.kind === 'service') return caller.actingFor ? `${caller.actingFor} (via ${caller.service})` : caller.service;
  return 'anonymous';
}

/** The person behind a call, directly or through a service acting for them. */
export function personOf(caller: Caller): string | null {
  if (caller.kind === 'person') return caller.personId;
  if (caller.kind === 'service') return caller.actingFor;
  return null;
}
