/**
 * A refusal that asking again will not change: the plans service answered 4xx (bad input, unknown
 * id, a refused status move), or its data rules something out (no signed plan to launch a cycle
 * from). `code` names it for callers that map it: `plans.<status>` for an HTTP refusal.
 */
export class PlansRefusal extends Error {
  readonly code: string;
  /** the HTTP status, for a refusal of the plans service */
  readonly status: number | undefined;
  /** the start of the service's answer, as it came */
  readonly body: string | undefined;
  /** the stable code the plans service gave its refusal (`operational_plan.not_drafting`), when it gave one */
  readonly reason: string | undefined;

  constructor(code: string, message: string, status?: number, body?: string, reason?: string) {
    super(message);
    this.code = code;
    this.status = status;
    this.body = body;
    this.reason = reason;
    this.name = 'PlansRefusal';
  }
}

/** The plans service did not answer usefully (5xx, network, time-out): the same call may succeed later. */
export class PlansUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlansUnavailable';
  }
}

/**
 * A change that named a revision someone else has since moved on (a drafter's edit, a project
 * added): 409 "has changed since revision". Any other 409 (a refused status move) is a real refusal.
 */
export function isStaleRevision(error: unknown): error is PlansRefusal {
  return error instanceof PlansRefusal && error.status === 409 && /has changed since revision/.test(error.message);
}

/**
 * Reads again and retries a change refused for a stale revision: right when the caller's change does
 * not depend on the one made in between (the change is computed afresh from each reading).
 */
export async function withFreshRevision<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isStaleRevision(error) || i >= tries) throw error;
    }
  }
}

/** The answer, or undefined when the plans service says it does not exist (404). */
export async function unlessMissing<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof PlansRefusal && error.status === 404) return undefined;
    throw error;
  }
}
