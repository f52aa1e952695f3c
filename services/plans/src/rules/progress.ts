import type { Selectable } from 'kysely';
import type { ProgressCheckpointsTable } from '../database.js';
import { conflict } from './refusal.js';

interface PlanState { id: string; year: number; status: string }

/**
 * Progress is recorded while the plan is in force (transmitted); after the year closed, only what
 * the cycle still asks for in January (the last checkpoint, the year-end results).
 */
export function refuseProgressOutsideInForce(plan: PlanState, currentRevision: number): void {
  if (plan.status === 'transmitted' || plan.status === 'closed') return;
  throw conflict(`The operational plan ${plan.year} is ${plan.status.replaceAll('_', ' ')}; progress and results are recorded once it is in force (transmitted to the Minister).`, currentRevision, 'operational_plan.not_in_force');
}

/** An update answers a checkpoint the cycle has asked for: open, or past (a late answer is still welcome). */
export function checkCheckpointOpen(plan: PlanState, opened: ReadonlyArray<Selectable<ProgressCheckpointsTable>>, checkpoint: string, currentRevision: number): void {
  if (opened.some((c) => c.checkpoint === checkpoint)) return;
  const asked = opened.filter((c) => c.checkpoint !== 'year_end').map((c) => c.checkpoint).join(', ') || 'none yet';
  throw conflict(`The checkpoint ${checkpoint} of the operational plan ${plan.year} is not open: the cycle asks for each checkpoint on its date. Checkpoints asked so far: ${asked} (see GET /operational-plans/${plan.id}/progress).`, currentRevision, 'progress.checkpoint_not_open');
}
