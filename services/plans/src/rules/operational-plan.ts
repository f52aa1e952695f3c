import type { OperationalPlanStatus } from '@jalon/contracts';
import { deadlineProblem } from '@jalon/domain';
import { conflict, invalidReference } from './refusal.js';

interface PlanState { year: number; status: string; revision: number }

const spaced = (status: string) => status.replaceAll('_', ' ');

/** Statuses an operational plan may move to from each status; the cycle's workflow drives these moves. */
const nextStatuses: Record<OperationalPlanStatus, OperationalPlanStatus[]> = {
  drafting: ['in_committee'],
  in_committee: ['drafting', 'under_review', 'validated'],
  under_review: ['drafting', 'validated'],
  validated: ['transmitted'],
  transmitted: ['closed'],
  closed: [],
};

export function checkStatusMove(plan: PlanState, to: OperationalPlanStatus): void {
  const from = plan.status as OperationalPlanStatus;
  if (nextStatuses[from].includes(to)) return;
  const allowed = nextStatuses[from].join(', ') || 'none (it is final)';
  throw conflict(`An operational plan that is ${from} cannot become ${to}; from ${from} it can become: ${allowed}.`, plan.revision, 'operational_plan.status_move_refused');
}

/** Transmitting names the frozen version sent to the Minister; no other move names one. */
export function checkTransmittedVersion(to: OperationalPlanStatus, version: number | undefined): void {
  if (to === 'transmitted' && version === undefined) {
    throw invalidReference('body.version', 'name the frozen version sent to the Minister (freeze it with POST /operational-plans/:planId/versions)');
  }
  if (to !== 'transmitted' && version !== undefined) {
    throw invalidReference('body.version', 'a version is named only when the plan is transmitted; leave it out');
  }
}

/** A closed plan (its year is over) takes no more changes. */
export function refuseWhenClosed(plan: PlanState, what: string): void {
  if (plan.status === 'closed') throw conflict(`The operational plan ${plan.year} is closed; ${what}. Record it in the plan of the current year instead.`, plan.revision, 'operational_plan.closed');
}

/** Objectives are written while the plan is drafted; afterwards, the year's work changes through projects. */
export function refuseUnlessDrafting(plan: PlanState, currentRevision: number): void {
  if (plan.status === 'drafting') return;
  const next = plan.status === 'in_committee' || plan.status === 'under_review'
    ? 'Ask the President\'s office to send the plan back to drafting first (status drafting).'
    : 'It can no longer go back to drafting; change the year\'s work through projects (add or withdraw), or in next year\'s plan.';
  throw conflict(`The operational plan ${plan.year} is ${spaced(plan.status)}; objectives can be added or changed only while it is in drafting. ${next}`, currentRevision, 'operational_plan.not_drafting');
}

/** What an objective achieved is recorded once the plan is in force, and after it closed. */
export function refuseResultBeforeTransmission(plan: PlanState & { id: string }, currentRevision: number): void {
  if (plan.status === 'transmitted' || plan.status === 'closed') return;
  throw conflict(`The operational plan ${plan.year} is ${spaced(plan.status)}; results are recorded once the plan is in force, after it is transmitted to the Minister (status transmitted or closed). `
    + `Record it once the plan is transmitted (see GET /operational-plans/${plan.id} for its status).`, currentRevision, 'operational_plan.not_in_force');
}

/** An objective's (or a drafted project's) deadline falls in the plan's year. */
export function checkDeadline(year: number, deadline: string | undefined, code = 'objective.deadline_outside_year'): void {
  // The limit is the domain's (deadlineProblem), the one every date people record is held to.
  if (deadline !== undefined && deadlineProblem(deadline, year, year)) {
    throw invalidReference('body.deadline', `${deadline} is outside the plan's year; the plan is in force from ${year}-01-01 to ${year}-12-31`, code);
  }
}

/** A plan carries on the work of an earlier year of the same organisation. */
export function checkCarryOverSource(plan: { organisation_code: string; year: number }, source: { organisation_code: string; year: number } | undefined, fromPlanId: string): asserts source {
  const listing = `see GET /organisations/${plan.organisation_code}/operational-plans`;
  if (!source) throw invalidReference('body.fromPlanId', `${fromPlanId} is not an operational plan (${listing})`);
  if (source.organisation_code !== plan.organisation_code) {
    throw invalidReference('body.fromPlanId', `${fromPlanId} is a plan of ${source.organisation_code}; carry over from a plan of ${plan.organisation_code} (${listing})`);
  }
  if (source.year >= plan.year) {
    throw invalidReference('body.fromPlanId', `${fromPlanId} is the plan of ${source.year}; carry over from the plan of an earlier year than ${plan.year} (${listing})`);
  }
}
