import type { DraftedProjectCreate, DraftedProjectPatch, ObjectiveResult, OperationalObjectiveCreate, OperationalObjectivePatch, ProgressUpdateInput, YearEndResultInput } from '@jalon/contracts';
import { PlansRefusal, PlansUnavailable, type PlansClient } from '@jalon/plans-client';
import { z } from 'zod';
import { plansUnavailable } from '../../plans-reader.js';

/**
 * A change of plan content the plans service refused (4xx): its stable code and, for bad input,
 * the body field at fault, so the page says it beside that field in the reader's language.
 */
export class ContentRefusal extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly field: string | undefined;
  constructor(status: number, code: string | undefined, field: string | undefined) {
    super(`the plans service refused the change (${status}${code ? `, ${code}` : ''})`);
    this.status = status;
    this.code = code;
    this.field = field;
    this.name = 'ContentRefusal';
  }
}

const refusalBody = z.object({ code: z.string().optional(), issues: z.array(z.object({ path: z.string() })).optional() }).partial();

function refusalOf(error: PlansRefusal): ContentRefusal {
  let body: z.infer<typeof refusalBody> = {};
  try {
    const parsed = refusalBody.safeParse(JSON.parse(error.body ?? '{}'));
    if (parsed.success) body = parsed.data;
  } catch { /* an answer that is not JSON names no code */ }
  const path = body.issues?.[0]?.path;
  return new ContentRefusal(error.status ?? 400, body.code, path?.startsWith('body.') ? path.slice('body.'.length) : undefined);
}

/**
 * Plan content written by the plans service on a signed-in person's behalf: the plans service checks
 * their role (a drafter for their own entities only), the plan's status, and audits the change in
 * their name. Nothing is written by the portal itself.
 */
export class ObjectiveWriter {
  private readonly client: PlansClient;
  constructor(client: PlansClient) {
    this.client = client;
  }

  private async send<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof PlansRefusal && error.status !== undefined && error.status < 500) throw refusalOf(error);
      if (error instanceof PlansUnavailable || error instanceof PlansRefusal) throw plansUnavailable();
      throw error;
    }
  }

  add(personId: string, planId: string, input: OperationalObjectiveCreate) {
    return this.send(this.client.onBehalfOf(personId).addOperationalObjective(planId, input));
  }

  patch(personId: string, planId: string, code: string, patch: OperationalObjectivePatch) {
    return this.send(this.client.onBehalfOf(personId).patchOperationalObjective(planId, code, patch));
  }

  recordResult(personId: string, planId: string, code: string, input: ObjectiveResult) {
    return this.send(this.client.onBehalfOf(personId).recordObjectiveResult(planId, code, input));
  }

  /** A plan's progress as the person reads it (a member of its organisation). */
  progress(personId: string, planId: string) {
    return this.send(this.client.onBehalfOf(personId).progressOverview(planId));
  }

  recordProgress(personId: string, planId: string, code: string, input: ProgressUpdateInput) {
    return this.send(this.client.onBehalfOf(personId).recordProgress(planId, code, input));
  }

  recordYearEndResult(personId: string, planId: string, code: string, input: YearEndResultInput) {
    return this.send(this.client.onBehalfOf(personId).recordYearEndResult(planId, code, input));
  }

  addProject(personId: string, planId: string, input: DraftedProjectCreate) {
    return this.send(this.client.onBehalfOf(personId).addDraftedProject(planId, input));
  }

  patchProject(personId: string, planId: string, projectId: string, patch: DraftedProjectPatch) {
    return this.send(this.client.onBehalfOf(personId).patchDraftedProject(planId, projectId, patch));
  }

  removeProject(personId: string, planId: string, projectId: string, expectedRevision: number) {
    return this.send(this.client.onBehalfOf(personId).removeDraftedProject(planId, projectId, expectedRevision));
  }
}
