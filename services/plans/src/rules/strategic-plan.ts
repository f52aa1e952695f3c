import type { StrategicPlanStatus } from '@jalon/contracts';
import { conflict, Refusal } from './refusal.js';

interface PlanState { status: string; revision: number }

/** Statuses a plan may move to from each status; the lifecycle workflow drives these moves. */
const nextStatuses: Record<StrategicPlanStatus, StrategicPlanStatus[]> = {
  draft: ['in_committee'],
  in_committee: ['draft', 'under_review', 'awaiting_signature'],
  under_review: ['draft', 'awaiting_signature'],
  awaiting_signature: ['draft', 'signed'],
  signed: ['superseded'],
  superseded: [],
};

/**
 * A draft, and a plan a review step sent back with changes requested: the lifecycle workflow moves
 * it back to draft then, so both are this one status.
 */
const editable: StrategicPlanStatus[] = ['draft'];

export function checkStatusMove(plan: PlanState, to: StrategicPlanStatus): void {
  const from = plan.status as StrategicPlanStatus;
  if (nextStatuses[from].includes(to)) return;
  const allowed = nextStatuses[from].join(', ') || 'none';
  throw conflict(`A plan that is ${from} cannot become ${to}; from ${from} it can become: ${allowed}.`, plan.revision, 'strategic_plan.status_move_refused');
}

/** Only a plan in drafting can be edited. */
export function refuseUnlessEditable(plan: PlanState, currentRevision: number): void {
  if (editable.includes(plan.status as StrategicPlanStatus)) return;
  throw conflict(`The plan is ${plan.status.replaceAll('_', ' ')}; its content can be changed only while it is in drafting (a draft, or a plan a review step sent back with changes requested).`, currentRevision, 'strategic_plan.not_editable');
}

/** A plan is marked signed with the signature of one of its frozen versions. */
export function checkSignature<S extends { version: number }>(to: StrategicPlanStatus, signature: S | undefined, versionExists: boolean): void {
  if (to !== 'signed') return;
  if (!signature) {
    throw new Refusal('invalid', 'The request is not valid: body.signature: a signature (signedBy, signedAt, version) is required to mark the plan signed.', { issues: [{ path: 'body.signature', message: 'required with status signed' }] });
  }
  if (!versionExists) {
    throw new Refusal('invalid', `The request is not valid: body.signature.version: version ${signature.version} of this plan does not exist; freeze the version first.`, { issues: [{ path: 'body.signature.version', message: 'no such version' }] });
  }
}

/** Addenda complete a signed plan; a draft is changed directly. */
export function refuseAddendumUnlessSigned(plan: PlanState): void {
  if (plan.status !== 'signed') throw conflict(`Addenda are added to a signed plan; this one is ${plan.status.replaceAll('_', ' ')}. Change the draft instead.`, plan.revision, 'strategic_plan.not_signed');
}
